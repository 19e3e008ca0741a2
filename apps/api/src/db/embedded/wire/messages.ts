import { decodeDocument, encodeDocument, type Doc } from '../bson/codec.js';
import { ErrorCode, mongoError } from '../errors.js';
import type { RawMessage } from './framer.js';
import {
  HEADER_SIZE,
  OP_MSG_KNOWN_REQUIRED_BITS,
  OP_MSG_REQUIRED_BITS_MASK,
  OpCode,
  OpMsgFlag,
  REPLY_AWAIT_CAPABLE,
} from './protocol.js';

export interface OpMsgRequest {
  readonly flags: number;
  readonly moreToCome: boolean;
  /** The kind-0 body with each kind-1 document sequence added as an array field. */
  readonly command: Doc;
}

export interface OpQueryRequest {
  readonly fullCollectionName: string;
  readonly query: Doc;
}

function readDocument(payload: Buffer, offset: number, end: number): { doc: Doc; next: number } {
  if (offset + 4 > end) throw mongoError(ErrorCode.FailedToParse, 'truncated BSON document in message');
  const size = payload.readInt32LE(offset);
  if (size < 5 || offset + size > end)
    throw mongoError(ErrorCode.FailedToParse, 'invalid BSON document size in message');
  return { doc: decodeDocument(payload.subarray(offset, offset + size)), next: offset + size };
}

function readCString(payload: Buffer, offset: number, end: number): { value: string; next: number } {
  const zero = payload.indexOf(0, offset);
  if (zero === -1 || zero >= end) throw mongoError(ErrorCode.FailedToParse, 'unterminated string in message');
  return { value: payload.toString('utf8', offset, zero), next: zero + 1 };
}

export function parseOpMsg(message: RawMessage): OpMsgRequest {
  const payload = message.payload;
  if (payload.length < 5) throw mongoError(ErrorCode.FailedToParse, 'OP_MSG too short');
  const flags = payload.readUInt32LE(0);
  const unknownRequired = flags & OP_MSG_REQUIRED_BITS_MASK & ~OP_MSG_KNOWN_REQUIRED_BITS;
  if (unknownRequired !== 0) {
    throw mongoError(
      ErrorCode.FailedToParse,
      `Unrecognized required bits in OP_MSG flags: ${unknownRequired}`,
    );
  }
  // The CRC-32C checksum, when present, is skipped: TCP on 127.0.0.1 already guarantees integrity.
  const end = payload.length - (flags & OpMsgFlag.checksumPresent ? 4 : 0);
  let offset = 4;
  let body: Doc | undefined;
  const sequences: [string, Doc[]][] = [];
  while (offset < end) {
    const kind = payload[offset++];
    if (kind === 0) {
      if (body) throw mongoError(ErrorCode.FailedToParse, 'OP_MSG has more than one body section');
      const read = readDocument(payload, offset, end);
      body = read.doc;
      offset = read.next;
    } else if (kind === 1) {
      if (offset + 4 > end) throw mongoError(ErrorCode.FailedToParse, 'truncated OP_MSG document sequence');
      const size = payload.readInt32LE(offset);
      const sectionEnd = offset + size;
      if (size < 5 || sectionEnd > end)
        throw mongoError(ErrorCode.FailedToParse, 'invalid OP_MSG document sequence size');
      const identifier = readCString(payload, offset + 4, sectionEnd);
      const docs: Doc[] = [];
      offset = identifier.next;
      while (offset < sectionEnd) {
        const read = readDocument(payload, offset, sectionEnd);
        docs.push(read.doc);
        offset = read.next;
      }
      sequences.push([identifier.value, docs]);
    } else {
      throw mongoError(ErrorCode.FailedToParse, `Unknown OP_MSG section kind ${String(kind)}`);
    }
  }
  if (!body) throw mongoError(ErrorCode.FailedToParse, 'OP_MSG has no body section');
  for (const [identifier, docs] of sequences) {
    if (identifier in body) {
      throw mongoError(
        ErrorCode.FailedToParse,
        `Duplicate field '${identifier}' in OP_MSG body and document sequence`,
      );
    }
    body[identifier] = docs;
  }
  return { flags, moreToCome: (flags & OpMsgFlag.moreToCome) !== 0, command: body };
}

export function parseOpQuery(message: RawMessage): OpQueryRequest {
  const payload = message.payload;
  const end = payload.length;
  if (end < 4) throw mongoError(ErrorCode.FailedToParse, 'OP_QUERY too short');
  const name = readCString(payload, 4, end);
  // Skip numberToSkip and numberToReturn: only single-document command replies are produced.
  const query = readDocument(payload, name.next + 8, end).doc;
  return { fullCollectionName: name.value, query };
}

let nextRequestId = 1;

function header(length: number, responseTo: number, opCode: number): Buffer {
  const buffer = Buffer.allocUnsafe(HEADER_SIZE);
  buffer.writeInt32LE(length, 0);
  buffer.writeInt32LE(nextRequestId, 4);
  nextRequestId = (nextRequestId % 0x7fffffff) + 1;
  buffer.writeInt32LE(responseTo, 8);
  buffer.writeInt32LE(opCode, 12);
  return buffer;
}

/** An OP_MSG reply as buffers to write in order (the BSON body is not copied). */
export function encodeOpMsg(responseTo: number, doc: Doc): Buffer[] {
  const body = encodeDocument(doc);
  const prefix = header(HEADER_SIZE + 5 + body.length, responseTo, OpCode.MSG);
  const flagsAndKind = Buffer.alloc(5);
  return [prefix, flagsAndKind, Buffer.from(body.buffer, body.byteOffset, body.byteLength)];
}

/** An OP_REPLY, the answer to a legacy OP_QUERY (used by drivers for the first handshake). */
export function encodeOpReply(responseTo: number, doc: Doc): Buffer[] {
  const body = encodeDocument(doc);
  const prefix = header(HEADER_SIZE + 20 + body.length, responseTo, OpCode.REPLY);
  const fields = Buffer.alloc(20);
  fields.writeInt32LE(REPLY_AWAIT_CAPABLE, 0);
  // cursorID (8 bytes) stays 0, startingFrom 0, numberReturned 1.
  fields.writeInt32LE(1, 16);
  return [prefix, fields, Buffer.from(body.buffer, body.byteOffset, body.byteLength)];
}
