// Diagnostic, not a bench: the reader's first view seen from the main thread, steadier than Lighthouse on
// a busy machine. Loads a page N times (fresh context each time: no service worker, no storage), traces
// it, and sums, for the renderer's main-thread tasks after the main script's evaluation, the CPU time
// (thread time, not wall time: what another process takes does not count) beyond 12.5 ms: at Lighthouse's
// 4× slowdown that is what a task adds to total blocking time (tasks over 50 ms). Build first; WEB_DIST
// points the server at another build (e.g. an A/B).
//   node --import tsx apps/web/bench/main-thread.ts [path?lang=xx] [runs]
import { launchBrowser } from '../e2e/support/browser';
import { startServer } from '../e2e/support/server';

const PATH = process.argv[2] ?? '/fiche/demander-l-asile?lang=fr';
const RUNS = Number(process.argv[3] ?? 5);
const SLOWDOWN = 4;
const LIMIT_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string }; beginData?: { url?: string } };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await startServer();
const browser = await launchBrowser();
try {
  const blocking: number[] = [];
  const busy: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const lang = /lang=(\w+)/.exec(PATH)?.[1] ?? 'fr';
    const context = await browser.newContext({
      locale: lang === 'ar' ? 'ar' : 'fr-FR',
      viewport: { width: 412, height: 823 },
    });
    const page = await context.newPage();
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'],
    });
    await page.goto(`${server.url}${PATH}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500);
    const raw = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    await context.close();
    const events = raw.traceEvents;
    const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const tasksOf = (m: TraceEvent) =>
      events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask' && e.ph === 'X');
    const total = (m: TraceEvent) => tasksOf(m).reduce((n, e) => n + (e.tdur ?? 0), 0);
    // The page's renderer: the one that parsed its HTML (Chromium's own pages run in others).
    const renderer = events.find(
      (e) => e.name === 'ParseHTML' && JSON.stringify(e.args ?? {}).includes(server.url),
    )?.pid;
    const main = mains.find((m) => m.pid === renderer) ?? mains.sort((a, b) => total(b) - total(a))[0]!;
    const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
    // The main script: the first task evaluating a module of /assets/index-*.js.
    const evaluation = own.find((e) => e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript');
    const tasks = tasksOf(main).filter((t) => !evaluation || t.ts > evaluation.ts);
    let sum = 0;
    const long: string[] = [];
    for (const t of tasks) {
      const ms = (t.tdur ?? t.dur ?? 0) / 1000;
      const excess = ms * SLOWDOWN - LIMIT_MS;
      if (excess <= 0) continue;
      sum += excess;
      const inside = own
        .filter(
          (e) =>
            e.ts >= t.ts &&
            e.ts <= t.ts + (t.dur ?? 0) &&
            [
              'FunctionCall',
              'TimerFire',
              'RunMicrotasks',
              'Layout',
              'UpdateLayoutTree',
              'Paint',
              'v8.evaluateModule',
              'FireAnimationFrame',
              'ParseHTML',
            ].includes(e.name),
        )
        .map(
          (e) =>
            `${e.name}${e.args?.data?.functionName ? `:${e.args.data.functionName}` : ''} ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(0)}`,
        )
        .slice(0, 4)
        .join(', ');
      long.push(`${ms.toFixed(1)} ms (${inside})`);
    }
    blocking.push(sum);
    busy.push(tasks.reduce((n, t) => n + (t.tdur ?? 0) / 1000, 0));
    console.log(
      `run ${run + 1}: blocking ${sum.toFixed(0)} ms at ${SLOWDOWN}×, main thread ${busy.at(-1)!.toFixed(0)} ms; tasks ≥ 12.5 ms: ${long.join(' | ')}`,
    );
  }
  console.log(
    `${PATH}: median blocking ${median(blocking).toFixed(0)} ms at ${SLOWDOWN}×, median main-thread CPU after the main script ${median(busy).toFixed(0)} ms (${RUNS} runs)`,
  );
} finally {
  await browser.close();
  await server.stop();
}
