import type { Socket } from 'node:net';
import type { Doc } from '../bson/codec.js';
import type { CommandDispatcher } from '../commands/dispatcher.js';
import type { ConnectionInfo } from '../commands/types.js';
import { ErrorCode, errorFields, mongoError, toMongoError } from '../errors.js';
import type { Logger } from '../logger.js';
import { FramingError, MessageFramer, type RawMessage } from './framer.js';
import { encodeOpMsg, encodeOpReply, parseOpMsg, parseOpQuery } from './messages.js';
import { OpCode } from './protocol.js';

const HANDSHAKE_COMMANDS = new Set(['hello', 'isMaster', 'ismaster']);

/**
 * One client socket. Messages are handled in arrival order, each to completion before the next: the
 * dispatcher is synchronous, so commands from all connections run one at a time.
 */
export class ClientConnection {
  readonly info: ConnectionInfo;
  private readonly socket: Socket;
  private readonly dispatcher: CommandDispatcher;
  private readonly logger: Logger;
  private readonly framer = new MessageFramer();

  constructor(socket: Socket, id: number, dispatcher: CommandDispatcher, logger: Logger) {
    this.socket = socket;
    this.dispatcher = dispatcher;
    this.logger = logger;
    this.info = { id, remoteAddress: `${socket.remoteAddress ?? '127.0.0.1'}:${socket.remotePort ?? 0}` };
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    // Clients reset connections all the time (pool shrinking, process exit): not worth a log line.
    socket.on('error', () => socket.destroy());
  }

  close(): void {
    this.socket.destroy();
  }

  onClose(listener: () => void): void {
    this.socket.once('close', listener);
  }

  private onData(chunk: Buffer): void {
    let messages: RawMessage[];
    try {
      messages = this.framer.push(chunk);
    } catch (error) {
      if (!(error instanceof FramingError)) throw error;
      this.logger.warn(
        { connection: this.info.id, reason: error.message },
        'embedded MongoDB: closing connection',
      );
      this.socket.destroy();
      return;
    }
    for (const message of messages) {
      if (this.socket.destroyed) return;
      this.handle(message);
    }
  }

  private handle(message: RawMessage): void {
    switch (message.opCode) {
      case OpCode.MSG:
        this.handleOpMsg(message);
        return;
      case OpCode.QUERY:
        this.handleOpQuery(message);
        return;
      default:
        // Legacy opcodes (OP_INSERT…) were removed from mongod too; compression is never advertised.
        this.logger.warn(
          { connection: this.info.id, opCode: message.opCode },
          'embedded MongoDB: unsupported opcode, closing connection',
        );
        this.socket.destroy();
    }
  }

  private handleOpMsg(message: RawMessage): void {
    let reply: Doc;
    let moreToCome = false;
    try {
      const request = parseOpMsg(message);
      moreToCome = request.moreToCome;
      reply = this.dispatcher.execute(request.command, this.info);
    } catch (error) {
      reply = { ok: 0, ...errorFields(toMongoError(error)) };
    }
    if (moreToCome) {
      // Unacknowledged (w: 0) request: nobody will read a reply, so a failure can only be logged.
      if (reply.ok !== 1)
        this.logger.warn(
          { connection: this.info.id, error: reply.errmsg },
          'embedded MongoDB: unacknowledged command failed',
        );
      return;
    }
    this.write(encodeOpMsg(message.requestId, reply));
  }

  private handleOpQuery(message: RawMessage): void {
    let reply: Doc;
    try {
      const request = parseOpQuery(message);
      const wrapped = request.query.$query;
      const command = (typeof wrapped === 'object' && wrapped !== null ? wrapped : request.query) as Doc;
      const name = Object.keys(command)[0] ?? '';
      const db = request.fullCollectionName.endsWith('.$cmd')
        ? request.fullCollectionName.slice(0, -5)
        : undefined;
      if (!db || !HANDSHAKE_COMMANDS.has(name)) {
        throw mongoError(
          ErrorCode.UnsupportedOpQueryCommand,
          `Unsupported OP_QUERY command: ${name}. The client driver may require an upgrade. ` +
            'For more details see https://dochub.mongodb.org/core/legacy-opcode-removal',
        );
      }
      reply = this.dispatcher.execute(command, this.info, db);
    } catch (error) {
      reply = { ok: 0, ...errorFields(toMongoError(error)) };
    }
    this.write(encodeOpReply(message.requestId, reply));
  }

  private write(buffers: Buffer[]): void {
    if (this.socket.destroyed || !this.socket.writable) return;
    this.socket.cork();
    for (const buffer of buffers) this.socket.write(buffer);
    this.socket.uncork();
  }
}
