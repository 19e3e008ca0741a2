// npm run bench:load — 500 concurrent readers for 60 s (BENCH_SECONDS, BENCH_CONNECTIONS to change) against
// one real server process on 127.0.0.1, mixing fiche reads, 304 revalidations, pack manifests and delta
// syncs, while an editor publishes a changed fiche every few seconds (service calls from this process,
// connected to the server's embedded database). Prints throughput, latency percentiles and errors (target 0),
// next to a bare Node server's figures measured in the same run: client and server share this machine's
// cores, so compare ratios, not absolute numbers (handbook/toolchain.md).
import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';
import mongoose from 'mongoose';
import { findFreePort, startServer } from '../../web/e2e/support/server.js';
import { FicheModel } from '../src/modules/fiches/fiche.model.js';
import { publishFiche } from '../src/modules/fiches/publish.service.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 500);
const PUBLISH_EVERY_MS = Number(process.env.BENCH_PUBLISH_MS ?? 3_000);
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 10);
const BASELINE_SECONDS = Math.max(5, Math.round(DURATION / 6));
const LANGS = ['fr', 'en', 'ar', 'fa', 'ps', 'ru', 'uk', 'ti'] as const;
const BROWSER = { 'accept-encoding': 'gzip, deflate, br', accept: 'application/json' };

interface ManifestEntry {
  id: string;
  slug: string;
  hash: string;
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const dbPort = await findFreePort();
const server = await startServer({ env: { EMBEDDED_DB_PORT: String(dbPort), LOG_LEVEL: 'error' } });
try {
  await mongoose.connect(`mongodb://127.0.0.1:${dbPort}/reperes`);
  const base = server.url;

  // What readers' devices hold: every fiche's ETag per language, each pack's manifest ETag and contents.
  const etags = new Map<string, string>();
  const manifests = new Map<string, { etag: string; fiches: ManifestEntry[] }>();
  for (const lang of LANGS) {
    const res = await fetch(`${base}/api/v1/packs/${lang}/manifest`);
    const body = (await res.json()) as { fiches: ManifestEntry[] };
    manifests.set(lang, { etag: res.headers.get('etag') ?? '', fiches: body.fiches });
    for (const f of body.fiches) etags.set(`${f.slug}?lang=${lang}`, `"${f.hash}"`);
  }
  const slugs = manifests.get('fr')!.fiches.map((f) => f.slug);
  const ficheIds = manifests.get('fr')!.fiches.map((f) => f.id);
  const keys = [...etags.keys()];
  /** A device that missed a few publications: its delta sync (from its cursor) brings what changed. */
  const syncBodies: { lang: string; body: string }[] = [];
  for (const lang of LANGS) {
    const full = await fetch(`${base}/api/v1/packs/${lang}/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ have: {} }),
    });
    const { cursor } = (await full.json()) as { cursor: number };
    syncBodies.push({ lang, body: JSON.stringify({ since: Math.max(0, cursor - 3) }) });
  }

  const rememberEtag = (
    status: number,
    _body: string,
    context: object,
    headers: Record<string, string | string[] | undefined> | undefined,
  ) => {
    const key = (context as { key?: string }).key;
    const etag = headers?.etag ?? headers?.ETag;
    if (status === 200 && key && typeof etag === 'string') etags.set(key, etag);
  };
  const requests: autocannon.Request[] = [
    // A reader opens a fiche they do not have yet.
    {
      method: 'GET',
      setupRequest: (req, context) => {
        const key = `${pick(slugs)}?lang=${pick(LANGS)}`;
        (context as { key?: string }).key = key;
        return { ...req, path: `/api/v1/fiches/${key}`, headers: BROWSER };
      },
      onResponse: rememberEtag,
    },
    // Two revalidations of fiches already on the device (304 unless just republished).
    ...[0, 1].map((): autocannon.Request => ({
      method: 'GET',
      setupRequest: (req, context) => {
        const key = pick(keys);
        (context as { key?: string }).key = key;
        return {
          ...req,
          path: `/api/v1/fiches/${key}`,
          headers: { ...BROWSER, 'if-none-match': etags.get(key)! },
        };
      },
      onResponse: rememberEtag,
    })),
    // The pack manifest, revalidated (the reader checks for updates when it comes online).
    {
      method: 'GET',
      setupRequest: (req) => {
        const lang = pick(LANGS);
        return {
          ...req,
          path: `/api/v1/packs/${lang}/manifest`,
          headers: { ...BROWSER, 'if-none-match': manifests.get(lang)!.etag },
        };
      },
    },
    // A delta sync.
    {
      method: 'POST',
      setupRequest: (req) => {
        const { lang, body } = pick(syncBodies);
        return {
          ...req,
          path: `/api/v1/packs/${lang}/sync`,
          headers: { ...BROWSER, 'content-type': 'application/json' },
          body,
        };
      },
    },
  ];

  // The editor: every few seconds, change a fiche's French text and publish it; measure how long until the
  // server serves the new version.
  let publishing = true;
  const publishMs: number[] = [];
  const visibleMs: number[] = [];
  let publishErrors = 0;
  const editor = (async () => {
    for (let n = 1; publishing; n++) {
      await sleep(PUBLISH_EVERY_MS);
      if (!publishing) break;
      const i = Math.floor(Math.random() * ficheIds.length);
      const id = ficheIds[i]!;
      const url = `${base}/api/v1/fiches/${slugs[i]}?lang=fr`;
      try {
        const before = (await fetch(url)).headers.get('etag') ?? '';
        const t0 = performance.now();
        await FicheModel.updateOne(
          { _id: id },
          { $set: { 'draft.sections.what.body': `Texte modifié pendant le banc de charge (${n}).` } },
        );
        await publishFiche(id);
        const t1 = performance.now();
        publishMs.push(t1 - t0);
        for (;;) {
          const res = await fetch(url, { headers: { 'if-none-match': before } });
          await res.arrayBuffer();
          if (res.status === 200) break;
          if (performance.now() - t1 > 10_000) throw new Error('new version not served within 10 s');
          await sleep(20);
        }
        visibleMs.push(performance.now() - t1);
      } catch (err) {
        publishErrors += 1;
        console.error('publish failed:', err);
      }
    }
  })();

  // This machine's ceiling right now: a bare Node server sending a fiche's bytes, same connections.
  const sample = Buffer.from(await (await fetch(`${base}/api/v1/fiches/${slugs[0]}?lang=ar`)).arrayBuffer());
  const bare = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag: '"x"' });
    res.end(sample);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const barePort = (bare.address() as { port: number }).port;
  const baseline = await autocannon({
    url: `http://127.0.0.1:${barePort}/`,
    connections: CONNECTIONS,
    duration: BASELINE_SECONDS,
    timeout: TIMEOUT_S,
  });
  bare.close();

  // The client's own event loop: when it lags, responses wait unread and count as slow or timed out.
  const clientLag = monitorEventLoopDelay({ resolution: 20 });
  clientLag.enable();
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    timeout: TIMEOUT_S,
    requests,
  });
  clientLag.disable();
  publishing = false;
  await editor;

  const codes = Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [Number(code), s.count ?? 0]);
  const failedStatuses = codes.filter(([code]) => code! >= 400).reduce((n, [, c]) => n + c!, 0);
  // autocannon counts a timeout in `errors` too.
  const errors = result.errors + failedStatuses;
  const sortedPublish = [...publishMs].sort((a, b) => a - b);
  const sortedVisible = [...visibleMs].sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(0)} ms`;

  console.log(
    `\nLoad: ${CONNECTIONS} concurrent readers for ${DURATION} s on 127.0.0.1 (client and server on this machine)`,
  );
  console.log(
    'mix per reader, in turn: 1 fiche read, 2 fiche revalidations, 1 manifest revalidation, 1 delta sync',
  );
  console.log(
    `requests        ${result.requests.total} (${result.requests.average.toFixed(0)} req/s on average)`,
  );
  console.log(
    `latency         p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  console.log(`statuses        ${codes.map(([c, n]) => `${c}: ${n}`).join(', ')}`);
  console.log(`throughput      ${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s`);
  console.log(
    `baseline        bare Node server sending one fiche's bytes, ${BASELINE_SECONDS} s: ` +
      `${baseline.requests.average.toFixed(0)} req/s, p50 ${baseline.latency.p50} ms, p99 ${baseline.latency.p99} ms ` +
      `→ API at ${(result.requests.average / baseline.requests.average).toFixed(2)}× this machine's bare ceiling`,
  );
  console.log(
    `errors          ${errors} (connection errors ${result.errors}, of which timeouts (> ${TIMEOUT_S} s) ${result.timeouts}, ` +
      `4xx/5xx ${failedStatuses}) — target 0`,
  );
  console.log(
    `editor          ${publishMs.length} publications (every ${PUBLISH_EVERY_MS / 1000} s), publish p50 ${ms(percentile(sortedPublish, 50))}, ` +
      `new version served after p50 ${ms(percentile(sortedVisible, 50))} / max ${ms(sortedVisible.at(-1) ?? NaN)}, ` +
      `${publishErrors} failed`,
  );
  console.log(
    `client          event-loop delay of this process (autocannon + editor): p99 ${ms(clientLag.percentile(99) / 1e6)}, ` +
      `max ${ms(clientLag.max / 1e6)}`,
  );
  if (errors > 0 || publishErrors > 0) process.exitCode = 1;
} finally {
  await mongoose.disconnect();
  await server.stop();
}
