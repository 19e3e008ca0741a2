import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { expectCode, setupSuite } from './support.js';

const suite = await setupSuite();

describe('indexes', () => {
  it('creates, lists and drops indexes, always keeping _id_', async () => {
    const collection = suite.freshDb().collection('c');
    await collection.createIndex({ a: 1 });
    await collection.createIndex({ b: -1, c: 1 }, { name: 'b_c' });
    expect((await collection.indexes()).map((i) => [i.name, i.key])).toEqual([
      ['_id_', { _id: 1 }],
      ['a_1', { a: 1 }],
      ['b_c', { b: -1, c: 1 }],
    ]);
    await collection.dropIndex('a_1');
    expect((await collection.indexes()).map((i) => i.name)).toEqual(['_id_', 'b_c']);
    await collection.dropIndexes();
    expect((await collection.indexes()).map((i) => i.name)).toEqual(['_id_']);
    await expectCode(collection.dropIndex('_id_'), 72);
    await expectCode(collection.dropIndex('missing_1'), 27);
  });

  it('answers listIndexes on a missing collection with NamespaceNotFound', async () => {
    await expectCode(suite.freshDb().collection('none').indexes(), 26);
  });

  it('enforces a unique compound index and names the key in the error', async () => {
    const collection = suite.freshDb().collection('c');
    await collection.createIndex({ tenant: 1, email: 1 }, { unique: true });
    await collection.insertMany([
      { tenant: 't1', email: 'a@x' },
      { tenant: 't2', email: 'a@x' },
    ]);
    const error = await expectCode(collection.insertOne({ tenant: 't1', email: 'a@x' }), 11000);
    expect(error).toMatchObject({
      keyPattern: { tenant: 1, email: 1 },
      keyValue: { tenant: 't1', email: 'a@x' },
    });
    await expectCode(collection.updateOne({ tenant: 't2' }, { $set: { tenant: 't1' } }), 11000);
    expect(await collection.countDocuments({ tenant: 't1' })).toBe(1);
  });

  it('enforces uniqueness on array elements (multikey)', async () => {
    const collection = suite.freshDb().collection('c');
    await collection.createIndex({ tags: 1 }, { unique: true });
    await collection.insertOne({ tags: ['a', 'b'] });
    await expectCode(collection.insertOne({ tags: ['c', 'b'] }), 11000);
  });

  it('lets a sparse unique index skip documents without the field', async () => {
    const collection = suite.freshDb().collection('c');
    await collection.createIndex({ nick: 1 }, { unique: true, sparse: true });
    await collection.insertMany([{ x: 1 }, { x: 2 }, { nick: 'n' }]);
    await expectCode(collection.insertOne({ nick: 'n' }), 11000);
    expect(await collection.countDocuments({ nick: null })).toBe(2);
  });

  it('treats missing fields as null in a non-sparse unique index', async () => {
    const collection = suite.freshDb().collection('c');
    await collection.createIndex({ nick: 1 }, { unique: true });
    await collection.insertOne({ x: 1 });
    await expectCode(collection.insertOne({ x: 2 }), 11000);
  });

  it('enforces a partial unique index only on the documents it covers', async () => {
    const collection = suite.freshDb().collection('c');
    await collection.createIndex({ email: 1 }, { unique: true, partialFilterExpression: { active: true } });
    await collection.insertMany([
      { email: 'a@x', active: false },
      { email: 'a@x', active: false },
      { email: 'a@x', active: true },
    ]);
    await expectCode(collection.insertOne({ email: 'a@x', active: true }), 11000);
    const [, partial] = await collection.indexes();
    expect(partial).toMatchObject({ unique: true, partialFilterExpression: { active: true } });
  });

  it('fails to create a unique index over existing duplicates and does not create it', async () => {
    const collection = suite.freshDb().collection('c');
    await collection.insertMany([{ k: 1 }, { k: 2 }, { k: 1 }]);
    const error = await expectCode(collection.createIndex({ k: 1 }, { unique: true }), 11000);
    expect(error.message).toContain('E11000');
    expect((await collection.indexes()).map((i) => i.name)).toEqual(['_id_']);
    await collection.insertOne({ k: 2 });
  });

  it('refuses an index with the same name but another key', async () => {
    const collection = suite.freshDb().collection('c');
    await collection.createIndex({ a: 1 }, { name: 'idx' });
    await collection.createIndex({ a: 1 }, { name: 'idx' });
    const error = await collection.createIndex({ b: 1 }, { name: 'idx' }).catch((e: unknown) => e);
    expect([85, 86]).toContain((error as { code?: number }).code);
  });

  it('syncs the indexes declared in a mongoose schema', async () => {
    const db = suite.freshDb();
    const schema = new mongoose.Schema({ email: String, org: String, score: Number, nick: String });
    schema.index({ email: 1 }, { unique: true });
    schema.index({ org: 1, score: -1 });
    schema.index({ nick: 1 }, { unique: true, sparse: true });
    const User = db.model('User', schema);
    await User.collection.createIndex({ stale: 1 });
    const dropped = await User.syncIndexes();
    expect(dropped).toEqual(['stale_1']);
    const indexes = await User.collection.indexes();
    expect(indexes.map((i) => i.name).sort()).toEqual(['_id_', 'email_1', 'nick_1', 'org_1_score_-1']);
    expect(indexes.find((i) => i.name === 'nick_1')).toMatchObject({ unique: true, sparse: true });
    expect(await User.syncIndexes()).toEqual([]);
    await User.create({ email: 'a@x' });
    await expectCode(User.create({ email: 'a@x' }), 11000);
  });

  it('uses unique indexes declared on mongoose schema paths', async () => {
    const User = suite
      .freshDb()
      .model('User', new mongoose.Schema({ login: { type: String, unique: true } }));
    await User.init();
    await User.create({ login: 'ada' });
    await expectCode(User.create({ login: 'ada' }), 11000);
  });
});
