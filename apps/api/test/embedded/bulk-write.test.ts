import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { setupSuite } from './support.js';

const suite = await setupSuite();
const itemSchema = new mongoose.Schema({ sku: { type: String, unique: true }, qty: Number });

async function items() {
  const Item = suite.freshDb().model('Item', itemSchema);
  await Item.init();
  await Item.create({ sku: 'a', qty: 1 });
  return Item;
}

function writeErrorsOf(error: unknown): { index: number; code: number; errmsg?: string }[] {
  const e = error as { writeErrors?: { index: number; code: number; errmsg?: string }[] };
  return (e.writeErrors ?? []).map((w) => ({ index: w.index, code: w.code, errmsg: w.errmsg }));
}

describe('bulk writes', () => {
  it('stops an ordered bulk write at the first duplicate', async () => {
    const Item = await items();
    const error = await Item.bulkWrite(
      [
        { insertOne: { document: { sku: 'b', qty: 2 } } },
        { insertOne: { document: { sku: 'a', qty: 3 } } },
        { insertOne: { document: { sku: 'c', qty: 4 } } },
      ],
      { ordered: true },
    ).catch((e: unknown) => e);
    expect(writeErrorsOf(error)).toEqual([
      { index: 1, code: 11000, errmsg: expect.stringContaining('E11000') },
    ]);
    expect((await Item.find().sort({ sku: 1 }).lean()).map((i) => i.sku)).toEqual(['a', 'b']);
  });

  it('carries on after a duplicate in an unordered bulk write', async () => {
    const Item = await items();
    const error = await Item.bulkWrite(
      [
        { insertOne: { document: { sku: 'b', qty: 2 } } },
        { insertOne: { document: { sku: 'a', qty: 3 } } },
        { insertOne: { document: { sku: 'c', qty: 4 } } },
      ],
      { ordered: false },
    ).catch((e: unknown) => e);
    expect(writeErrorsOf(error).map((w) => [w.index, w.code])).toEqual([[1, 11000]]);
    expect((await Item.find().sort({ sku: 1 }).lean()).map((i) => i.sku)).toEqual(['a', 'b', 'c']);
  });

  it('mixes inserts, updates, replacements, upserts and deletes', async () => {
    const Item = await items();
    const result = await Item.bulkWrite([
      { insertOne: { document: { sku: 'b', qty: 2 } } },
      { updateOne: { filter: { sku: 'a' }, update: { $inc: { qty: 10 } } } },
      { updateMany: { filter: { qty: { $gte: 0 } }, update: { $inc: { qty: 1 } } } },
      { replaceOne: { filter: { sku: 'b' }, replacement: { sku: 'b', qty: 20 } } },
      { updateOne: { filter: { sku: 'z' }, update: { $set: { qty: 0 } }, upsert: true } },
      { deleteOne: { filter: { sku: 'a' } } },
    ]);
    expect(result).toMatchObject({
      insertedCount: 1,
      matchedCount: 4,
      modifiedCount: 4,
      upsertedCount: 1,
      deletedCount: 1,
    });
    expect((await Item.find().sort({ sku: 1 }).lean()).map((i) => [i.sku, i.qty])).toEqual([
      ['b', 20],
      ['z', 0],
    ]);
  });

  it('reports every duplicate of an unordered insertMany', async () => {
    const Item = await items();
    const error = await Item.insertMany([{ sku: 'a' }, { sku: 'b' }, { sku: 'b' }, { sku: 'c' }], {
      ordered: false,
    }).catch((e: unknown) => e);
    expect(writeErrorsOf(error).map((w) => w.index)).toEqual([0, 2]);
    expect(await Item.countDocuments()).toBe(3);
  });
});
