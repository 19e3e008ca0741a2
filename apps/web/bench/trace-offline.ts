// Diagnostic, not a bench (issue 5): where the time goes between navigation and the painted fiche h1,
// offline, ar pack stored (build first).
//   node --import tsx apps/web/bench/trace-offline.ts [path]
//     traces one navigation into /tmp/perf/trace.json (timeline, v8 compile, CPU samples) and prints the
//     page's navigation and resource timing (what the service worker answered, when);
//   RUNS=11 node --import tsx apps/web/bench/trace-offline.ts [path]
//     quick A/B: median paint of [path] and of the not-found page (as bench:offline measures them), without
//     the pack tables and the 1,000-fiche corpus.
//   Options: NEW_TAB=1 (each navigation in a new tab, as bench:offline), LIGHT=1 (no compile events, no CPU
//   samples), FRESH=1 (drops the page snapshots before each navigation: a fiche's first opening),
//   DEBUG_MARKS=1 (marks, paints and long animation frames of each run), CATS=a,b (more trace
//   categories), FRAME=1 (the frame pipeline: compositor, raster, viz and GPU, and every thread's top-level
//   tasks with their CPU time, to see what the first frame waits for after the main thread is done).
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../e2e/support/browser';
import { createRestartableServer } from '../e2e/support/restartable-server';
import { SNAPSHOT_CACHE } from '../src/data/snapshots';

const PATH = process.argv[2] ?? '/fiche/demander-l-asile';
const server = await createRestartableServer({ inMemory: true, env: { LOG_LEVEL: 'error' } });
await server.start();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ locale: 'ar' });
  context.setDefaultTimeout(60_000);
  await context.addInitScript(() => {
    try {
      localStorage.setItem('reperes.language', 'ar');
    } catch {
      /* about:blank */
    }
    const w = window as unknown as { __marks: Record<string, number> };
    w.__marks = {};
    const observer = new MutationObserver(() => {
      const h1 = document.querySelector('h1');
      const text = h1?.textContent?.trim() ?? '';
      if (text && !w.__marks[`h1:${text}`]) {
        w.__marks[`h1:${text}`] = performance.now();
        requestAnimationFrame(() => (w.__marks[`painted:${text}`] = performance.now()));
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/offline`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByRole('checkbox', { name: 'العربية' }).check();
  await page.getByRole('button', { name: /^تنزيل \(/ }).click();
  await page.getByTestId('pack-ar').getByTestId('last-synced').waitFor({ timeout: 120_000 });
  await context.setOffline(true);
  const summaries: unknown[] = [];
  const runs = Number(process.env.RUNS ?? 0);
  const times: Record<string, number[]> = {};
  for (let i = 0; i < runs + 2; i += 1) {
    for (const path of [PATH, '/no/such/page']) {
      // NEW_TAB=1: each navigation in a new tab, so the time does not include tearing down the last page.
      if (process.env.FRESH) await page.evaluate((name) => caches.delete(name), SNAPSHOT_CACHE);
      const tab = process.env.NEW_TAB ? await context.newPage() : page;
      if (!process.env.NEW_TAB) await page.goto('about:blank');
      await tab.goto(`${server.url}${path}`);
      const ms = await tab.waitForFunction(() => {
        const marks = (window as unknown as { __marks: Record<string, number> }).__marks;
        for (const [k, v] of Object.entries(marks))
          if (k.startsWith('painted:') && !k.includes('…')) return v;
        return undefined;
      });
      const fcp = await tab.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      );
      if (i >= 2) {
        (times[path] ??= []).push((await ms.jsonValue()) as number);
        (times[`${path} FCP`] ??= []).push((await fcp.jsonValue()) as number);
      }
      if (process.env.DEBUG_MARKS)
        console.log(
          path,
          JSON.stringify(await tab.evaluate(() => (window as unknown as { __marks: unknown }).__marks)),
          await tab.evaluate(() =>
            performance
              .getEntriesByType('paint')
              .map((p) => Math.round(p.startTime))
              .join(','),
          ),
          await tab.evaluate(`(() => {
            const nav = performance.getEntriesByType('navigation')[0];
            const r = Math.round;
            const frames = performance.getEntriesByType('long-animation-frame').map((f) =>
              'LoAF ' + r(f.startTime) + '+' + r(f.duration) + ' render@' + r(f.renderStart) + ' layout@' + r(f.styleAndLayoutStart) +
              ' [' + f.scripts.map((s) => s.invokerType + ':' + (s.sourceURL || '').split('/').pop() + ' ' + r(s.duration)).join(', ') + ']');
            return 'nav ' + [nav.workerStart, nav.responseStart, nav.responseEnd, nav.domInteractive, nav.domContentLoadedEventEnd].map(r).join(' ') + ' | ' + frames.join(' | ');
          })()`),
        );
      if (process.env.NEW_TAB) {
        await tab.waitForTimeout(500);
        await tab.close();
      }
    }
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [path, xs] of Object.entries(times))
    console.log(
      `${path}: median ${med(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`,
    );
  if (!runs) {
    for (let i = 0; i < 6; i += 1) {
      if (process.env.FRESH) await page.evaluate((name) => caches.delete(name), SNAPSHOT_CACHE);
      if (!process.env.NEW_TAB) await page.goto('about:blank');
      const tracing = i === 5;
      if (tracing)
        // The whole browser: with NEW_TAB the tab is opened while tracing runs.
        await browser.startTracing(process.env.NEW_TAB ? undefined : page, {
          screenshots: false,
          categories: [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'v8.execute',
            'blink.user_timing',
            'loading',
            'navigation',
            'ServiceWorker',
            // LIGHT=1: timings closer to an untraced run (no compile events, no CPU samples).
            ...(process.env.LIGHT
              ? []
              : ['disabled-by-default-v8.compile', 'disabled-by-default-v8.cpu_profiler']),
            ...(process.env.FRAME
              ? ['disabled-by-default-devtools.timeline.frame', 'toplevel', 'cc', 'viz', 'gpu', 'benchmark']
              : []),
            ...(process.env.CATS ? process.env.CATS.split(',') : []),
          ],
        });
      const tab = process.env.NEW_TAB ? await context.newPage() : page;
      await tab.goto(`${server.url}${PATH}`);
      await tab.waitForFunction(() =>
        Object.keys((window as unknown as { __marks: Record<string, number> }).__marks).some(
          (k) => k.startsWith('painted:') && !k.includes('…') && !k.includes('...'),
        ),
      );
      await tab.waitForTimeout(300);
      const summary = await tab.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        marks: window.__marks,
        nav: [nav.workerStart, nav.fetchStart, nav.responseStart, nav.responseEnd, nav.domInteractive, nav.domContentLoadedEventEnd].map(Math.round).join(' '),
        resources: performance.getEntriesByType('resource').map((t) =>
          Math.round(t.startTime) + '→' + Math.round(t.responseEnd) + ' (worker ' + Math.round(t.workerStart) + ') ' + t.name.replace(location.origin, '')),
        paints: performance.getEntriesByType('paint').map((p) => p.name + ' ' + Math.round(p.startTime)),
      };
    })()`);
      summaries.push(summary);
      if (tracing) {
        const buffer = await browser.stopTracing();
        mkdirSync('/tmp/perf', { recursive: true });
        writeFileSync('/tmp/perf/trace.json', buffer);
      }
      if (process.env.NEW_TAB) await tab.close();
    }
    console.log(JSON.stringify(summaries.slice(-2), null, 1));
  }
} finally {
  await browser.close();
  await server.dispose();
}
