import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MIN_READER_SHELL } from '@reperes/shared/reader-shell';
import { describeBrowser } from './support/browser';
import { createRestartableServer, type RestartableServer } from './support/restartable-server';
import { REPO_ROOT } from './support/server';

// Issue 5 item 5: a new deployment is announced and applied on tap; a shell older than the API's minimum
// asks for the update. The server serves a copy of the built app (WEB_DIST), changed in place to play a
// new deployment. Needs `npm run build` first.

const DIST = process.env.WEB_DIST ?? join(REPO_ROOT, 'apps/web/dist');
const MARKER = '<meta name="reperes-deployment" content="2" />';

async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Plays a deployment: a changed index.html, and its new revision in the worker's precache list. */
function deployNewVersion(dir: string): void {
  const indexPath = join(dir, 'index.html');
  const html = readFileSync(indexPath, 'utf8').replace('</head>', `  ${MARKER}\n  </head>`);
  writeFileSync(indexPath, html);
  const revision = createHash('md5').update(html).digest('hex');
  const swPath = join(dir, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const next = sw.replace(/("revision":")[0-9a-f]+(","url":"index\.html")/, `$1${revision}$2`);
  if (next === sw) throw new Error('index.html was not found in the precache list of sw.js');
  writeFileSync(swPath, next);
}

describeBrowser('updating the app', ({ openPage }) => {
  let server: RestartableServer;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'reperes-web-dist-'));
    cpSync(DIST, dist, { recursive: true });
    server = await createRestartableServer({ inMemory: true, env: { WEB_DIST: dist } });
    await server.start();
  });
  afterAll(async () => {
    await server?.dispose();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('is controlled by its worker after a reload and serves an installable manifest', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/`);
    await controlled(page);
    await page.reload();
    await controlled(page);
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel=manifest]')?.getAttribute('href') ?? '';
      return (await (await fetch(href)).json()) as Record<string, unknown>;
    });
    expect(manifest).toMatchObject({ name: 'Repères', start_url: '/', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const icons = manifest.icons as { sizes: string; purpose?: string }[];
    expect(icons.some((i) => i.purpose?.includes('maskable'))).toBe(true);
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });

  it('asks a shell older than the API minimum to update', async () => {
    // The operator raises the minimum (MIN_READER_SHELL) above the installed shell's version.
    const newer = await createRestartableServer({
      inMemory: true,
      env: { WEB_DIST: dist, MIN_READER_SHELL: '99.0.0' },
    });
    try {
      await newer.start();
      const { page } = await openPage();
      await page.goto(`${newer.url}/`);
      await controlled(page);
      // Any API answer carries the header; the home page asks for the themes.
      await page.getByText('Une nouvelle version de Repères est disponible.').waitFor();
    } finally {
      await newer.dispose();
    }
  });

  it('does not ask the current shell to update', async () => {
    const { page } = await openPage();
    const minimum = new Promise<string | null>((resolve) =>
      page.on('response', (response) => {
        if (response.url().includes('/api/v1/')) resolve(response.headers()['x-reperes-min-shell'] ?? null);
      }),
    );
    await page.goto(`${server.url}/`);
    await controlled(page);
    expect(await minimum).toBe(MIN_READER_SHELL);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByText('Une nouvelle version de Repères est disponible.').count()).toBe(0);
  });

  // Last: it changes the served files for good.
  it('announces a new deployment and applies it on tap', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/`);
    await controlled(page);
    expect(await page.locator('meta[name=reperes-deployment]').count()).toBe(0);

    deployNewVersion(dist);
    await page.reload();
    const prompt = page.getByText('Une nouvelle version de Repères est disponible.');
    await prompt.waitFor();
    // The old shell keeps running until the reader says so.
    expect(await page.locator('meta[name=reperes-deployment]').count()).toBe(0);

    await page.getByRole('button', { name: 'Mettre à jour' }).click();
    await page.waitForFunction(() => document.querySelector('meta[name=reperes-deployment]') !== null);
    await controlled(page);
    expect(await prompt.count()).toBe(0);
  });
});
