import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { expectCode, setupSuite } from './support.js';

const { Timestamp } = mongoose.mongo;
const suite = await setupSuite();

async function updated(doc: Record<string, unknown>, update: object, options: Record<string, unknown> = {}) {
  const collection = suite.freshDb().collection('docs');
  await collection.insertOne({ _id: 1 as never, ...doc });
  await collection.updateOne({ _id: 1 as never }, update as never, options);
  return collection.findOne({ _id: 1 as never });
}

describe('update operators', () => {
  it('sets, unsets and renames fields, including nested ones', async () => {
    const doc = await updated(
      { a: 1, b: { c: 2, d: 3 }, old: 'x', gone: true },
      { $set: { a: 10, 'b.c': 20, 'n.e.w': 1 }, $unset: { gone: '', 'b.d': 1 }, $rename: { old: 'renamed' } },
    );
    expect(doc).toEqual({ _id: 1, a: 10, b: { c: 20 }, n: { e: { w: 1 } }, renamed: 'x' });
  });

  it('increments, multiplies and keeps the minimum and maximum', async () => {
    const doc = await updated(
      { n: 5, m: 3, lo: 10, hi: 10, date: new Date('2024-01-01') },
      {
        $inc: { n: 2, fresh: 1 },
        $mul: { m: 4, zero: 5 },
        $min: { lo: 3 },
        $max: { hi: 7, date: new Date('2025-01-01') },
      },
    );
    expect(doc).toMatchObject({
      n: 7,
      fresh: 1,
      m: 12,
      zero: 0,
      lo: 3,
      hi: 10,
      date: new Date('2025-01-01'),
    });
  });

  it('sets the current date as a Date or a Timestamp', async () => {
    const before = Date.now();
    const doc = await updated({}, { $currentDate: { at: true, ts: { $type: 'timestamp' } } });
    expect(doc?.at).toBeInstanceOf(Date);
    expect((doc?.at as Date).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(doc?.ts).toBeInstanceOf(Timestamp);
  });

  it('pushes with $each, $position, $slice and $sort', async () => {
    const doc = await updated(
      { list: [1, 2], scores: [{ s: 5 }, { s: 1 }], fifo: [1, 2, 3] },
      {
        $push: {
          list: { $each: [0], $position: 0 },
          scores: { $each: [{ s: 3 }], $sort: { s: -1 }, $slice: 2 },
          fifo: { $each: [4, 5], $slice: -3 },
          added: 'x',
        },
      },
    );
    expect(doc).toMatchObject({
      list: [0, 1, 2],
      scores: [{ s: 5 }, { s: 3 }],
      fifo: [3, 4, 5],
      added: ['x'],
    });
  });

  it('adds to a set only missing values and pops from both ends', async () => {
    const doc = await updated(
      { set: ['a', 'b'], head: [1, 2, 3], tail: [1, 2, 3] },
      { $addToSet: { set: { $each: ['b', 'c', 'c'] } }, $pop: { head: -1, tail: 1 } },
    );
    expect(doc).toMatchObject({ set: ['a', 'b', 'c'], head: [2, 3], tail: [1, 2] });
  });

  it('pulls by value, by condition and by document match, and pulls all listed values', async () => {
    const doc = await updated(
      {
        nums: [1, 5, 8, 10],
        words: ['a', 'b', 'a', 'c'],
        items: [
          { k: 1, v: 'x' },
          { k: 2, v: 'y' },
        ],
        all: [1, 2, 3, 1],
      },
      { $pull: { nums: { $gte: 8 }, words: 'a', items: { k: 2 } }, $pullAll: { all: [1, 3] } },
    );
    expect(doc).toMatchObject({ nums: [1, 5], words: ['b', 'c'], items: [{ k: 1, v: 'x' }], all: [2] });
  });

  it('pads arrays, nulls unset array elements and reports impossible paths like mongod', async () => {
    const collection = suite.freshDb().collection('arrays');
    await collection.insertOne({ _id: 1 as never, list: [1, 2], text: 'x', n: 1 });
    await collection.updateOne({ _id: 1 as never }, { $set: { 'list.4': 5 }, $unset: { 'list.0': '' } });
    expect((await collection.findOne({ _id: 1 as never }))?.list).toEqual([null, 2, null, null, 5]);
    await expectCode(collection.updateOne({ _id: 1 as never }, { $push: { text: 'y' } as never }), 2);
    await expectCode(collection.updateOne({ _id: 1 as never }, { $set: { 'n.sub': 1 } }), 28);
    await expectCode(collection.updateOne({ _id: 1 as never }, { $set: { 'missing.$[].x': 1 } }), 2);
  });

  it('updates the array element matched by the positional $ operator', async () => {
    const collection = suite.freshDb().collection('grades');
    await collection.insertOne({
      _id: 1 as never,
      grades: [80, 85, 90],
      marks: [
        { g: 'A', n: 1 },
        { g: 'B', n: 2 },
      ],
    });
    await collection.updateOne({ _id: 1 as never, grades: 85 }, { $set: { 'grades.$': 86 } });
    await collection.updateOne({ _id: 1 as never, 'marks.g': 'B' }, { $inc: { 'marks.$.n': 10 } });
    expect(await collection.findOne({ _id: 1 as never })).toMatchObject({
      grades: [80, 86, 90],
      marks: [
        { g: 'A', n: 1 },
        { g: 'B', n: 12 },
      ],
    });
  });

  it('updates every element with $[] and the elements matched by arrayFilters with $[name]', async () => {
    const collection = suite.freshDb().collection('students');
    await collection.insertOne({
      _id: 1 as never,
      scores: [1, 2, 3],
      grades: [
        { grade: 80, mean: 75 },
        { grade: 95, mean: 90 },
        { grade: 90, mean: 85 },
      ],
    });
    await collection.updateOne({ _id: 1 as never }, { $inc: { 'scores.$[]': 10 } });
    await collection.updateOne(
      { _id: 1 as never },
      { $set: { 'grades.$[high].mean': 100 } },
      { arrayFilters: [{ 'high.grade': { $gte: 90 } }] },
    );
    expect(await collection.findOne({ _id: 1 as never })).toMatchObject({
      scores: [11, 12, 13],
      grades: [
        { grade: 80, mean: 75 },
        { grade: 95, mean: 100 },
        { grade: 90, mean: 100 },
      ],
    });
  });

  it('upserts with the query equalities and applies $setOnInsert only when inserting', async () => {
    const collection = suite.freshDb().collection('counters');
    const first = await collection.updateOne(
      { name: 'visits', 'meta.kind': 'page' },
      { $inc: { n: 1 }, $setOnInsert: { createdBy: 'upsert' } },
      { upsert: true },
    );
    expect(first.upsertedCount).toBe(1);
    const second = await collection.updateOne(
      { name: 'visits', 'meta.kind': 'page' },
      { $inc: { n: 1 }, $setOnInsert: { createdBy: 'ignored' } },
      { upsert: true },
    );
    expect(second).toMatchObject({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0 });
    const doc = await collection.findOne({ name: 'visits' });
    expect(doc).toMatchObject({
      _id: first.upsertedId,
      name: 'visits',
      meta: { kind: 'page' },
      n: 2,
      createdBy: 'upsert',
    });
  });

  it('replaces a whole document and keeps its _id', async () => {
    const collection = suite.freshDb().collection('docs');
    await collection.insertOne({ _id: 7 as never, a: 1, b: 2 });
    await collection.replaceOne({ _id: 7 as never }, { c: 3 });
    expect(await collection.findOne({ _id: 7 as never })).toEqual({ _id: 7, c: 3 });
    const upsert = await collection.replaceOne({ key: 'k' }, { key: 'k', v: 1 }, { upsert: true });
    expect(await collection.findOne({ _id: upsert.upsertedId as never })).toMatchObject({ key: 'k', v: 1 });
  });

  it('applies a pipeline update', async () => {
    const collection = suite.freshDb().collection('docs');
    await collection.insertOne({ _id: 1 as never, first: 'Ada', last: 'Lovelace', tmp: 1 });
    await collection.updateOne({ _id: 1 as never }, [
      { $set: { full: { $concat: ['$first', ' ', '$last'] } } },
      { $unset: 'tmp' },
    ]);
    expect(await collection.findOne({ _id: 1 as never })).toEqual({
      _id: 1,
      first: 'Ada',
      last: 'Lovelace',
      full: 'Ada Lovelace',
    });
  });

  it('reports matched and modified counts of updateMany, not counting no-op updates', async () => {
    const collection = suite.freshDb().collection('docs');
    await collection.insertMany([
      { k: 1, v: 'same' },
      { k: 1, v: 'other' },
      { k: 2, v: 'other' },
    ]);
    const result = await collection.updateMany({ k: 1 }, { $set: { v: 'same' } });
    expect(result).toMatchObject({ matchedCount: 2, modifiedCount: 1 });
  });

  it('refuses to modify _id, conflicting paths and unknown operators', async () => {
    const collection = suite.freshDb().collection('docs');
    await collection.insertOne({ _id: 1 as never, a: { b: 1 } });
    await expectCode(collection.updateOne({ _id: 1 as never }, { $set: { _id: 2 } }), 66);
    await expectCode(collection.updateOne({ _id: 1 as never }, { $set: { a: 1, 'a.b': 2 } }), 40);
    await expectCode(collection.updateOne({ _id: 1 as never }, { $frobnicate: { a: 1 } } as never), 9);
    await expectCode(collection.updateOne({ _id: 1 as never }, { $inc: { a: 1 } }), 14);
    // Setting _id to its current value is not a modification.
    await collection.updateOne({ _id: 1 as never }, { $set: { _id: 1, c: 1 } });
    expect(await collection.findOne({ _id: 1 as never })).toEqual({ _id: 1, a: { b: 1 }, c: 1 });
  });
});

describe('findOneAndUpdate, findOneAndReplace and findOneAndDelete', () => {
  const taskSchema = new mongoose.Schema({ title: String, rank: Number, done: Boolean, note: String });

  it('returns the document after the update with returnDocument after, and before by default', async () => {
    const Task = suite.freshDb().model('Task', taskSchema);
    await Task.create({ title: 't', rank: 1, done: false });
    const after = await Task.findOneAndUpdate(
      { title: 't' },
      { $set: { done: true } },
      { returnDocument: 'after' },
    ).lean();
    expect(after?.done).toBe(true);
    const before = await Task.findOneAndUpdate({ title: 't' }, { $inc: { rank: 1 } }).lean();
    expect(before?.rank).toBe(1);
    expect((await Task.findOne({ title: 't' }).lean())?.rank).toBe(2);
  });

  it('upserts, sorts, projects and removes', async () => {
    const Task = suite.freshDb().model('Task', taskSchema);
    const created = await Task.findOneAndUpdate(
      { title: 'new' },
      { $set: { rank: 5 } },
      { upsert: true, returnDocument: 'after' },
    ).lean();
    expect(created).toMatchObject({ title: 'new', rank: 5 });
    await Task.create([
      { title: 'a', rank: 1 },
      { title: 'b', rank: 9 },
    ]);
    const top = await Task.findOneAndUpdate(
      {},
      { $set: { note: 'top' } },
      { sort: { rank: -1 }, projection: { title: 1 }, returnDocument: 'after' },
    ).lean();
    expect(top).toEqual({ _id: expect.anything(), title: 'b' });
    const removed = await Task.findOneAndDelete({ rank: { $lt: 5 } }, { sort: { rank: 1 } }).lean();
    expect(removed?.title).toBe('a');
    expect(await Task.countDocuments()).toBe(2);
  });

  it('returns null when nothing matches and no upsert is asked', async () => {
    const Task = suite.freshDb().model('Task', taskSchema);
    expect(
      await Task.findOneAndUpdate({ title: 'none' }, { $set: { done: true } }, { returnDocument: 'after' }),
    ).toBeNull();
    const raw = await Task.collection.findOneAndUpdate(
      { title: 'none' },
      { $set: { done: true } },
      { includeResultMetadata: true },
    );
    expect(raw.lastErrorObject).toMatchObject({ n: 0, updatedExisting: false });
  });
});
