/**
 * `npm run bench:web`: what the reader's first views cost (issue 4 "done when"). A plain script that prints
 * two tables and which targets are missed (it fails only if it cannot measure).
 *
 * 1. Bytes: the JS and CSS the browser downloads for the first view of the home page and of a fiche
 *    (fresh profile, no service worker yet), read from headless Chromium's network log until the network
 *    is idle plus 1.5 s (what loads after the first paint counts too), each response gzipped (level 9)
 *    here so the figure does not depend on the server's compression. Budgets: home ≤ 70 KB, fiche ≤ 90 KB.
 *    BENCH_VERBOSE=1 lists the files.
 * 2. Lighthouse 12 (mobile defaults: simulated slow 4G and 4× CPU throttling, Moto G-class screen) for both
 *    pages in French and Arabic: performance (≥ 95) and accessibility (100). Median of BENCH_RUNS runs
 *    (default 5, as Lighthouse's guide on variance advises), each in a fresh Chromium (no service worker,
 *    no IndexedDB from an earlier run). The machine is shared and noisy: simulated throttling multiplies
 *    the CPU time measured here, so the load average is printed with the figures.
 *
 * Everything runs against the production server on 127.0.0.1 with the local Chromium: nothing leaves the
 * machine (Chromium's background networking is off; Lighthouse's performance and accessibility audits
 * fetch nothing from the Internet).
 *
 * Needs the built apps (`npm run build`; the reader is built here if apps/web/dist is missing) and Chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium, launchBrowser } from '../e2e/support/browser';
import { REPO_ROOT, startServer } from '../e2e/support/server';

const FICHE = '/fiche/demander-l-asile';
const PAGES = [
  { name: 'home', path: '/', budgetKb: 70 },
  { name: 'fiche', path: FICHE, budgetKb: 90 },
] as const;
const LANGS = ['fr', 'ar'] as const;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const VERBOSE = process.env.BENCH_VERBOSE === '1';
/** BENCH_LHR_DIR=/tmp/lhr keeps each Lighthouse report there (page-lang-run.json): its long-tasks,
 * bootup-time and mainthread-work-breakdown audits show which tasks block. */
const LHR_DIR = process.env.BENCH_LHR_DIR;
/** BENCH_ONLY=fiche-fr,home-ar: Lighthouse on those only, and no byte count (a quicker loop). */
const ONLY = process.env.BENCH_ONLY?.split(',');
const TARGETS = { performance: 95, accessibility: 100 };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const load = () => `load average ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`;

/** A plain-text table: first row is the header; columns after the first are right-aligned. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)]
    .map((l) => `  ${l.trimEnd()}`)
    .join('\n');
}

interface Bytes {
  page: string;
  lang: string;
  js: number;
  css: number;
  files: { url: string; gzip: number }[];
  budget: number;
}

async function firstViewBytes(chromePath: string, baseUrl: string): Promise<Bytes[]> {
  const browser = await launchBrowser(chromePath);
  const out: Bytes[] = [];
  try {
    for (const page of PAGES) {
      for (const lang of LANGS) {
        const context = await browser.newContext({
          locale: lang === 'ar' ? 'ar' : 'fr-FR',
          viewport: { width: 412, height: 823 },
        });
        const tab = await context.newPage();
        const pending: Promise<{ url: string; type: string; gzip: number }>[] = [];
        const seen = new Set<string>();
        tab.on('response', (response) => {
          const type = response.request().resourceType();
          if ((type !== 'script' && type !== 'stylesheet') || seen.has(response.url())) return;
          seen.add(response.url());
          pending.push(
            response
              .body()
              .then((body) => ({ url: response.url(), type, gzip: gzipSync(body, { level: 9 }).length }))
              .catch(() => ({ url: response.url(), type, gzip: 0 })),
          );
        });
        // The French first visit is the plain URL (language chooser shown); Arabic comes from a shared link.
        const url = `${baseUrl}${page.path}${lang === 'fr' ? '' : `?lang=${lang}`}`;
        await tab.goto(url, { waitUntil: 'networkidle' });
        await tab.waitForTimeout(1_500); // what loads after the first paint (service worker registration…)
        const files = await Promise.all(pending);
        const sum = (type: string) => files.filter((f) => f.type === type).reduce((n, f) => n + f.gzip, 0);
        out.push({
          page: page.name,
          lang,
          js: sum('script'),
          css: sum('stylesheet'),
          files: files.map((f) => ({ url: f.url.replace(baseUrl, ''), gzip: f.gzip })),
          budget: page.budgetKb * 1024,
        });
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}

interface Scores {
  page: string;
  lang: string;
  performance: number[];
  accessibility: number[];
  metrics: Record<string, number[]>;
  failing: Set<string>;
}

const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
] as const;

/** One Lighthouse run in a fresh Chromium; a run that errors (a busy machine) is tried again, twice. */
async function audit(chromePath: string, url: string) {
  for (let attempt = 1; ; attempt++) {
    const chrome = await launchChrome({
      chromePath,
      chromeFlags: [...CHROMIUM_ARGS.filter((f) => f !== '--headless'), '--headless=new'],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const lhr = result?.lhr;
      if (lhr && typeof lhr.categories.performance?.score === 'number' && !lhr.runtimeError) return lhr;
      if (attempt >= 3)
        throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
    } finally {
      chrome.kill();
    }
  }
}

async function lighthouseScores(chromePath: string, baseUrl: string): Promise<Scores[]> {
  const out: Scores[] = [];
  for (const page of PAGES) {
    for (const lang of LANGS) {
      if (ONLY && !ONLY.includes(`${page.name}-${lang}`)) continue;
      const url = `${baseUrl}${page.path}?lang=${lang}`;
      const scores: Scores = {
        page: page.name,
        lang,
        performance: [],
        accessibility: [],
        metrics: Object.fromEntries(METRICS.map(([name]) => [name, []])),
        failing: new Set(),
      };
      for (let run = 0; run < RUNS; run++) {
        const lhr = await audit(chromePath, url);
        const { categories, audits } = lhr;
        if (LHR_DIR) {
          mkdirSync(LHR_DIR, { recursive: true });
          writeFileSync(`${LHR_DIR}/${page.name}-${lang}-${run + 1}.json`, JSON.stringify(lhr));
        }
        scores.performance.push(Math.round((categories.performance?.score ?? 0) * 100));
        scores.accessibility.push(Math.round((categories.accessibility?.score ?? 0) * 100));
        for (const [name, id] of METRICS) scores.metrics[name]!.push(audits[id]?.numericValue ?? 0);
        for (const ref of categories.accessibility?.auditRefs ?? []) {
          const a = audits[ref.id];
          if (a && a.score !== null && a.score < 1) scores.failing.add(a.id);
        }
      }
      out.push(scores);
      process.stdout.write('.');
    }
  }
  process.stdout.write('\n');
  return out;
}

async function main(): Promise<void> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH).');
  if (!existsSync(`${REPO_ROOT}apps/web/dist/index.html`)) {
    console.log('apps/web/dist is missing: building the reader first…');
    execFileSync('npm', ['run', 'build', '-w', '@reperes/web'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }

  const server = await startServer();
  try {
    console.log(`Reader first views — ${load()} at the start`);

    const bytes = ONLY ? [] : await firstViewBytes(chromePath, server.url);
    console.log('\n1. JS + CSS downloaded by the first view (gzip -9 of each response, fresh profile)\n');
    console.log(
      table([
        ['page', 'lang', 'JS', 'CSS', 'total', 'files', 'budget', ''],
        ...bytes.map((b) => [
          b.page,
          b.lang,
          kb(b.js),
          kb(b.css),
          kb(b.js + b.css),
          String(b.files.length),
          kb(b.budget),
          b.js + b.css <= b.budget ? 'ok' : 'OVER',
        ]),
      ]),
    );
    if (VERBOSE) {
      for (const b of bytes) {
        console.log(`\n  ${b.page} ${b.lang}:`);
        for (const f of [...b.files].sort((x, y) => y.gzip - x.gzip))
          console.log(`    ${kb(f.gzip).padStart(8)}  ${f.url}`);
      }
    }

    process.stdout.write(`\n2. Lighthouse 12, mobile (median of ${RUNS} run${RUNS > 1 ? 's' : ''}) `);
    const scores = await lighthouseScores(chromePath, server.url);
    const ms = (v: number) => `${Math.round(v)} ms`;
    console.log(
      `\n${table([
        ['page', 'lang', 'perf', 'runs', 'a11y', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', ''],
        ...scores.map((s) => {
          const perf = median(s.performance);
          const a11y = median(s.accessibility);
          const m = (name: string) => median(s.metrics[name]!);
          return [
            s.page,
            s.lang,
            String(perf),
            s.performance.join('/'),
            String(a11y),
            ms(m('FCP')),
            ms(m('LCP')),
            ms(m('TBT')),
            m('CLS').toFixed(3),
            ms(m('SI')),
            perf >= TARGETS.performance && a11y >= TARGETS.accessibility ? 'ok' : 'MISSED',
          ];
        }),
      ])}`,
    );
    for (const s of scores.filter((x) => x.failing.size))
      console.log(
        `  ${s.page} ${s.lang}: accessibility audits failing in some run: ${[...s.failing].join(', ')}`,
      );
    console.log(`  (${load()} at the end)`);

    const failures = [
      ...bytes
        .filter((b) => b.js + b.css > b.budget)
        .map((b) => `${b.page} ${b.lang}: ${kb(b.js + b.css)} over ${kb(b.budget)}`),
      ...scores
        .filter((s) => median(s.performance) < TARGETS.performance)
        .map((s) => `${s.page} ${s.lang}: performance ${median(s.performance)} < ${TARGETS.performance}`),
      ...scores
        .filter((s) => median(s.accessibility) < TARGETS.accessibility)
        .map(
          (s) => `${s.page} ${s.lang}: accessibility ${median(s.accessibility)} < ${TARGETS.accessibility}`,
        ),
    ];
    console.log(
      failures.length
        ? `\nTargets missed:\n  ${failures.join('\n  ')}`
        : `\nAll targets met: home ≤ 70 KB, fiche ≤ 90 KB, performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}.`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
