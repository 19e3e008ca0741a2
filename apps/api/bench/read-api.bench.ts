// npm run bench:api — throughput and latency of the public read API next to a plain static file server
// sending the same bytes, in one run on this machine (ratios matter; absolute numbers are noisy).
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import autocannon from 'autocannon';
import mongoose from 'mongoose';
import { findFreePort, startServer } from '../../web/e2e/support/server.js';
import { FicheModel } from '../src/modules/fiches/fiche.model.js';
import { publishFiche } from '../src/modules/fiches/publish.service.js';
import { generateCorpus } from '../src/seed/generate.js';
import { seedFiches } from '../src/seed/seed.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 100;
const br = promisify(brotliCompress);

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function run(name: string, opts: autocannon.Options): Promise<Row> {
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...opts });
  const non2xx = r.non2xx - (opts.headers?.['if-none-match'] ? r.non2xx : 0);
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + non2xx,
  };
}

/** The comparison: a plain static file server (serve-static, as express.static) sending the same file,
 * in its own process like the API. */
async function staticServer(body: Buffer): Promise<{ url: string; close(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reperes-static-'));
  fs.writeFileSync(path.join(dir, 'fiche.json'), body);
  const port = await findFreePort();
  const script = fileURLToPath(new URL('./support/static-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, dir, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}/fiche.json`,
    close: () => {
      child.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function packBytes(url: string, lang: string): Promise<{ raw: number; brotli: number }> {
  const res = await fetch(`${url}/api/v1/packs/${lang}/sync`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ have: {} }),
  });
  const raw = Buffer.from(await res.arrayBuffer());
  const compressed = await br(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  return { raw: raw.length, brotli: compressed.length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const dbPort = await findFreePort();
const server = await startServer({ env: { EMBEDDED_DB_PORT: String(dbPort), LOG_LEVEL: 'error' } });
try {
  await mongoose.connect(`mongodb://127.0.0.1:${dbPort}/reperes`);
  const slug = 'demander-l-asile';
  const ficheUrl = `${server.url}/api/v1/fiches/${slug}?lang=ar`;
  const first = await fetch(ficheUrl);
  if (!first.ok) throw new Error(`fiche read failed: ${first.status}`);
  const etag = first.headers.get('etag') ?? '';
  const body = Buffer.from(await first.arrayBuffer());
  const manifest = (await (await fetch(`${server.url}/api/v1/packs/ar/manifest`)).json()) as {
    fiches: { id: string; hash: string; slug: string }[];
  };
  // A device holding the current pack (its cursor from a full sync), then one fiche changes.
  const held = (await (
    await fetch(`${server.url}/api/v1/packs/ar/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ have: {} }),
    })
  ).json()) as { cursor: number };
  const changed = manifest.fiches.find((f) => f.slug === slug)!;
  await FicheModel.updateOne(
    { slug },
    { $set: { 'draft.sections.what.body': 'Texte modifié pour le banc d’essai.' } },
  );
  await publishFiche(changed.id);
  const syncBody = JSON.stringify({ since: held.cursor });
  const syncProbe = await fetch(`${server.url}/api/v1/packs/ar/sync`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': 'br' },
    body: syncBody,
  });
  const syncJson = (await syncProbe.json()) as { upserts: unknown[] };

  const fresh = await fetch(ficheUrl);
  const freshEtag = fresh.headers.get('etag') ?? etag;
  const freshBody = Buffer.from(await fresh.arrayBuffer());
  const stat = await staticServer(freshBody);

  const rows: Row[] = [];
  rows.push(await run('static file server, same file', { url: stat.url }));
  rows.push(await run('GET fiche (200)', { url: ficheUrl }));
  rows.push(await run('GET fiche (304)', { url: ficheUrl, headers: { 'if-none-match': freshEtag } }));
  rows.push(await run('GET pack manifest', { url: `${server.url}/api/v1/packs/ar/manifest` }));
  rows.push(
    await run('POST sync, 1 changed', {
      url: `${server.url}/api/v1/packs/ar/sync`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: syncBody,
    }),
  );
  stat.close();

  const base = rows[0]!.rps;
  console.log(
    `\nRead API, ${CONNECTIONS} connections, ${DURATION} s each, 127.0.0.1 (fiche ${kb(body.length)} JSON)\n`,
  );
  console.log('scenario                     req/s    ×static   p50 ms   p99 ms   errors');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(27)} ${r.rps.toFixed(0).padStart(7)}   ${(r.rps / base).toFixed(2).padStart(6)}   ${String(r.p50).padStart(6)}   ${String(r.p99).padStart(6)}   ${String(r.errors).padStart(6)}`,
    );
  }
  console.log(`\nsync with 1 changed fiche returned ${syncJson.upserts.length} document(s)`);
  console.log(
    `targets: fiche 200 ≥ 0.50× static (got ${(rows[1]!.rps / base).toFixed(2)}×), p99 ≤ 25 ms (got ${rows[1]!.p99} ms)`,
  );

  const seedPack = await packBytes(server.url, 'ar');
  console.log(
    `\nar pack, seed corpus (${manifest.fiches.length} fiches): ${kb(seedPack.raw)} JSON, ${kb(seedPack.brotli)} brotli`,
  );
  await seedFiches(generateCorpus(1000 - manifest.fiches.length));
  const bigPack = await packBytes(server.url, 'ar');
  console.log(
    `ar pack, 1,000 fiches: ${kb(bigPack.raw)} JSON, ${kb(bigPack.brotli)} brotli (target ≤ 1536 KB)`,
  );
} finally {
  await mongoose.disconnect();
  await server.stop();
}
