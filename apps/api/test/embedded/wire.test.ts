import { connect, type Socket } from 'node:net';
import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { setupSuite } from './support.js';
import { freshDbName, isEmbedded } from './target.js';

const { BSON, MongoClient } = mongoose.mongo;
const suite = await setupSuite();

describe('unacknowledged writes', () => {
  it('stores a w:0 insert (sent with moreToCome) that a later read finds', async () => {
    // One pooled connection: the read is sent on the socket that carried the unacknowledged write.
    const client = await MongoClient.connect(suite.target.uri('admin'), { maxPoolSize: 1 });
    try {
      const collection = client.db(freshDbName()).collection('fire-and-forget');
      const result = await collection.insertOne({ n: 1 }, { writeConcern: { w: 0 } });
      expect(result.acknowledged).toBe(false);
      expect(await collection.countDocuments({ n: 1 })).toBe(1);
      await collection.drop();
    } finally {
      await client.close();
    }
  });
});

/** A raw socket to the embedded server that reads whole replies. */
class RawClient {
  private readonly socket: Socket;
  private buffered = Buffer.alloc(0);
  private waiting: (() => void) | undefined;
  private nextRequestId = 100;

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      this.waiting?.();
    });
    socket.on('close', () => this.waiting?.());
  }

  static async open(port: number): Promise<RawClient> {
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    return new RawClient(socket);
  }

  get closed(): boolean {
    return this.socket.destroyed || this.socket.readableEnded;
  }

  message(opCode: number, body: Buffer): { requestId: number; bytes: Buffer } {
    const requestId = this.nextRequestId++;
    const header = Buffer.alloc(16);
    header.writeInt32LE(16 + body.length, 0);
    header.writeInt32LE(requestId, 4);
    header.writeInt32LE(0, 8);
    header.writeInt32LE(opCode, 12);
    return { requestId, bytes: Buffer.concat([header, body]) };
  }

  async send(bytes: Buffer, chunkSize = bytes.length): Promise<void> {
    for (let i = 0; i < bytes.length; i += chunkSize) {
      await new Promise<void>((resolve) =>
        this.socket.write(bytes.subarray(i, i + chunkSize), () => resolve()),
      );
    }
  }

  /** The next reply, or undefined when none arrives within `timeoutMs`. */
  async reply(
    timeoutMs = 2000,
  ): Promise<{ responseTo: number; opCode: number; payload: Buffer } | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (this.buffered.length < 4 || this.buffered.length < this.buffered.readInt32LE(0)) {
      if (this.closed || Date.now() > deadline) return undefined;
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
        setTimeout(resolve, Math.max(1, deadline - Date.now()));
      });
    }
    const length = this.buffered.readInt32LE(0);
    const message = this.buffered.subarray(0, length);
    this.buffered = this.buffered.subarray(length);
    return {
      responseTo: message.readInt32LE(8),
      opCode: message.readInt32LE(12),
      payload: message.subarray(16),
    };
  }

  close(): void {
    this.socket.destroy();
  }
}

function opQuery(ns: string, query: object): Buffer {
  const flags = Buffer.alloc(4);
  const name = Buffer.from(`${ns}\0`, 'utf8');
  const skipAndReturn = Buffer.alloc(8);
  skipAndReturn.writeInt32LE(-1, 4);
  return Buffer.concat([flags, name, skipAndReturn, BSON.serialize(query)]);
}

function opMsg(
  flags: number,
  body: object,
  sequence?: { identifier: string; docs: object[] },
  checksum = false,
): Buffer {
  const parts: Uint8Array[] = [];
  const flagBytes = Buffer.alloc(4);
  flagBytes.writeUInt32LE(flags, 0);
  parts.push(flagBytes, Buffer.from([0]), BSON.serialize(body));
  if (sequence) {
    const docs = sequence.docs.map((d) => BSON.serialize(d));
    const identifier = Buffer.from(`${sequence.identifier}\0`, 'utf8');
    const size = Buffer.alloc(4);
    size.writeInt32LE(4 + identifier.length + docs.reduce((sum, d) => sum + d.length, 0), 0);
    parts.push(Buffer.from([1]), size, identifier, ...docs);
  }
  if (checksum) parts.push(Buffer.alloc(4));
  return Buffer.concat(parts);
}

function opMsgBody(payload: Buffer): Record<string, unknown> {
  expect(payload[4]).toBe(0);
  return BSON.deserialize(payload.subarray(5));
}

if (isEmbedded()) {
  describe('raw wire protocol', () => {
    const port = (): number => suite.target.embedded!.port;

    it('answers a legacy OP_QUERY isMaster with an OP_REPLY describing a standalone', async () => {
      const raw = await RawClient.open(port());
      const { requestId, bytes } = raw.message(2004, opQuery('admin.$cmd', { isMaster: 1, helloOk: true }));
      await raw.send(bytes);
      const reply = await raw.reply();
      raw.close();
      expect(reply).toMatchObject({ opCode: 1, responseTo: requestId });
      const payload = reply!.payload;
      expect(payload.readInt32LE(16)).toBe(1);
      const doc = BSON.deserialize(payload.subarray(20));
      expect(doc).toMatchObject({ ismaster: true, helloOk: true, maxWireVersion: 21, ok: 1 });
      expect(doc.topologyVersion).toBeUndefined();
      expect(doc.setName).toBeUndefined();
    });

    it('refuses other commands sent as OP_QUERY with code 352', async () => {
      const raw = await RawClient.open(port());
      await raw.send(raw.message(2004, opQuery('test.$cmd', { find: 'c' })).bytes);
      const reply = await raw.reply();
      raw.close();
      expect(BSON.deserialize(reply!.payload.subarray(20))).toMatchObject({ ok: 0, code: 352 });
    });

    it('reads document sequences, skips a checksum and reassembles a message sent byte by byte', async () => {
      const raw = await RawClient.open(port());
      const db = freshDbName();
      const insert = raw.message(
        2013,
        opMsg(
          1,
          { insert: 'seq', $db: db },
          { identifier: 'documents', docs: [{ _id: 1 }, { _id: 2 }] },
          true,
        ),
      );
      await raw.send(insert.bytes);
      const inserted = await raw.reply();
      expect(inserted?.responseTo).toBe(insert.requestId);
      expect(opMsgBody(inserted!.payload)).toMatchObject({ n: 2, ok: 1 });

      const more = raw.message(
        2013,
        opMsg(0, { insert: 'seq', $db: db }, { identifier: 'documents', docs: [{ _id: 3 }] }),
      );
      await raw.send(more.bytes, 1);
      expect(opMsgBody((await raw.reply())!.payload)).toMatchObject({ n: 1, ok: 1 });

      const count = raw.message(2013, opMsg(0, { count: 'seq', $db: db }));
      await raw.send(count.bytes);
      expect(opMsgBody((await raw.reply())!.payload)).toMatchObject({ n: 3, ok: 1 });
      raw.close();
    });

    it('sends no reply to a moreToCome request and still executes it', async () => {
      const raw = await RawClient.open(port());
      const db = freshDbName();
      await raw.send(raw.message(2013, opMsg(2, { insert: 'quiet', documents: [{ a: 1 }], $db: db })).bytes);
      const ping = raw.message(2013, opMsg(0, { count: 'quiet', $db: db }));
      await raw.send(ping.bytes);
      const reply = await raw.reply();
      raw.close();
      expect(reply?.responseTo).toBe(ping.requestId);
      expect(opMsgBody(reply!.payload)).toMatchObject({ n: 1 });
    });

    it('answers a malformed OP_MSG with an error and closes the connection on a removed opcode', async () => {
      const raw = await RawClient.open(port());
      const bad = raw.message(2013, Buffer.concat([Buffer.alloc(4), Buffer.from([7, 1, 2, 3])]));
      await raw.send(bad.bytes);
      expect(opMsgBody((await raw.reply())!.payload)).toMatchObject({ ok: 0, code: 9 });
      await raw.send(raw.message(2002, Buffer.alloc(8)).bytes);
      expect(await raw.reply(500)).toBeUndefined();
      expect(raw.closed).toBe(true);
    });
  });
}
