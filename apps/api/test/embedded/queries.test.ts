import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { expectCode, setupSuite } from './support.js';
import { isEmbedded } from './target.js';

const { Long, ObjectId } = mongoose.mongo;
const suite = await setupSuite({ monitorCommands: true });

/** Records the commands the driver sends while `run` executes. */
async function commandsDuring(run: () => Promise<void>): Promise<string[]> {
  const client = suite.connection().getClient();
  const seen: string[] = [];
  const listener = (event: { commandName: string }): void => {
    seen.push(event.commandName);
  };
  client.on('commandStarted', listener);
  try {
    await run();
  } finally {
    client.off('commandStarted', listener);
  }
  return seen;
}

const itemSchema = new mongoose.Schema({ n: Number, group: String, tags: [String], at: Date });

async function seededItems(count: number) {
  const Item = suite.freshDb().model('Item', itemSchema);
  await Item.insertMany(
    Array.from({ length: count }, (_, n) => ({
      n,
      group: n % 2 === 0 ? 'even' : 'odd',
      tags: n % 3 === 0 ? ['three', 'x'] : ['x'],
      at: new Date(Date.UTC(2024, 0, 1 + n)),
    })),
  );
  return Item;
}

describe('find', () => {
  it('sorts, skips, limits and projects', async () => {
    const Item = await seededItems(20);
    const page = await Item.find({ group: 'even' }, { n: 1, _id: 0 }).sort({ n: -1 }).skip(2).limit(3).lean();
    expect(page).toEqual([{ n: 14 }, { n: 12 }, { n: 10 }]);
    const excluded = await Item.findOne({ n: 1 }, { tags: 0, at: 0, __v: 0 }).lean();
    expect(Object.keys(excluded ?? {})).toEqual(['_id', 'n', 'group']);
  });

  it('sorts on several keys and on array fields by their smallest element', async () => {
    const collection = suite.freshDb().collection('s');
    await collection.insertMany([
      { k: 'b', n: 1, arr: [5, 9] },
      { k: 'a', n: 2, arr: [7] },
      { k: 'b', n: 0, arr: [1, 20] },
    ]);
    expect((await collection.find().sort({ k: 1, n: -1 }).toArray()).map((d) => d.n)).toEqual([2, 1, 0]);
    expect((await collection.find().sort({ arr: 1 }).toArray()).map((d) => d.n)).toEqual([0, 1, 2]);
    expect((await collection.find().sort({ arr: -1 }).toArray()).map((d) => d.n)).toEqual([0, 1, 2]);
  });

  it('sorts values of different types in BSON order', async () => {
    const collection = suite.freshDb().collection('mixed');
    const values = [true, 'text', 3, null, new Date(0), new ObjectId(), { a: 1 }, Long.fromNumber(2)];
    for (const v of values) await collection.insertOne({ v });
    await collection.insertOne({});
    const sorted = (await collection.find({}, { promoteLongs: false }).sort({ v: 1, _id: 1 }).toArray()).map(
      (d) => d.v,
    );
    const types = sorted.map((v) =>
      v === undefined ? 'missing' : v === null ? 'null' : (v?.constructor?.name ?? typeof v),
    );
    expect(types).toEqual([
      'null',
      'missing',
      'Long',
      'Number',
      'String',
      'Object',
      'ObjectId',
      'Boolean',
      'Date',
    ]);
  });

  it('supports the common query operators', async () => {
    const Item = await seededItems(10);
    const ns = async (filter: object) => (await Item.find(filter).sort({ n: 1 }).lean()).map((d) => d.n);
    expect(await ns({ n: { $in: [1, 3, 99] } })).toEqual([1, 3]);
    expect(await ns({ n: { $nin: [0, 1, 2, 3, 4, 5, 6] } })).toEqual([7, 8, 9]);
    expect(await ns({ at: { $gt: new Date(Date.UTC(2024, 0, 8)) } })).toEqual([8, 9]);
    expect(await ns({ $or: [{ n: 0 }, { n: { $gte: 9 } }] })).toEqual([0, 9]);
    expect(await ns({ tags: 'three', n: { $not: { $lt: 5 } } })).toEqual([6, 9]);
    expect(await ns({ tags: { $size: 2 }, n: { $lte: 3 } })).toEqual([0, 3]);
    expect(await ns({ tags: { $all: ['x', 'three'] }, n: { $gt: 0 } })).toEqual([3, 6, 9]);
    expect(await ns({ group: { $regex: '^ev' }, n: { $lt: 5 } })).toEqual([0, 2, 4]);
    expect(await ns({ missing: { $exists: true } })).toEqual([]);
    expect(await ns({ _id: { $type: 'objectId' }, n: { $mod: [4, 0] } })).toEqual([0, 4, 8]);
    expect(await ns({ $expr: { $gt: ['$n', 7] } })).toEqual([8, 9]);
  });

  it('evaluates $expr with variables passed in let', async () => {
    const collection = suite.freshDb().collection('let');
    await collection.insertMany([{ n: 1 }, { n: 5 }, { n: 9 }]);
    const found = await collection.find({ $expr: { $gt: ['$n', '$$min'] } }, { let: { min: 4 } }).toArray();
    expect(found.map((d) => d.n)).toEqual([5, 9]);
  });

  it('matches numbers whatever their BSON numeric type', async () => {
    const collection = suite.freshDb().collection('numbers');
    await collection.insertMany([{ v: Long.fromNumber(5) }, { v: 5.5 }, { v: 7 }]);
    expect(await collection.countDocuments({ v: 5 })).toBe(1);
    expect(await collection.countDocuments({ v: { $gt: 5 } })).toBe(2);
    expect(await collection.countDocuments({ v: { $type: 'long' } })).toBe(1);
  });

  it('matches elements of arrays of documents with $elemMatch and dotted paths', async () => {
    const collection = suite.freshDb().collection('orders');
    await collection.insertMany([
      {
        o: 1,
        lines: [
          { sku: 'a', qty: 1 },
          { sku: 'b', qty: 5 },
        ],
      },
      { o: 2, lines: [{ sku: 'a', qty: 5 }] },
    ]);
    expect(
      (await collection.find({ lines: { $elemMatch: { sku: 'a', qty: 5 } } }).toArray()).map((d) => d.o),
    ).toEqual([2]);
    expect((await collection.find({ 'lines.sku': 'b' }).toArray()).map((d) => d.o)).toEqual([1]);
  });

  it('iterates a cursor over more than 101 documents with getMore', async () => {
    const Item = await seededItems(250);
    let count = 0;
    const commands = await commandsDuring(async () => {
      for await (const _item of Item.find().sort({ n: 1 }).cursor()) count++;
    });
    expect(count).toBe(250);
    expect(commands.filter((c) => c === 'getMore').length).toBeGreaterThanOrEqual(1);
  });

  it('returns batches of batchSize documents', async () => {
    const Item = await seededItems(25);
    const commands = await commandsDuring(async () => {
      const docs = await Item.find().batchSize(10).lean();
      expect(docs).toHaveLength(25);
    });
    expect(commands.filter((c) => c === 'getMore')).toHaveLength(2);
  });

  it('closes a cursor that was not exhausted with killCursors', async () => {
    const Item = await seededItems(50);
    const cursor = Item.collection.find({}, { batchSize: 5 });
    await cursor.next();
    const cursorId = cursor.id;
    expect(cursorId?.isZero()).toBe(false);
    const commands = await commandsDuring(() => cursor.close());
    expect(commands).toContain('killCursors');
    await expectCode(
      Item.db.db!.command({ getMore: cursorId!, collection: Item.collection.collectionName }),
      43,
    );
  });

  it('counts documents exactly and estimates the collection size', async () => {
    const Item = await seededItems(30);
    expect(await Item.countDocuments()).toBe(30);
    expect(await Item.countDocuments({ group: 'odd' })).toBe(15);
    expect(await Item.countDocuments({ group: 'odd' }, { skip: 10, limit: 3 })).toBe(3);
    expect(await Item.estimatedDocumentCount()).toBe(30);
    expect(await suite.freshDb().model('Item', itemSchema).estimatedDocumentCount()).toBe(0);
  });

  it('lists distinct values, flattening arrays and applying the filter', async () => {
    const Item = await seededItems(10);
    expect((await Item.distinct('group')).sort()).toEqual(['even', 'odd']);
    expect((await Item.distinct('tags')).sort()).toEqual(['three', 'x']);
    expect((await Item.distinct('n', { group: 'odd', n: { $lt: 5 } })).sort()).toEqual([1, 3]);
  });

  it('answers an equality on a unique index by examining a single document', async () => {
    const collection = suite.freshDb().collection('lookup');
    await collection.createIndex({ key: 1 }, { unique: true });
    await collection.insertMany(Array.from({ length: 500 }, (_, i) => ({ key: `k${i}`, other: i })));
    const indexed = await collection.find({ key: 'k250' }).explain('executionStats');
    expect(indexed.executionStats).toMatchObject({ nReturned: 1, totalDocsExamined: 1 });
    const byId = await collection
      .find({ _id: (await collection.findOne({ key: 'k7' }))!._id })
      .explain('executionStats');
    expect(byId.executionStats).toMatchObject({ nReturned: 1, totalDocsExamined: 1 });
    const scanned = await collection.find({ other: 250 }).explain('executionStats');
    expect(scanned.executionStats.totalDocsExamined).toBe(500);
  });

  it('rejects a hint naming an index that does not exist', async () => {
    const collection = suite.freshDb().collection('hinted');
    await collection.insertOne({ a: 1 });
    await expectCode(collection.find({ a: 1 }).hint('nope_1').toArray(), 2);
    expect(await collection.find({ a: 1 }).hint({ _id: 1 }).toArray()).toHaveLength(1);
  });
});

// On a shared external server, other test files open cursors too: the count is only exact here.
if (isEmbedded()) {
  describe('cursor bookkeeping', () => {
    it('counts open cursors in serverStatus', async () => {
      const Item = await seededItems(20);
      const admin = suite.connection().db!.admin();
      const openCursors = async (): Promise<number> => (await admin.serverStatus()).metrics.cursor.open.total;
      const before = await openCursors();
      const cursor = Item.collection.find({}, { batchSize: 5 });
      await cursor.next();
      expect(await openCursors()).toBe(before + 1);
      await cursor.close();
      expect(await openCursors()).toBe(before);
    });
  });
}
