import { MAX_MESSAGE_SIZE_BYTES } from '../bson/codec.js';
import { HEADER_SIZE } from './protocol.js';

export interface RawMessage {
  readonly requestId: number;
  readonly responseTo: number;
  readonly opCode: number;
  /** Everything after the 16-byte header. */
  readonly payload: Buffer;
}

export class FramingError extends Error {}

/**
 * Cuts the TCP byte stream into messages. Chunks are kept as a list and joined once per message, so a
 * large message arriving in many small chunks costs O(size), not O(size²).
 */
export class MessageFramer {
  private chunks: Buffer[] = [];
  private buffered = 0;

  push(chunk: Buffer): RawMessage[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const messages: RawMessage[] = [];
    while (this.buffered >= 4) {
      const length = this.peekLength();
      if (length < HEADER_SIZE || length > MAX_MESSAGE_SIZE_BYTES) {
        throw new FramingError(`invalid message length ${length}`);
      }
      if (this.buffered < length) break;
      const bytes = this.take(length);
      messages.push({
        requestId: bytes.readInt32LE(4),
        responseTo: bytes.readInt32LE(8),
        opCode: bytes.readInt32LE(12),
        payload: bytes.subarray(HEADER_SIZE),
      });
    }
    return messages;
  }

  private peekLength(): number {
    const first = this.chunks[0] as Buffer;
    if (first.length >= 4) return first.readInt32LE(0);
    return Buffer.concat(this.chunks).readInt32LE(0);
  }

  private take(length: number): Buffer {
    const all = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks);
    const message = all.subarray(0, length);
    const rest = all.subarray(length);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return message;
  }
}
