// npm run bench:offline — language pack sizes, bytes on the wire for a delta sync with one changed fiche,
// and the time from navigation to painted fiche content offline in headless Chromium (issue 5).
// Run `npm run build` first. Figures from one run on a shared, noisy machine: read the medians.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import http from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import mongoose from 'mongoose';
import type { BrowserContext, Page } from 'playwright-core';
import { FicheModel } from '../../api/src/modules/fiches/fiche.model';
import { publishFiche } from '../../api/src/modules/fiches/publish.service';
import { generateCorpus } from '../../api/src/seed/generate';
import { seedFiches } from '../../api/src/seed/seed';
import { launchBrowser } from '../e2e/support/browser';
import { createRestartableServer } from '../e2e/support/restartable-server';
import { REPO_ROOT } from '../e2e/support/server';
import { FRAME_CACHE, SNAPSHOT_CACHE } from '../src/data/snapshots';

const LANGS = ['fr', 'en', 'ar', 'fa', 'ps', 'ru', 'uk', 'ti'] as const;
const PAINT_RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CHANGED_SLUG = 'point-conseil-budget';
const READ_SLUG = 'demander-l-asile';
const br = promisify(brotliCompress);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Exchange {
  status: number;
  /** Request line + headers + body, as sent over HTTP/1.1. */
  sent: number;
  /** Status line + headers + body, as received (compressed as the server sent it). */
  received: number;
  /** The decoded body. */
  body: Buffer;
}

/** One HTTP/1.1 exchange, counting the bytes both ways as they cross the wire. */
function exchange(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Exchange> {
  const u = new URL(url);
  const method = opts.method ?? 'GET';
  const body = opts.body === undefined ? undefined : Buffer.from(opts.body);
  const headers: Record<string, string> = {
    host: u.host,
    accept: 'application/json',
    'accept-encoding': 'br, gzip',
    ...(body ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {}),
    ...opts.headers,
  };
  const sent =
    `${method} ${u.pathname}${u.search} HTTP/1.1\r\n`.length +
    Object.entries(headers).reduce((n, [k, v]) => n + Buffer.byteLength(`${k}: ${v}\r\n`), 0) +
    2 +
    (body?.length ?? 0);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { hostname: u.hostname, port: u.port, path: u.pathname + u.search, method, headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          let head = Buffer.byteLength(`HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n`) + 2;
          for (let i = 0; i < response.rawHeaders.length; i += 2) {
            head += Buffer.byteLength(`${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}\r\n`);
          }
          // Chunked transfer framing is a few bytes per chunk: counted as the raw body only.
          const encoding = response.headers['content-encoding'];
          const decoded =
            raw.length === 0
              ? raw
              : encoding === 'br'
                ? brotliDecompressSync(raw)
                : encoding === 'gzip'
                  ? gunzipSync(raw)
                  : raw;
          resolve({ status: response.statusCode ?? 0, sent, received: head + raw.length, body: decoded });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function printPackTable(url: string, title: string): Promise<Map<string, number>> {
  console.log(`\n${title}`);
  console.log('lang        JSON   brotli q11   sent by the server (br)');
  const sizes = new Map<string, number>();
  for (const lang of LANGS) {
    const request = { method: 'POST', body: JSON.stringify({ have: {} }) };
    const plain = await exchange(`${url}/api/v1/packs/${lang}/sync`, {
      ...request,
      headers: { 'accept-encoding': 'identity' },
    });
    const q11 = await br(plain.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    const wire = await exchange(`${url}/api/v1/packs/${lang}/sync`, {
      ...request,
      headers: { 'accept-encoding': 'br' },
    });
    sizes.set(lang, q11.length);
    console.log(
      `${lang.padEnd(6)} ${kb(plain.body.length).padStart(10)}   ${kb(q11.length).padStart(10)}   ${kb(wire.received).padStart(10)}`,
    );
  }
  return sizes;
}

/** A device holding the current ar pack, one fiche changed since: what the sync costs on the wire. */
async function syncWithOneChange(url: string): Promise<{ total: number; upserts: number; detail: string }> {
  // The device's state after its last sync: a full sync gives the cursor and the pack hash.
  const themes = JSON.parse((await exchange(`${url}/api/v1/themes?lang=ar`)).body.toString()) as {
    hash: string;
  };
  const held = JSON.parse(
    (
      await exchange(`${url}/api/v1/packs/ar/sync`, {
        method: 'POST',
        body: JSON.stringify({ have: {}, themesHash: themes.hash }),
      })
    ).body.toString(),
  ) as { hash: string; cursor: number };

  const fiche = await FicheModel.findOne({ slug: CHANGED_SLUG }, { _id: 1 }).lean();
  if (!fiche) throw new Error(`no fiche ${CHANGED_SLUG}`);
  await FicheModel.updateOne(
    { _id: fiche._id },
    { $set: { 'draft.sections.what.body': `Texte modifié pour le banc d’essai (${Date.now()}).` } },
  );
  await publishFiche(fiche._id);

  // Exactly what src/data/packs.ts does: HEAD manifest with the pack hash as ETag, then the sync. The
  // server reads the content version at most every 100 ms (api content-cache.ts, FRESH_MS): a check made
  // sooner after this process's publish would still be answered 304, so it is asked again until it sees it.
  let check: Exchange;
  for (const started = Date.now(); ; await new Promise((resolve) => setTimeout(resolve, 50))) {
    check = await exchange(`${url}/api/v1/packs/ar/manifest`, {
      method: 'HEAD',
      headers: { 'if-none-match': `"${held.hash}"` },
    });
    if (check.status !== 304) break;
    if (Date.now() - started > 5_000) throw new Error('The pack did not change within 5 s of a publish.');
  }
  const sync = await exchange(`${url}/api/v1/packs/ar/sync`, {
    method: 'POST',
    body: JSON.stringify({ since: held.cursor, themesHash: themes.hash }),
  });
  const upserts = (JSON.parse(sync.body.toString()) as { upserts: unknown[] }).upserts.length;
  const unchanged = await exchange(`${url}/api/v1/packs/ar/manifest`, {
    method: 'HEAD',
    headers: { 'if-none-match': `"${(JSON.parse(sync.body.toString()) as { hash: string }).hash}"` },
  });
  return {
    total: check.sent + check.received + sync.sent + sync.received,
    upserts,
    detail:
      `manifest ${check.status} ↑${check.sent} B ↓${check.received} B · sync ↑${sync.sent} B ` +
      `(since: ${held.cursor}) ↓${sync.received} B · nothing changed: ` +
      `manifest ${unchanged.status} ↑${unchanged.sent} B ↓${unchanged.received} B`,
  };
}

async function downloadPack(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/offline`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const arabic = page.getByTestId('pack-ar');
  if (await arabic.getByRole('checkbox').count()) {
    await page.getByRole('checkbox', { name: 'العربية' }).check();
    await page.getByRole('button', { name: /^تنزيل \(/ }).click();
  }
  await arabic.getByTestId('last-synced').waitFor({ timeout: 120_000 });
}

interface Opened {
  url: string;
  /** The page's h1 text (the "h1 frame" mark); none for the floor. */
  h1?: string;
}

interface PaintTarget extends Opened {
  /** Other pages to open in turn, one per run (`url` first): fiches the device has never shown. */
  rotate?: Opened[];
  /** `elementtiming` of the h1 (FichePage, NotFoundPage): when it is on screen. */
  element?: string;
  /**
   * Drop the page snapshots first (src/data/snapshots.ts): a fiche this device never showed; `frame`: the
   * fiche frames too (src/data/fiche-frame.ts): the first fiche it ever shows in this language.
   */
  fresh?: 'snapshot' | 'frame';
  /** A fiche page: stay until the app has kept its snapshot, as a reader who reads it would. */
  fiche?: boolean;
}

interface PaintTimes {
  /** Navigation start → the frame that draws the h1 begins (requestAnimationFrame after it is in the DOM). */
  h1: number[];
  /** Navigation start → the h1 on screen: Element Timing's renderTime, the presentation of its first frame. */
  shown: number[];
  /** Navigation start → first contentful paint as Chromium reports it (compositor frame shown). */
  fcp: number[];
}

/** What the init script reports from each page (see below), as a console message `${PAINT_REPORT} {…}`. */
const PAINT_REPORT = '__paint';
interface PaintReport {
  /** First contentful paint. */
  fcp: number;
  /** Element Timing render times, by `elementtiming` identifier. */
  elements: Record<string, number>;
  /** The "h1 frame" marks, by h1 text. */
  painted: Record<string, number>;
}

/** Adds `titles` to those the init script marks (the "h1 frame"), in every document opened from now on. */
const watchTitles = (context: BrowserContext, titles: string[]) =>
  context.addInitScript((list: string[]) => {
    const w = window as unknown as { __benchTitles?: string[] };
    w.__benchTitles = [...(w.__benchTitles ?? []), ...list];
  }, titles);

/**
 * `count` fiches of the Arabic pack the bench has not opened (not READ_SLUG), with their titles (watched),
 * taken again from the start if the corpus has fewer.
 */
async function neverShown(context: BrowserContext, origin: string, count: number): Promise<Opened[]> {
  const list = JSON.parse(
    (await exchange(`${origin}/api/v1/fiches?lang=ar&sort=title&pageSize=100`)).body.toString(),
  ) as { items: { slug: string }[] };
  const slugs = list.items.map((item) => item.slug).filter((slug) => slug !== READ_SLUG);
  if (slugs.length < count) console.log(`  (${slugs.length} fiches to open for the first time: some twice)`);
  const opened = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const slug = slugs[i % slugs.length]!;
      const doc = JSON.parse((await exchange(`${origin}/api/v1/fiches/${slug}?lang=ar`)).body.toString()) as {
        header: { title: string };
      };
      return { url: `${origin}/fiche/${slug}`, h1: doc.header.title.trim() };
    }),
  );
  await watchTitles(
    context,
    opened.map((o) => o.h1),
  );
  return opened;
}

/** Whether the app has kept a fiche frame (src/data/fiche-frame.ts), for the first openings. */
const hasFrame = (page: Page) =>
  page.evaluate(async (name) => (await (await caches.open(name)).keys()).length > 0, FRAME_CACHE);

/** Whether the service worker would answer `url` with a page snapshot (src/data/snapshots.ts). */
const hasSnapshot = (page: Page, url: string) =>
  page.evaluate(async ([name, path]) => (await (await caches.open(name)).match(path)) !== undefined, [
    SNAPSHOT_CACHE,
    new URL(url).pathname,
  ] as const);

/**
 * Waits until the app in `page` has kept its snapshot of `url`. Polled from here: `page.waitForFunction`
 * takes the promise an async predicate returns for a truthy answer, so it would not wait at all (the page
 * was closed before the app kept anything, and most "reopened" runs were first openings).
 */
async function snapshotKept(page: Page, url: string): Promise<void> {
  for (const started = Date.now(); !(await hasSnapshot(page, url));) {
    if (Date.now() - started > 10_000) throw new Error(`The app kept no snapshot of ${url} within 10 s.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Ms from navigation start to the paint of each page's h1, offline, PAINT_RUNS times after two warm-up
 * rounds. Each navigation opens a new tab, as a reader opening the installed app or a link does (in a tab
 * reused after another page, Chromium first tears that page down: up to 100 ms here, none of it ours). The
 * pages alternate run by run, so a busy moment of the machine hits them alike. An init script watches the
 * DOM from the start of each document (the "h1 frame" mark), and observes first contentful paint and
 * Element Timing (when the h1 was shown); it reports them in console messages. The bench reads those and
 * runs nothing in the page until its h1 is shown: Playwright's first evaluation in a page injects its own
 * script (about 8 ms of the page's main thread, in a trace), which landed in the middle of the first
 * frame when the bench waited with `waitForFunction`.
 */
async function offlinePaint(
  context: BrowserContext,
  origin: string,
  pages: PaintTarget[],
): Promise<PaintTimes[]> {
  await context.setOffline(true);
  // A page of the app kept open to drop snapshots between runs.
  const control = await context.newPage();
  await control.goto(`${origin}/no/such/page`);
  const times = pages.map((): PaintTimes => ({ h1: [], shown: [], fcp: [] }));
  try {
    for (let i = 0; i < PAINT_RUNS + 2; i += 1) {
      for (const [index, target] of pages.entries()) {
        const opened = target.rotate ? [target, ...target.rotate][i % (target.rotate.length + 1)]! : target;
        if (target.fresh)
          await control.evaluate(
            (names) => Promise.all(names.map((name) => caches.delete(name))),
            target.fresh === 'frame' ? [SNAPSHOT_CACHE, FRAME_CACHE] : [SNAPSHOT_CACHE],
          );
        else if (target.fiche && !(await hasSnapshot(control, opened.url)))
          throw new Error(`No snapshot of ${opened.url} to reopen: the figure would be a first opening.`);
        // After the warm-up rounds, a first opening "with a frame" must have one (a fiche shown before it).
        if (target.fresh === 'snapshot' && i >= 2 && !(await hasFrame(control)))
          throw new Error('No fiche frame kept: the figure would be the first fiche ever shown.');
        const page = await context.newPage();
        const shown = new Promise<PaintReport>((resolve) => {
          page.on('console', (message) => {
            const text = message.text();
            if (!text.startsWith(`${PAINT_REPORT} `)) return;
            const report = JSON.parse(text.slice(PAINT_REPORT.length + 1)) as PaintReport;
            if (!report.fcp) return;
            if (target.element && !report.elements[target.element]) return;
            if (opened.h1 && !((report.painted[opened.h1] ?? 0) > 0)) return;
            resolve(report);
          });
        });
        await page.goto(opened.url);
        const report = await Promise.race([
          shown,
          new Promise<undefined>((resolve) => setTimeout(resolve, 10_000, undefined)),
        ]);
        if (!report) {
          const h1 = await page.evaluate(() => document.querySelector('h1')?.textContent);
          throw new Error(`"${opened.h1 ?? opened.url}" did not show (h1: ${JSON.stringify(h1)}).`);
        }
        if (target.fiche) await snapshotKept(page, opened.url);
        if (i >= 2) {
          if (opened.h1) times[index]!.h1.push(report.painted[opened.h1]!);
          times[index]!.shown.push(target.element ? report.elements[target.element]! : 0);
          times[index]!.fcp.push(report.fcp);
        }
        await page.close();
      }
    }
  } finally {
    await control.close();
    await context.setOffline(false);
  }
  return times;
}

const stats = (xs: number[]) =>
  `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, ${xs.length} runs)`;

if (!existsSync(join(process.env.WEB_DIST ?? join(REPO_ROOT, 'apps/web/dist'), 'sw.js'))) {
  console.error('Build the reader app first: npm run build -w @reperes/web');
  process.exit(1);
}

const server = await createRestartableServer({ inMemory: true, env: { LOG_LEVEL: 'error' } });
await server.start();
const browser = await launchBrowser();
try {
  await mongoose.connect(server.mongoUri);
  const context = await browser.newContext({ locale: 'ar' });
  context.setDefaultTimeout(30_000);
  const fiche = JSON.parse(
    (await exchange(`${server.url}/api/v1/fiches/${READ_SLUG}?lang=ar`)).body.toString(),
  ) as { header: { title: string } };
  const notFoundTitle = (
    JSON.parse(readFileSync(join(REPO_ROOT, 'locales/ar.json'), 'utf8')) as {
      web: { notFound: { title: string } };
    }
  ).web.notFound.title;
  await context.addInitScript(
    ({ tag }: { tag: string }) => {
      try {
        localStorage.setItem('reperes.language', 'ar');
      } catch {
        // about:blank has no storage.
      }
      // Reported to the bench (offlinePaint) in a console message each time something new is known. (No
      // named function in here: tsx would wrap it in a helper the page does not have.)
      const report = {
        fcp: 0,
        elements: {} as Record<string, number>,
        painted: {} as Record<string, number>,
      };
      // The DOM holding the title, then the next frame: the title is painted by the end of that frame.
      // The titles watched for are added by later init scripts (watchTitles).
      const observer = new MutationObserver(() => {
        const text = document.querySelector('h1')?.textContent?.trim() ?? '';
        const titles = (window as unknown as { __benchTitles?: string[] }).__benchTitles ?? [];
        if (!titles.includes(text) || report.painted[text]) return;
        report.painted[text] = -1;
        requestAnimationFrame(() => {
          report.painted[text] = performance.now();
          console.debug(`${tag} ${JSON.stringify(report)}`);
        });
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === 'first-contentful-paint') report.fcp = entry.startTime;
        console.debug(`${tag} ${JSON.stringify(report)}`);
      }).observe({ type: 'paint', buffered: true });
      new PerformanceObserver((list) => {
        type ElementTiming = PerformanceEntry & {
          identifier: string;
          renderTime: number;
          loadTime: number;
        };
        // The first time each is shown: the app, taking over a snapshot, draws its own h1 again later.
        for (const entry of list.getEntries() as ElementTiming[])
          report.elements[entry.identifier] ??= entry.renderTime || entry.loadTime;
        console.debug(`${tag} ${JSON.stringify(report)}`);
      }).observe({ type: 'element', buffered: true });
    },
    { tag: PAINT_REPORT },
  );
  await watchTitles(context, [fiche.header.title, notFoundTitle]);

  const seedCount = (
    JSON.parse((await exchange(`${server.url}/api/v1/packs/ar/manifest`)).body.toString()) as {
      fiches: unknown[];
    }
  ).fiches.length;
  const seedSizes = await printPackTable(server.url, `Language packs, seed corpus (${seedCount} fiches)`);

  const page = await context.newPage();
  await downloadPack(page, server.url);
  await page.close();
  const ficheUrl = `${server.url}/fiche/${READ_SLUG}`;
  // The floor of this machine: a small precached script opened as a document, answered by the service
  // worker from its cache and painted as plain text (no app, no styles, no data).
  const floorPath = /<link rel="modulepreload"[^>]*href="([^"]+\.js)"/.exec(
    readFileSync(join(process.env.WEB_DIST ?? join(REPO_ROOT, 'apps/web/dist'), 'index.html'), 'utf8'),
  )?.[1];
  if (!floorPath) throw new Error('no modulepreload in index.html for the floor measure');
  // In each round: the first fiche ever shown (no frame, no snapshot: it keeps both), reopened (its
  // snapshot), then another fiche, never shown, with the frame the first one left.
  const targets = async (): Promise<PaintTarget[]> => {
    const [first, ...rotate] = await neverShown(context, server.url, PAINT_RUNS + 2);
    return [
      { url: ficheUrl, h1: fiche.header.title, element: 'fiche-title', fiche: true, fresh: 'frame' },
      { url: ficheUrl, h1: fiche.header.title, element: 'fiche-title', fiche: true },
      { ...first!, rotate, element: 'fiche-title', fiche: true, fresh: 'snapshot' },
      { url: `${server.url}/no/such/page`, h1: notFoundTitle, element: 'page-title' },
      { url: `${server.url}${floorPath}` },
    ];
  };
  type Five = [PaintTimes, PaintTimes, PaintTimes, PaintTimes, PaintTimes];
  const loadBefore = loadavg()[0]!;
  const [seedNoFrame, seedPaint, seedFirst, seedShell, seedFloor] = (await offlinePaint(
    context,
    server.url,
    await targets(),
  )) as Five;

  const seedSync = await syncWithOneChange(server.url);

  await seedFiches(generateCorpus(1000 - seedCount));
  const bigSizes = await printPackTable(server.url, 'Language packs, generated corpus (1,000 fiches)');
  const bigSync = await syncWithOneChange(server.url);
  const bigPage = await context.newPage();
  await bigPage.goto(`${server.url}/offline`);
  await bigPage.getByRole('button', { name: 'تحديث' }).click();
  await bigPage.getByText('عدد البطاقات: 1000').waitFor({ timeout: 120_000 });
  await bigPage.close();
  const [bigNoFrame, bigPaint, bigFirst, bigShell, bigFloor] = (await offlinePaint(
    context,
    server.url,
    await targets(),
  )) as Five;
  await context.close();

  const worst = (sizes: Map<string, number>) => Math.max(...sizes.values());
  console.log('\nDelta sync, 1 changed fiche (manifest check + sync, both directions, br)');
  console.log(`  seed corpus: ${kb(seedSync.total)} — ${seedSync.upserts} document(s); ${seedSync.detail}`);
  console.log(`  1,000 fiches: ${kb(bigSync.total)} — ${bigSync.upserts} document(s); ${bigSync.detail}`);
  console.log(
    '\nNavigation → fiche title on screen, offline, headless Chromium, ar pack stored, a new tab each time',
  );
  console.log(
    '  (reopened: the page snapshot answers; first opening: a fiche never shown on the device, another',
  );
  console.log(
    '  one shown before: the worker fills the fiche frame it left with the copy in IndexedDB; first fiche',
  );
  console.log(
    '  ever shown: no frame, the app draws it from IndexedDB; not found: reads no data, the app boot',
  );
  console.log(
    '  alone; floor: a small cached file shown as plain text, what any page costs on this machine)',
  );
  console.log(
    '  shown = Element Timing of the h1 (its frame presented); h1 frame = the frame drawing it begins',
  );
  const row = (label: string, t: PaintTimes) =>
    console.log(
      `  ${label.padEnd(32)}` +
        (t.shown.some((x) => x > 0)
          ? `shown ${stats(t.shown)} · h1 frame ${median(t.h1).toFixed(0)} ms · `
          : '') +
        `FCP median ${median(t.fcp).toFixed(0)} ms${t.shown.some((x) => x > 0) ? '' : ` (${stats(t.fcp)})`}`,
    );
  row('seed corpus, fiche reopened:', seedPaint);
  row('seed corpus, fiche first open:', seedFirst);
  row('seed corpus, first fiche ever:', seedNoFrame);
  row('seed corpus, not found:', seedShell);
  row('seed corpus, floor:', seedFloor);
  row('1,000 fiches, fiche reopened:', bigPaint);
  row('1,000 fiches, fiche first open:', bigFirst);
  row('1,000 fiches, first fiche ever:', bigNoFrame);
  row('1,000 fiches, not found:', bigShell);
  row('1,000 fiches, floor:', bigFloor);
  console.log(
    `  machine load ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, on ${cpus().length} cores`,
  );
  console.log('\nTargets');
  console.log(
    `  pack ≤ 1.5 MB brotli, 1,000 fiches: largest ${kb(worst(bigSizes))} (seed: ${kb(worst(seedSizes))})`,
  );
  console.log(
    `  sync with 1 changed fiche ≤ 10 KB: seed ${kb(seedSync.total)}, 1,000 fiches ${kb(bigSync.total)}`,
  );
  const ratio = (t: PaintTimes, floor: PaintTimes) => (median(t.shown) / median(floor.fcp)).toFixed(1);
  console.log(
    `  offline paint ≤ 150 ms median (fiche title shown): reopened seed ${median(seedPaint.shown).toFixed(0)} ms ` +
      `(${ratio(seedPaint, seedFloor)}× floor), 1,000 ${median(bigPaint.shown).toFixed(0)} ms ` +
      `(${ratio(bigPaint, bigFloor)}×); first opening seed ${median(seedFirst.shown).toFixed(0)} ms ` +
      `(${ratio(seedFirst, seedFloor)}×), 1,000 ${median(bigFirst.shown).toFixed(0)} ms (${ratio(bigFirst, bigFloor)}×)`,
  );
  console.log(
    `  (the first fiche ever shown on a device, before any frame: seed ${median(seedNoFrame.shown).toFixed(0)} ms, ` +
      `1,000 ${median(bigNoFrame.shown).toFixed(0)} ms)`,
  );
} finally {
  await mongoose.disconnect();
  await browser.close();
  await server.dispose();
}
