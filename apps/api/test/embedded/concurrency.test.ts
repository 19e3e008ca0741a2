import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { setupSuite } from './support.js';

const suite = await setupSuite();

describe('concurrent commands', () => {
  it('stores exactly one of 200 concurrent inserts of the same unique key', async () => {
    const Ticket = suite
      .freshDb()
      .model('Ticket', new mongoose.Schema({ seat: { type: String, unique: true }, racer: Number }));
    await Ticket.init();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 200 }, (_, racer) => Ticket.create({ seat: '1A', racer })),
    );
    const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(failures).toHaveLength(199);
    expect(failures.every((f) => (f.reason as { code?: number }).code === 11000)).toBe(true);
    expect(await Ticket.countDocuments({ seat: '1A' })).toBe(1);
  });

  it('counts all of 200 concurrent $inc on one document', async () => {
    const Counter = suite.freshDb().model('Counter', new mongoose.Schema({ name: String, n: Number }));
    await Counter.create({ name: 'hits', n: 0 });
    await Promise.all(
      Array.from({ length: 200 }, () => Counter.updateOne({ name: 'hits' }, { $inc: { n: 1 } })),
    );
    expect((await Counter.findOne({ name: 'hits' }).lean())?.n).toBe(200);
  });

  it('gives each of 50 concurrent findOneAndUpdate claims a different job', async () => {
    const Job = suite.freshDb().model('Job', new mongoose.Schema({ i: Number, claimedBy: Number }));
    await Job.insertMany(Array.from({ length: 50 }, (_, i) => ({ i })));
    const claims = await Promise.all(
      Array.from({ length: 50 }, (_, worker) =>
        Job.findOneAndUpdate(
          { claimedBy: null },
          { $set: { claimedBy: worker } },
          { returnDocument: 'after' },
        ).lean(),
      ),
    );
    expect(new Set(claims.map((c) => c?.i)).size).toBe(50);
  });
});
