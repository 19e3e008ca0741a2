// Diagnostic, not a bench: where the main thread's time goes during a first view (fresh profile, no service
// worker), with Chromium's CPU throttled 4× like Lighthouse's mobile run. Build first (a build with
// `--minify false` gives readable function names; point the server at it with WEB_DIST).
//   node --import tsx apps/web/bench/profile-first-view.ts [path] [lang]
// prints the tasks longer than 12 ms (unthrottled equivalent of Lighthouse's 50 ms at 4×), the functions
// with the most self time and the most total time, and writes the CPU profile to /tmp/prof/<lang>.cpuprofile.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../e2e/support/browser';
import { startServer } from '../e2e/support/server';

const PATH = process.argv[2] ?? '/fiche/demander-l-asile';
const LANG = process.argv[3] ?? 'fr';
const SLOWDOWN = Number(process.env.SLOWDOWN ?? 4);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({
    locale: LANG === 'ar' ? 'ar' : 'fr-FR',
    viewport: { width: 412, height: 823 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  await page.addInitScript(() => {
    const w = window as unknown as { __tasks: { start: number; duration: number }[] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__tasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
  const tracing = process.env.TRACE === '1';
  if (tracing)
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'blink.user_timing',
        'loading',
      ],
    });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}${PATH}?lang=${LANG}`, { waitUntil: 'load' });
  await page.waitForTimeout(5000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  mkdirSync('/tmp/prof', { recursive: true });
  if (tracing) writeFileSync(`/tmp/prof/${LANG}.trace.json`, await browser.stopTracing());
  writeFileSync(`/tmp/prof/${LANG}.cpuprofile`, JSON.stringify(profile));
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: unknown }).__tasks);
  console.log(`long tasks (≥ 50 ms at ${SLOWDOWN}×):`, JSON.stringify(tasks));

  // Self and total time per function.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000),
  );
  const key = (n: Node) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`;
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  console.log(`\nself time (${SLOWDOWN}×):\n${top(selfBy, 40)}`);
  console.log(`\ntotal time (${SLOWDOWN}×):\n${top(totalBy, 60)}`);
} finally {
  await browser.close();
  await server.stop();
}
