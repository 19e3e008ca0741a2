import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { setupSuite } from './support.js';

const suite = await setupSuite();

async function library() {
  const db = suite.freshDb();
  const Author = db.model('Author', new mongoose.Schema({ name: String, country: String }));
  const Book = db.model(
    'Book',
    new mongoose.Schema({
      title: String,
      author: mongoose.Schema.Types.ObjectId,
      year: Number,
      genres: [String],
    }),
  );
  const [hugo, sand, verne] = await Author.create([
    { name: 'Hugo', country: 'FR' },
    { name: 'Sand', country: 'FR' },
    { name: 'Verne', country: 'FR' },
  ]);
  await Book.create([
    { title: 'Les Misérables', author: hugo!._id, year: 1862, genres: ['novel', 'history'] },
    { title: 'Notre-Dame', author: hugo!._id, year: 1831, genres: ['novel'] },
    { title: 'Indiana', author: sand!._id, year: 1832, genres: ['novel', 'romance'] },
    { title: 'Nautilus', author: verne!._id, year: 1870, genres: ['adventure'] },
  ]);
  return { Author, Book };
}

describe('aggregate', () => {
  it('joins another collection with $lookup on localField and foreignField', async () => {
    const { Author } = await library();
    const rows = await Author.aggregate([
      { $lookup: { from: 'books', localField: '_id', foreignField: 'author', as: 'books' } },
      { $project: { _id: 0, name: 1, count: { $size: '$books' } } },
      { $sort: { name: 1 } },
    ]);
    expect(rows).toEqual([
      { name: 'Hugo', count: 2 },
      { name: 'Sand', count: 1 },
      { name: 'Verne', count: 1 },
    ]);
  });

  it('joins with a $lookup pipeline using let variables', async () => {
    const { Author } = await library();
    const rows = await Author.aggregate([
      { $match: { name: 'Hugo' } },
      {
        $lookup: {
          from: 'books',
          let: { authorId: '$_id' },
          pipeline: [
            { $match: { $expr: { $and: [{ $eq: ['$author', '$$authorId'] }, { $gt: ['$year', 1850] }] } } },
            { $project: { _id: 0, title: 1 } },
          ],
          as: 'late',
        },
      },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].late).toEqual([{ title: 'Les Misérables' }]);
  });

  it('unwinds arrays and groups with accumulators', async () => {
    const { Book } = await library();
    const rows = await Book.aggregate([
      { $unwind: '$genres' },
      { $group: { _id: '$genres', books: { $sum: 1 }, firstYear: { $min: '$year' } } },
      { $sort: { books: -1, _id: 1 } },
      { $limit: 2 },
    ]);
    expect(rows).toEqual([
      { _id: 'novel', books: 3, firstYear: 1831 },
      { _id: 'adventure', books: 1, firstYear: 1870 },
    ]);
  });

  it('computes several facets, counts, skips and matches', async () => {
    const { Book } = await library();
    const [result] = await Book.aggregate([
      { $match: { year: { $lt: 1865 } } },
      {
        $facet: {
          total: [{ $count: 'n' }],
          titles: [{ $sort: { year: 1 } }, { $skip: 1 }, { $project: { _id: 0, title: 1 } }],
          byCentury: [{ $group: { _id: { $floor: { $divide: ['$year', 100] } }, n: { $sum: 1 } } }],
        },
      },
    ]);
    expect(result.total).toEqual([{ n: 3 }]);
    expect(result.titles).toEqual([{ title: 'Indiana' }, { title: 'Les Misérables' }]);
    expect(result.byCentury).toEqual([{ _id: 18, n: 3 }]);
  });

  it('returns large results through a cursor in batches', async () => {
    const collection = suite.freshDb().collection('many');
    await collection.insertMany(Array.from({ length: 300 }, (_, i) => ({ i })));
    const cursor = collection.aggregate([{ $match: { i: { $gte: 50 } } }, { $sort: { i: -1 } }], {
      batchSize: 40,
    });
    const all = await cursor.toArray();
    expect(all).toHaveLength(250);
    expect(all[0]?.i).toBe(299);
  });

  it('does not change the stored documents when a stage rewrites nested fields', async () => {
    const collection = suite.freshDb().collection('nested');
    await collection.insertOne({ _id: 1 as never, a: { b: 1 } });
    const [row] = await collection.aggregate([{ $set: { 'a.c': 2 } }, { $unset: 'a.b' }]).toArray();
    expect(row).toEqual({ _id: 1, a: { c: 2 } });
    expect(await collection.findOne({ _id: 1 as never })).toEqual({ _id: 1, a: { b: 1 } });
  });
});
