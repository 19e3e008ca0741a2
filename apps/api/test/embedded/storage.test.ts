import { Binary, Decimal128, Long, MaxKey, MinKey, ObjectId, Timestamp } from 'bson';
import { describe, expect, it } from 'vitest';
import { compareValues, sameValue } from '../../src/db/embedded/bson/compare.js';
import { keyOf } from '../../src/db/embedded/bson/keys.js';
import { compileFilter } from '../../src/db/embedded/query/filter.js';
import { selectRecords } from '../../src/db/embedded/query/executor.js';
import { Catalog } from '../../src/db/embedded/storage/catalog.js';
import { parseIndexSpec } from '../../src/db/embedded/storage/index-spec.js';
import { expireDocuments } from '../../src/db/embedded/storage/ttl.js';
import { applyUpdate } from '../../src/db/embedded/update/apply.js';
import { compileUpdate } from '../../src/db/embedded/update/compile.js';

// Internals of the embedded server, tested without a client: these run whatever TEST_MONGODB_URI says.

function collection() {
  return new Catalog().ensureCollection('unit', 'c').collection;
}

describe('BSON order and equality', () => {
  it('orders values of every BSON type as MongoDB does', () => {
    const ordered = [
      new MinKey(),
      null,
      Number.NaN,
      -1,
      Long.fromNumber(2),
      Decimal128.fromString('2.5'),
      3,
      '',
      'a',
      { a: 1 },
      [1],
      new Binary(Buffer.from([1])),
      new ObjectId('000000000000000000000000'),
      new ObjectId('ffffffffffffffffffffffff'),
      false,
      true,
      new Date(0),
      new Timestamp({ t: 1, i: 1 }),
      /a/,
      new MaxKey(),
    ];
    const shuffled = [...ordered].reverse();
    expect(shuffled.sort(compareValues)).toEqual(ordered);
  });

  it('treats equal numbers of any BSON type as equal, with the same hash key', () => {
    for (const same of [Long.fromNumber(5), Decimal128.fromString('5'), 5.0]) {
      expect(compareValues(5, same)).toBe(0);
      expect(keyOf(same)).toBe(keyOf(5));
    }
    expect(keyOf('5')).not.toBe(keyOf(5));
    expect(keyOf({ a: 1, b: 2 })).not.toBe(keyOf({ b: 2, a: 1 }));
    expect(sameValue(5, Long.fromNumber(5))).toBe(false);
    expect(sameValue({ a: [1, { b: new Date(1) }] }, { a: [1, { b: new Date(1) }] })).toBe(true);
  });
});

describe('indexes and query planning', () => {
  it('answers equality and $in on an index prefix from the hash maps without scanning', () => {
    const c = collection();
    c.createIndexes([parseIndexSpec({ key: { org: 1, n: -1 }, name: 'org_n' })]);
    for (let n = 0; n < 1000; n++) c.insert({ _id: n, org: `o${n % 10}`, n });
    const prefix = selectRecords(c, compileFilter({ org: 'o3', n: { $gt: 500 } }));
    expect(prefix.indexName).toBe('org_n');
    expect(prefix.docsExamined).toBe(100);
    expect(prefix.records.map((r) => r.doc.n)).toEqual(Array.from({ length: 50 }, (_, i) => 503 + i * 10));
    const full = selectRecords(c, compileFilter({ org: { $in: ['o1', 'o2'] }, n: { $in: [1, 2, 3] } }));
    expect(full.records.map((r) => r.doc._id)).toEqual([1, 2]);
    expect(full.docsExamined).toBe(2);
    const byId = selectRecords(c, compileFilter({ _id: { $in: [999, 5, 7] } }));
    expect(byId.records.map((r) => r.doc._id)).toEqual([5, 7, 999]);
    expect(byId.docsExamined).toBe(3);
  });

  it('keeps stored documents frozen and replaces them on update', () => {
    const c = collection();
    const record = c.insert({ _id: 1, nested: { list: [1] } });
    expect(Object.isFrozen(record.doc)).toBe(true);
    expect(Object.isFrozen((record.doc.nested as { list: number[] }).list)).toBe(true);
    const before = record.doc;
    const after = applyUpdate(before, compileUpdate({ $push: { 'nested.list': 2 } }), {
      filter: {},
      isInsert: false,
    });
    c.replace(record, after);
    expect(before).toEqual({ _id: 1, nested: { list: [1] } });
    expect(record.doc).toEqual({ _id: 1, nested: { list: [1, 2] } });
  });

  it('expires documents whose TTL date has passed', () => {
    const c = new Catalog();
    const { collection: sessions } = c.ensureCollection('unit', 'sessions');
    sessions.createIndexes([parseIndexSpec({ key: { at: 1 }, name: 'at_1', expireAfterSeconds: 60 })]);
    const now = Date.now();
    sessions.insert({ _id: 'old', at: new Date(now - 120_000) });
    sessions.insert({ _id: 'new', at: new Date(now - 10_000) });
    sessions.insert({ _id: 'no-date', at: 'yesterday' });
    expect(expireDocuments(c, now)).toBe(1);
    expect(sessions.documents().map((d) => d._id)).toEqual(['new', 'no-date']);
  });
});
