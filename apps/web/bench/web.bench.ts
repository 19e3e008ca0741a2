/**
 * `npm run bench:web`: what the reader's first views cost (issue 4 "done when").
 *
 * 1. Bytes: the JS and CSS the browser downloads for the first view of the home page and of a fiche
 *    (fresh profile, no service worker yet), read from headless Chromium's network log, each response
 *    gzipped (level 9) here so the figure does not depend on the server's compression.
 *    Budgets: home ≤ 70 KB, fiche ≤ 90 KB.
 * 2. Lighthouse 12 (mobile defaults: simulated slow 4G and CPU throttling, Moto G-class screen) for both
 *    pages in French and Arabic: performance (≥ 95) and accessibility (100). Median of BENCH_RUNS runs
 *    (default 3): the machine is shared and noisy.
 *
 * Needs the built apps (`npm run build`; built here if apps/web/dist is missing) and Chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH).');
  if (!existsSync(`${REPO_ROOT}apps/web/dist/index.html`)) {
    console.log('apps/web/dist is missing: building the reader first…');
    execFileSync('npm', ['run', 'build', '-w', '@reperes/web'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }

  const server = await startServer();
  try {
    // ---- 1. Bytes of the first view -------------------------------------------------------------
    console.log('\nFirst view: JS + CSS downloaded (gzip -9 of each response), fresh profile');
    const browser = await launchBrowser(chromePath);
    const bytes: { page: string; lang: string; files: number; gzip: number; budget: number }[] = [];
    try {
      for (const page of PAGES) {
        for (const lang of LANGS) {
          const context = await browser.newContext({
            locale: lang === 'ar' ? 'ar' : 'fr-FR',
            viewport: { width: 412, height: 823 },
          });
          const tab = await context.newPage();
          const pending: Promise<number>[] = [];
          const files = new Set<string>();
          tab.on('response', (response) => {
            const type = response.request().resourceType();
            if ((type !== 'script' && type !== 'stylesheet') || files.has(response.url())) return;
            files.add(response.url());
            pending.push(
              response
                .body()
                .then((body) => gzipSync(body, { level: 9 }).length)
                .catch(() => 0),
            );
          });
          // The French first visit is the plain URL (language chooser shown); Arabic comes from a shared link.
          const url = `${server.url}${page.path}${lang === 'fr' ? '' : `?lang=${lang}`}`;
          await tab.goto(url, { waitUntil: 'networkidle' });
          await tab.waitForTimeout(1_500); // what loads after the first paint (service worker registration…)
          const total = (await Promise.all(pending)).reduce((a, b) => a + b, 0);
          bytes.push({ page: page.name, lang, files: files.size, gzip: total, budget: page.budgetKb * 1024 });
          await context.close();
        }
      }
    } finally {
      await browser.close();
    }
    for (const b of bytes) {
      const verdict = b.gzip <= b.budget ? 'ok' : 'OVER BUDGET';
      console.log(
        `  ${b.page.padEnd(6)} ${b.lang}  ${kb(b.gzip).padStart(9)}  (${b.files} files, budget ${kb(b.budget)}) ${verdict}`,
      );
    }

    // ---- 2. Lighthouse, mobile ------------------------------------------------------------------
    console.log(`\nLighthouse ${RUNS > 1 ? `(median of ${RUNS} runs)` : ''} — mobile, simulated throttling`);
    const chrome = await launchChrome({
      chromePath,
      chromeFlags: [...CHROMIUM_ARGS.filter((f) => f !== '--headless'), '--headless=new'],
    });
    const scores: { page: string; lang: string; performance: number; accessibility: number; lcp: number }[] =
      [];
    try {
      for (const page of PAGES) {
        for (const lang of LANGS) {
          const url = `${server.url}${page.path}?lang=${lang}`;
          const perf: number[] = [];
          const a11y: number[] = [];
          const lcp: number[] = [];
          const details: string[] = [];
          for (let run = 0; run < RUNS; run++) {
            const result = await lighthouse(url, {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility'],
            });
            if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
            const { categories, audits } = result.lhr;
            perf.push(Math.round((categories.performance?.score ?? 0) * 100));
            a11y.push(Math.round((categories.accessibility?.score ?? 0) * 100));
            lcp.push(audits['largest-contentful-paint']?.numericValue ?? 0);
            const metric = (id: string, unit: 's' | 'ms' | '') => {
              const v = audits[id]?.numericValue ?? 0;
              return unit === 's'
                ? `${(v / 1000).toFixed(2)} s`
                : unit === 'ms'
                  ? `${Math.round(v)} ms`
                  : v.toFixed(3);
            };
            details.push(
              `FCP ${metric('first-contentful-paint', 's')}, LCP ${metric('largest-contentful-paint', 's')}, ` +
                `TBT ${metric('total-blocking-time', 'ms')}, CLS ${metric('cumulative-layout-shift', '')}, ` +
                `SI ${metric('speed-index', 's')}`,
            );
            const failing = Object.values(audits).filter(
              (a) =>
                a.score !== null &&
                a.score < 1 &&
                categories.accessibility?.auditRefs.some((r) => r.id === a.id),
            );
            if (failing.length)
              console.log(
                `    ${page.name} ${lang}: accessibility audits failing: ${failing.map((a) => a.id).join(', ')}`,
              );
          }
          scores.push({
            page: page.name,
            lang,
            performance: median(perf),
            accessibility: median(a11y),
            lcp: median(lcp),
          });
          console.log(
            `  ${page.name.padEnd(6)} ${lang}  performance ${String(median(perf)).padStart(3)} [${perf.join(', ')}]  accessibility ${median(a11y)}  LCP ${(median(lcp) / 1000).toFixed(2)} s`,
          );
        }
      }
    } finally {
      chrome.kill();
    }

    const failures = [
      ...bytes
        .filter((b) => b.gzip > b.budget)
        .map((b) => `${b.page} ${b.lang}: ${kb(b.gzip)} over ${kb(b.budget)}`),
      ...scores
        .filter((s) => s.performance < 95)
        .map((s) => `${s.page} ${s.lang}: performance ${s.performance} < 95`),
      ...scores
        .filter((s) => s.accessibility < 100)
        .map((s) => `${s.page} ${s.lang}: accessibility ${s.accessibility} < 100`),
    ];
    console.log(failures.length ? `\nTargets missed:\n  ${failures.join('\n  ')}` : '\nAll targets met.');
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
