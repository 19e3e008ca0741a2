import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedMongo, type EmbeddedMongoServer } from '../../src/db/embedded/index.js';
import { isEmbedded } from './target.js';

const { Binary, Decimal128, Long, ObjectId, UUID } = mongoose.mongo;
const QUIET = { info() {}, warn() {}, error() {} };

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'embedded-mongo-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function serverOn(dir: string, flushIntervalMs = 1000): Promise<EmbeddedMongoServer> {
  const server = await startEmbeddedMongo({ dataDir: dir, flushIntervalMs, logger: QUIET });
  cleanups.push(() => server.stop());
  return server;
}

async function connect(server: EmbeddedMongoServer, db = 'persist'): Promise<mongoose.Connection> {
  const conn = await mongoose.createConnection(`${server.uri}${db}`).asPromise();
  cleanups.push(() => conn.close());
  return conn;
}

const recordSchema = new mongoose.Schema({
  label: String,
  at: Date,
  owner: mongoose.Schema.Types.ObjectId,
  blob: Buffer,
  price: mongoose.Schema.Types.Decimal128,
  nested: { when: Date, list: [{ n: Number, id: mongoose.Schema.Types.ObjectId }] },
});

if (isEmbedded()) {
  describe('persistence to a data folder', () => {
    it('keeps documents with their BSON types and indexes across a restart', async () => {
      const dir = await dataDir();
      const first = await serverOn(dir);
      const conn = await connect(first);
      const Record = conn.model('Record', recordSchema);
      await Record.init();
      const owner = new ObjectId();
      const at = new Date('2024-05-06T07:08:09.123Z');
      await Record.create({
        label: 'one',
        at,
        owner,
        blob: Buffer.from([1, 2, 3, 254]),
        price: Decimal128.fromString('19.99'),
        nested: { when: at, list: [{ n: 1, id: owner }] },
      });
      await Record.collection.createIndex({ label: 1 }, { unique: true });
      const uuid = new UUID();
      await conn.collection('raw').insertOne({
        _id: uuid as never,
        big: Long.fromString('9223372036854775000'),
        small: Long.fromInt(7),
      });
      await conn.close();
      await first.stop();

      const second = await serverOn(dir);
      const again = await connect(second);
      const doc = await again.model('Record', recordSchema).findOne({ label: 'one' });
      expect(doc?.at).toBeInstanceOf(Date);
      expect(doc?.at?.getTime()).toBe(at.getTime());
      expect(doc?.owner).toBeInstanceOf(ObjectId);
      expect(doc?.owner?.equals(owner)).toBe(true);
      expect(Buffer.isBuffer(doc?.blob)).toBe(true);
      expect([...(doc?.blob ?? [])]).toEqual([1, 2, 3, 254]);
      expect(doc?.price).toBeInstanceOf(Decimal128);
      expect(doc?.price?.toString()).toBe('19.99');
      expect(doc?.nested?.when).toBeInstanceOf(Date);
      expect(doc?.nested?.list[0]?.id?.equals(owner)).toBe(true);

      const raw = await again.collection('raw').findOne({ _id: uuid as never }, { promoteLongs: false });
      expect(raw?._id).toBeInstanceOf(Binary);
      expect(raw?.big).toBeInstanceOf(Long);
      expect(raw?.big.toString()).toBe('9223372036854775000');
      expect(raw?.small).toBeInstanceOf(Long);
      expect(await again.collection('raw').countDocuments({ small: 7 })).toBe(1);

      const indexes = await again.collection('records').indexes();
      expect(indexes.map((i) => i.name)).toContain('label_1');
      const duplicate = await again
        .collection('records')
        .insertOne({ label: 'one' })
        .catch((e: unknown) => e);
      expect((duplicate as { code?: number }).code).toBe(11000);
    });

    it('ignores and removes unfinished temporary files when loading', async () => {
      const dir = await dataDir();
      const first = await serverOn(dir);
      const conn = await connect(first);
      await conn.collection('c').insertMany([{ n: 1 }, { n: 2 }]);
      await conn.close();
      await first.stop();
      await writeFile(join(dir, '.persist.bson.4242.1.tmp'), Buffer.from([0x20, 0, 0, 0, 3, 1]));
      await writeFile(join(dir, 'persist.bson.tmp'), 'half a file');

      const second = await serverOn(dir);
      const again = await connect(second);
      expect(await again.collection('c').countDocuments()).toBe(2);
      expect((await readdir(dir)).sort()).toEqual(['persist.bson']);
    });

    it('comes back after a crash with the state of the last flush', async () => {
      const dir = await dataDir();
      const crashed = await serverOn(dir, 3_600_000);
      const conn = await connect(crashed);
      await conn.collection('c').insertOne({ n: 1, flushed: true });
      await crashed.flush();
      await conn.collection('c').insertOne({ n: 2, flushed: false });
      await conn.collection('c').updateOne({ n: 1 }, { $set: { changed: true } });
      await conn.collection('other').insertOne({ lost: true });

      // A new server on the same folder, the old one never stopped: as after a crash.
      const restarted = await serverOn(dir);
      const again = await connect(restarted);
      expect(
        await again
          .collection('c')
          .find({}, { projection: { _id: 0 } })
          .toArray(),
      ).toEqual([{ n: 1, flushed: true }]);
      expect(await again.db!.listCollections({ name: 'other' }).toArray()).toEqual([]);
    });

    it('writes changes by itself within flushIntervalMs', async () => {
      const dir = await dataDir();
      const server = await serverOn(dir, 50);
      const conn = await connect(server);
      await conn.collection('c').insertOne({ n: 1 });
      const file = join(dir, 'persist.bson');
      for (let waited = 0; !existsSync(file) && waited < 5000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const reader = await serverOn(dir);
      const again = await connect(reader);
      expect(await again.collection('c').countDocuments()).toBe(1);
    });

    it('removes the file of a dropped database', async () => {
      const dir = await dataDir();
      const server = await serverOn(dir);
      const conn = await connect(server, 'short-lived');
      await conn.collection('c').insertOne({ n: 1 });
      await server.flush();
      expect(existsSync(join(dir, 'short-lived.bson'))).toBe(true);
      await conn.dropDatabase();
      await server.flush();
      expect(existsSync(join(dir, 'short-lived.bson'))).toBe(false);
    });

    it('refuses to start on a corrupt data file instead of losing its data', async () => {
      const dir = await dataDir();
      await writeFile(join(dir, 'broken.bson'), Buffer.from('definitely not BSON'));
      await expect(startEmbeddedMongo({ dataDir: dir, logger: QUIET })).rejects.toThrow(
        /broken\.bson is corrupt/,
      );
    });
  });
}
