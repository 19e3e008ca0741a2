import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { expectCode, setupSuite } from './support.js';
import { freshDbName, isEmbedded } from './target.js';

const suite = await setupSuite();

describe('collections and databases', () => {
  it('creates a collection explicitly and refuses to create it twice', async () => {
    const db = suite.freshDb();
    await db.createCollection('explicit');
    expect((await db.db!.listCollections().toArray()).map((c) => c.name)).toEqual(['explicit']);
    await expectCode(db.db!.command({ create: 'explicit' }), 48);
  });

  it('lists collections with a name filter and with names only', async () => {
    const db = suite.freshDb();
    await db.collection('alpha').insertOne({});
    await db.collection('beta').insertOne({});
    const filtered = await db.db!.listCollections({ name: 'beta' }).toArray();
    expect(filtered).toHaveLength(1);
    expect(filtered[0]).toMatchObject({ name: 'beta', type: 'collection' });
    const names = await db.db!.listCollections({}, { nameOnly: true }).toArray();
    expect(names.map((c) => c.name).sort()).toEqual(['alpha', 'beta']);
  });

  it('drops collections, including one that does not exist', async () => {
    const db = suite.freshDb();
    await db.collection('gone').insertOne({ a: 1 });
    expect(await db.dropCollection('gone')).toBe(true);
    expect(await db.db!.listCollections().toArray()).toEqual([]);
    await db
      .db!.collection('never')
      .drop()
      .catch((error: { code?: number }) => expect(error.code).toBe(26));
  });

  it('lists databases and drops a database', async () => {
    const name = freshDbName();
    const db = suite.connection().useDb(name, { useCache: false });
    await db.collection('c').insertOne({ a: 1 });
    const admin = suite.connection().db!.admin();
    expect((await admin.listDatabases()).databases.map((d) => d.name)).toContain(name);
    expect((await admin.listDatabases({ nameOnly: true })).databases.map((d) => d.name)).toContain(name);
    await db.dropDatabase();
    expect((await admin.listDatabases()).databases.map((d) => d.name)).not.toContain(name);
  });

  it('keeps documents and indexes of other collections when one is dropped', async () => {
    const db = suite.freshDb();
    await db.collection('keep').createIndex({ k: 1 }, { unique: true });
    await db.collection('keep').insertOne({ k: 1 });
    await db.collection('drop').insertOne({ k: 1 });
    await db.dropCollection('drop');
    expect(await db.collection('keep').countDocuments()).toBe(1);
    await expectCode(db.collection('keep').insertOne({ k: 1 }), 11000);
  });
});

describe('server information', () => {
  it('answers ping, buildInfo, serverStatus and connectionStatus', async () => {
    const admin = suite.connection().db!.admin();
    expect(await admin.ping()).toMatchObject({ ok: 1 });
    const build = await admin.buildInfo();
    expect(typeof build.version).toBe('string');
    const status = await admin.serverStatus();
    expect(status.connections.current).toBeGreaterThan(0);
    const connection = await admin.command({ connectionStatus: 1 });
    expect(connection.authInfo).toBeDefined();
  });

  it('describes a writable server in the handshake', async () => {
    const hello = await suite.connection().db!.admin().command({ hello: 1 });
    expect(hello).toMatchObject({ isWritablePrimary: true, maxBsonObjectSize: 16777216, ok: 1 });
    expect(hello.maxWireVersion).toBeGreaterThanOrEqual(9);
    expect(hello.localTime).toBeInstanceOf(Date);
  });

  it('answers an unknown command with CommandNotFound', async () => {
    await expectCode(suite.connection().db!.command({ frobnicate: 1 }), 59);
  });
});

if (isEmbedded()) {
  describe('the embedded server as a standalone MongoDB 7.0', () => {
    it('reports version 7.0.0 and a handshake without topologyVersion or setName', async () => {
      const admin = suite.connection().db!.admin();
      expect((await admin.buildInfo()).version).toBe('7.0.0');
      const hello = await admin.command({ hello: 1 });
      expect(hello).toMatchObject({
        isWritablePrimary: true,
        maxMessageSizeBytes: 48000000,
        maxWriteBatchSize: 100000,
        logicalSessionTimeoutMinutes: 30,
        minWireVersion: 0,
        maxWireVersion: 21,
        readOnly: false,
      });
      expect(hello.topologyVersion).toBeUndefined();
      expect(hello.setName).toBeUndefined();
      expect(typeof hello.connectionId).toBe('number');
      expect((await admin.command({ isMaster: 1 })).ismaster).toBe(true);
    });

    it('answers the administrative commands drivers and tools send', async () => {
      const admin = suite.connection().db!.admin();
      expect(await admin.command({ getParameter: 1, featureCompatibilityVersion: 1 })).toMatchObject({
        featureCompatibilityVersion: { version: '7.0' },
      });
      expect((await admin.command({ getLog: '*' })).names).toContain('startupWarnings');
      expect(await admin.command({ getFreeMonitoringStatus: 1 })).toMatchObject({ state: 'disabled' });
      expect(await admin.command({ killAllSessions: [] })).toMatchObject({ ok: 1 });
      expect(await admin.command({ endSessions: [] })).toMatchObject({ ok: 1 });
      const db = suite.freshDb();
      await db.collection('c').insertMany([{ a: 1 }, { a: 2 }]);
      expect(await db.db!.stats()).toMatchObject({ collections: 1, objects: 2, indexes: 1 });
    });

    it('accepts a plain URI and a directConnection URI from stock mongoose', async () => {
      const base = suite.target.uri('direct');
      for (const uri of [base, `${base}?directConnection=true`]) {
        const conn = await mongoose.createConnection(uri).asPromise();
        await conn.collection('c').insertOne({ uri });
        expect(await conn.collection('c').countDocuments({ uri })).toBe(1);
        await conn.close();
      }
    });
  });
}
