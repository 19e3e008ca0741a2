/**
 * Embedded MongoDB benchmark, through mongoose: bulk inserts, lookups by a unique key, a sorted page and,
 * for comparison, lookups on a field without index. Indexed lookups must not depend on the collection
 * size: the benchmark compares them at 2,000 and at 20,000 documents, by time (medians; these machines are
 * noisy) and by the number of documents the server examined (explain, exact).
 *
 *   npm run bench:db
 */
import { performance } from 'node:perf_hooks';
import mongoose from 'mongoose';
import { startEmbeddedMongo } from '../src/db/embedded/index.js';

const BATCH = 1000;
const LOOKUPS = 1000;
const PAGES = 5;
const SIZES = [2_000, 20_000] as const;

interface Row {
  readonly operation: string;
  readonly ops: number;
  readonly totalMs: number;
  /** Per-operation latencies, when each operation was timed on its own. */
  readonly latencies?: number[];
}

const rows: Row[] = [];
let collections = 0;

async function timeEach(operation: string, ops: number, run: (i: number) => Promise<void>): Promise<Row> {
  const latencies: number[] = [];
  for (let i = 0; i < ops; i++) {
    const started = performance.now();
    await run(i);
    latencies.push(performance.now() - started);
  }
  const row = { operation, ops, totalMs: latencies.reduce((a, b) => a + b, 0), latencies };
  rows.push(row);
  return row;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const median = (row: Row): number => percentile(row.latencies ?? [], 50);

const schema = new mongoose.Schema({
  key: { type: String, unique: true },
  label: String,
  n: Number,
  createdAt: Date,
  tags: [String],
});

const server = await startEmbeddedMongo({ logger: { info() {}, warn: console.warn, error: console.error } });
const conn = await mongoose.createConnection(`${server.uri}bench`).asPromise();

async function measure(size: number) {
  const label = size.toLocaleString('en');
  const name = `docs_${size}_${++collections}`;
  const Model = conn.model(name, schema, name);
  await Model.init();
  const start = Date.UTC(2020, 0, 1);
  const insertStarted = performance.now();
  for (let first = 0; first < size; first += BATCH) {
    const docs = Array.from({ length: Math.min(BATCH, size - first) }, (_, i) => {
      const n = first + i;
      return {
        key: `key-${n}`,
        label: `label-${n}`,
        n,
        createdAt: new Date(start + n * 60_000),
        tags: ['a', 'b'],
      };
    });
    await Model.insertMany(docs, { lean: true });
  }
  rows.push({
    operation: `insertMany ${label} docs in batches of ${BATCH} (per doc)`,
    ops: size,
    totalMs: performance.now() - insertStarted,
  });

  const picks = Array.from({ length: LOOKUPS }, () => Math.floor(Math.random() * size));
  const indexed = await timeEach(`findOne({key}), unique index, ${label} docs`, LOOKUPS, async (i) => {
    const doc = await Model.findOne({ key: `key-${picks[i]}` }).lean();
    if (doc?.n !== picks[i]) throw new Error(`lookup of key-${picks[i]} failed`);
  });
  const unindexed = await timeEach(`findOne({label}), no index, ${label} docs`, LOOKUPS, async (i) => {
    const doc = await Model.findOne({ label: `label-${picks[i]}` }).lean();
    if (doc?.n !== picks[i]) throw new Error(`lookup of label-${picks[i]} failed`);
  });
  await timeEach(`find().sort({createdAt:-1}).skip(100).limit(20), ${label} docs`, PAGES, async () => {
    const docs = await Model.find().sort({ createdAt: -1 }).skip(100).limit(20).lean();
    if (docs.length !== 20 || docs[0]?.n !== size - 101) throw new Error('wrong page');
  });

  const examined = async (filter: object): Promise<number> => {
    const plan = (await Model.find(filter).limit(1).explain('executionStats')) as unknown as {
      executionStats: { totalDocsExamined: number };
    };
    return plan.executionStats.totalDocsExamined;
  };
  const last = size - 1;
  return {
    indexed,
    unindexed,
    indexedExamined: await examined({ key: `key-${last}` }),
    unindexedExamined: await examined({ label: `label-${last}` }),
  };
}

// Warm the JIT (driver, mongoose and server) so that the first measured size is not penalised.
await measure(SIZES[0]);
rows.length = 0;
const small = await measure(SIZES[0]);
const large = await measure(SIZES[1]);
await conn.close();
await server.stop();

const fmt = (n: number | undefined, digits: number): string => (n === undefined ? '-' : n.toFixed(digits));
const width = Math.max(...rows.map((r) => r.operation.length));
const header = [
  'operation'.padEnd(width),
  'ops'.padStart(6),
  'total ms'.padStart(9),
  'ms/op'.padStart(8),
  'median'.padStart(8),
  'p99'.padStart(8),
];
const rule = header.map((h) => '-'.repeat(h.length)).join('  ');
console.log('\nEmbedded MongoDB benchmark (in memory, through mongoose 9)\n');
console.log(header.join('  '));
console.log(rule);
for (const row of rows) {
  console.log(
    [
      row.operation.padEnd(width),
      String(row.ops).padStart(6),
      fmt(row.totalMs, 1).padStart(9),
      fmt(row.totalMs / row.ops, 4).padStart(8),
      fmt(row.latencies && median(row), 4).padStart(8),
      fmt(row.latencies && percentile(row.latencies, 99), 4).padStart(8),
    ].join('  '),
  );
}
console.log(rule);

const indexedRatio = median(large.indexed) / median(small.indexed);
const unindexedRatio = median(large.unindexed) / median(small.unindexed);
console.log('\nIndexed lookups are O(1) (hash index), scans are O(n):');
console.log(
  `  documents examined for one lookup   indexed: ${small.indexedExamined} at 2,000 docs, ${large.indexedExamined} at 20,000` +
    `   unindexed (last doc): ${small.unindexedExamined} / ${large.unindexedExamined}`,
);
console.log(
  `  median time, 20,000 vs 2,000 docs   indexed: x${indexedRatio.toFixed(2)}   unindexed: x${unindexedRatio.toFixed(2)}`,
);
console.log(
  `  at 20,000 docs an indexed lookup is x${(median(large.unindexed) / median(large.indexed)).toFixed(1)} faster than a scan (medians)`,
);
if (small.indexedExamined !== 1 || large.indexedExamined !== 1) {
  console.error('\nFAIL: an indexed lookup examined more than one document: the index was not used.');
  process.exitCode = 1;
}
