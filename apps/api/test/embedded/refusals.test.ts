import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { expectCode, setupSuite } from './support.js';
import { isEmbedded } from './target.js';

const suite = await setupSuite();
/** Pipelines that mongoose's types reject on purpose. */
const stages = (pipeline: object[]): mongoose.PipelineStage[] => pipeline as mongoose.PipelineStage[];
const noteSchema = new mongoose.Schema({ text: String, n: Number });

const TRANSACTIONS_REFUSED = 'Transaction numbers are only allowed on a replica set member or mongos';

/**
 * The server answers IllegalOperation (20); for writes the driver wraps that error in one that suggests
 * retryWrites=false and keeps the server's error as `originalError`, exactly as with a standalone mongod.
 */
async function expectTransactionRefused(promise: Promise<unknown>): Promise<void> {
  const error = (await promise.then(
    () => {
      throw new Error('expected the transaction to be refused');
    },
    (e: unknown) => e,
  )) as { code?: number; message: string; originalError?: { code?: number; message: string } };
  const serverError = error.originalError ?? error;
  expect(serverError.code, error.message).toBe(20);
  expect(serverError.message).toContain(TRANSACTIONS_REFUSED);
}

if (suite.target.standalone) {
  describe('what a standalone MongoDB refuses', () => {
    it('refuses withTransaction with IllegalOperation (20) and stores nothing', async () => {
      const db = suite.freshDb();
      const Note = db.model('Note', noteSchema);
      await Note.createCollection();
      const session = await db.startSession();
      try {
        await expectTransactionRefused(
          session.withTransaction(async () => {
            await Note.create([{ text: 'in a transaction' }], { session });
          }),
        );
      } finally {
        await session.endSession();
      }
      expect(await Note.countDocuments()).toBe(0);
    });

    it('refuses reads and writes of a session with startTransaction with IllegalOperation (20)', async () => {
      const db = suite.freshDb();
      const Note = db.model('Note', noteSchema);
      await Note.create({ text: 'outside' });
      const session = await db.startSession();
      session.startTransaction();
      await expectTransactionRefused(Note.find({}, null, { session }).exec());
      await expectTransactionRefused(Note.create([{ text: 'x' }], { session }));
      await session.abortTransaction().catch(() => undefined);
      await session.endSession();
      await expectTransactionRefused(
        db.db!.admin().command({ commitTransaction: 1, txnNumber: 1, autocommit: false }),
      );
      expect(await Note.countDocuments()).toBe(1);
    });

    it('refuses change streams from Model.watch() with code 40573', async () => {
      const Note = suite.freshDb().model('Note', noteSchema);
      await Note.createCollection();
      const stream = Note.watch();
      const error = await new Promise<{ code?: number }>((resolve) => stream.once('error', resolve));
      expect(error.code).toBe(40573);
      await stream.close();
      await expectCode(Note.collection.watch().next(), 40573);
    });
  });
}

if (isEmbedded()) {
  describe('what the embedded server does not implement', () => {
    async function notes() {
      const Note = suite.freshDb().model('Note', noteSchema);
      await Note.create({ text: 'hello', n: 1 });
      return Note;
    }

    async function expectUnsupported(promise: Promise<unknown>): Promise<void> {
      const error = await expectCode(promise, 115);
      expect(error.message).toMatch(/not supported by the embedded server/);
    }

    it('refuses $where, $text and geospatial queries clearly', async () => {
      const Note = await notes();
      await expectUnsupported(Note.collection.find({ $where: 'this.n > 0' }).toArray());
      await expectUnsupported(Note.find({ $text: { $search: 'hello' } }).exec());
      await expectUnsupported(Note.collection.find({ loc: { $near: [0, 0] } }).toArray());
      await expectUnsupported(
        Note.aggregate([{ $match: { $expr: { $function: { body: 'x', args: [], lang: 'js' } } } }]).exec(),
      );
    });

    it('refuses collations instead of ignoring them', async () => {
      const Note = await notes();
      await expectUnsupported(Note.find({ text: 'HELLO' }).collation({ locale: 'fr', strength: 1 }).exec());
      await expectUnsupported(
        Note.updateOne({ text: 'HELLO' }, { $set: { n: 2 } }, { collation: { locale: 'fr' } }).exec(),
      );
      await expectUnsupported(Note.collection.createIndex({ text: 1 }, { collation: { locale: 'fr' } }));
    });

    it('refuses $out and $merge, and unknown stages with code 40324', async () => {
      const Note = await notes();
      await expectUnsupported(Note.aggregate([{ $out: 'copy' }]).exec());
      await expectUnsupported(Note.aggregate([{ $merge: { into: 'copy' } }]).exec());
      await expectUnsupported(
        Note.aggregate(stages([{ $lookup: { from: 'x', pipeline: [{ $out: 'y' }], as: 'z' } }])).exec(),
      );
      await expectCode(Note.aggregate(stages([{ $frobnicate: {} }])).exec(), 40324);
      expect(await suite.connection().db!.listCollections({ name: 'copy' }).toArray()).toEqual([]);
    });

    it('refuses capped collections, validators, views and text indexes', async () => {
      const db = suite.freshDb();
      await expectUnsupported(db.createCollection('capped', { capped: true, size: 1024 }));
      await expectUnsupported(db.createCollection('validated', { validator: { a: { $exists: true } } }));
      await expectUnsupported(db.db!.command({ create: 'view', viewOn: 'x', pipeline: [] }));
      await expectUnsupported(db.collection('c').createIndex({ text: 'text' }));
    });

    it('refuses unknown commands, unknown fields and authentication', async () => {
      const db = suite.freshDb().db!;
      await expectCode(db.command({ frobnicate: 1 }), 59);
      await expectUnsupported(
        db.command({ mapReduce: 'c', map: 'function(){}', reduce: 'function(){}', out: 'x' }),
      );
      const unknownField = await expectCode(db.command({ find: 'c', filtr: {} }), 40415);
      expect(unknownField.message).toContain("'find.filtr'");
      await expectCode(
        db.command({ saslStart: 1, mechanism: 'SCRAM-SHA-256', payload: Buffer.alloc(0) }),
        18,
      );
    });

    it('refuses write concerns and read concerns a standalone cannot honour', async () => {
      const collection = suite.freshDb().collection('c');
      await expectCode(collection.insertOne({ a: 1 }, { writeConcern: { w: 2 } }), 2);
      await expectCode(collection.find({}, { readConcern: { level: 'snapshot' } }).toArray(), 20);
      await collection.insertOne({ a: 1 }, { writeConcern: { w: 'majority', j: true } });
      expect(await collection.countDocuments()).toBe(1);
    });
  });
}
