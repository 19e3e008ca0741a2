import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PackSyncResponse, ResolvedFiche, ThemeList } from '@reperes/shared/schemas/api';
import { describeBrowser } from './support/browser';
import { changeAndPublish } from './support/content';
import { createRestartableServer, type RestartableServer } from './support/restartable-server';

// Issue 5, "Done when": one reader journey in Arabic. The tests share one browser context (its service
// worker and IndexedDB) and run in order: download the pack → read offline → server stopped → server
// back with one fiche changed → delta sync. Needs `npm run build` first.

const READ_SLUG = 'demander-l-asile';
// Not translated into Arabic: the reader sees the French text, so a French change shows on the page.
const CHANGED_SLUG = 'point-conseil-budget';

/** Chromium reports refused or offline requests as console errors: expected here, not a problem. */
const isNetworkNoise = (line: string) =>
  /net::ERR_|Failed to load resource|Failed to fetch|NetworkError/i.test(line);

/** The stored pack as IndexedDB holds it: its hash, and every fiche id with its hash. */
function storedPack(page: Page): Promise<{ hash: string; fiches: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ hash: string; fiches: string[] }>((resolve, reject) => {
        const open = indexedDB.open('reperes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['packs', 'cards']);
          const pack = tx.objectStore('packs').get('ar');
          const cards = tx.objectStore('cards').getAll(IDBKeyRange.bound(['ar', ''], ['ar', '\uffff']));
          tx.oncomplete = () => {
            const list = cards.result as { id: string; hash: string }[];
            resolve({
              hash: (pack.result as { hash: string }).hash,
              fiches: list.map((c) => `${c.id}:${c.hash}`).sort(),
            });
            open.result.close();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

describeBrowser('reading offline with a language pack', ({ browser }) => {
  let server: RestartableServer;
  let context: BrowserContext;
  let fiche: ResolvedFiche;
  let themes: ThemeList;
  const problems: string[] = [];

  async function newPage(): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !isNetworkNoise(message.text())) {
        problems.push(`console.error: ${message.text()}`);
      }
    });
    return page;
  }

  async function controlled(page: Page): Promise<void> {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }

  beforeAll(async () => {
    server = await createRestartableServer();
    await server.start();
    fiche = (await (await fetch(`${server.url}/api/v1/fiches/${READ_SLUG}?lang=ar`)).json()) as ResolvedFiche;
    themes = (await (await fetch(`${server.url}/api/v1/themes?lang=ar`)).json()) as ThemeList;
    context = await browser().newContext({ locale: 'ar' });
    context.setDefaultTimeout(15_000);
    // An Arabic reader who already chose their language (the chooser has its own tests).
    await context.addInitScript(() => {
      if (!localStorage.getItem('reperes.language')) localStorage.setItem('reperes.language', 'ar');
    });
  });
  afterAll(async () => {
    await context?.close();
    await server?.dispose();
  });

  it('shows the size before downloading, the progress, then the stored pack and storage figures', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/offline`);
    await controlled(page);
    await page.getByRole('heading', { level: 1, name: 'متاح دون اتصال' }).waitFor();

    await page.getByRole('checkbox', { name: 'العربية' }).check();
    const arabic = page.getByTestId('pack-ar');
    await arabic.getByText(/^الحجم: /).waitFor();
    const download = page.getByRole('button', { name: /^تنزيل \(/ });
    expect(await download.isEnabled()).toBe(true);

    // Held back a moment, so the progress shows even on a fast local server.
    await page.route('**/api/v1/packs/ar/sync', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await download.click();
    await arabic.getByRole('progressbar', { name: 'العربية' }).waitFor();
    await arabic.getByText('عدد البطاقات: 26').waitFor();
    await page.unroute('**/api/v1/packs/ar/sync');
    expect(await arabic.getByRole('progressbar').count()).toBe(0);
    await arabic.getByTestId('last-synced').waitFor();
    expect(await arabic.getByRole('button', { name: 'تحديث' }).isVisible()).toBe(true);
    const storage = await page.getByTestId('storage').innerText();
    expect(storage).toMatch(/المساحة التي يستخدمها Repères: /);
    expect(storage).toMatch(/المساحة الحرة المتبقية: /);
    expect(problems).toEqual([]);
  });

  it('keeps the stored pack whole when a sync breaks off half-way', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/offline`);
    const arabic = page.getByTestId('pack-ar');
    await arabic.getByTestId('last-synced').waitFor();
    const before = await storedPack(page);
    // The manifest says the pack changed; the sync answer is cut in the middle of a document.
    await page.route('**/api/v1/packs/ar/manifest', (route) =>
      route.request().method() === 'HEAD' ? route.fulfill({ status: 200 }) : route.continue(),
    );
    await page.route('**/api/v1/packs/ar/sync', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      await route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
    });
    await arabic.getByRole('button', { name: 'تحديث' }).click();
    await arabic.getByText('فشل التحديث، لكن البطاقات المحفوظة ما زالت متاحة.').waitFor();
    await page.unrouteAll();

    expect(await storedPack(page)).toEqual(before);
    await page.goto(`${server.url}/fiche/${READ_SLUG}`);
    await page.getByRole('heading', { level: 1, name: fiche.header.title }).waitFor();
    expect(problems).toEqual([]);
  });

  it('opens home, a theme, a fiche, its bilingual view and search with the connection gone', async () => {
    await context.setOffline(true);
    const page = await newPage();
    const theme = themes.themes.find((t) => t.id === fiche.mainTheme)!;

    await page.goto(`${server.url}/`);
    await page.getByTestId('offline-banner').waitFor();
    expect(await page.getByTestId('offline-banner').innerText()).toContain('أنت غير متصل بالإنترنت');
    await page.getByRole('link', { name: theme.name }).first().waitFor();

    await page.goto(`${server.url}/theme/${theme.id}`);
    await page.getByRole('heading', { level: 1, name: theme.name }).waitFor();
    await page.getByRole('link', { name: fiche.header.title }).first().waitFor();

    await page.getByRole('link', { name: fiche.header.title }).first().click();
    await page.getByRole('heading', { level: 1, name: fiche.header.title }).waitFor();
    expect(page.url()).toBe(`${server.url}/fiche/${READ_SLUG}`);

    await page.goto(`${server.url}/fiche/${READ_SLUG}/bilingual`);
    await page.getByText(fiche.header.french!.title).first().waitFor();
    await page.getByText(fiche.header.title).first().waitFor();

    await page.goto(`${server.url}/search?q=${encodeURIComponent('OFPRA')}`);
    await page.getByRole('link', { name: fiche.header.title }).first().waitFor();
    expect(problems).toEqual([]);
  });

  it('still opens a new page, deep links included, once the server process is stopped', async () => {
    await server.stop();
    await context.setOffline(false);
    const page = await newPage();
    await page.goto(`${server.url}/fiche/${READ_SLUG}`);
    await page.getByRole('heading', { level: 1, name: fiche.header.title }).waitFor();
    // The browser says "online" but the API does not answer: the banner says offline all the same.
    await page.getByTestId('offline-banner').waitFor();

    await page.goto(`${server.url}/theme/${fiche.mainTheme}`);
    await page.getByRole('link', { name: fiche.header.title }).first().waitFor();
    expect(problems).toEqual([]);
  });

  it('syncs exactly the one changed fiche when the server is back, and shows its new text', async () => {
    await server.start();
    const newText = `Texte modifié pendant que le lecteur était hors ligne (${Date.now()}).`;
    const changedId = await changeAndPublish(server.mongoUri, CHANGED_SLUG, newText);

    const page = await newPage();
    const apiRequests: Request[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request);
    });
    // Passed through untouched; the route only keeps a copy of what went each way.
    let syncResponse: ((value: { sent: string; status: number; body: string }) => void) | undefined;
    const synced = new Promise<{ sent: string; status: number; body: string }>((r) => (syncResponse = r));
    await page.route('**/api/v1/packs/ar/sync', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      await route.fulfill({ response, body });
      syncResponse?.({ sent: route.request().postData() ?? '', status: response.status(), body });
    });
    await page.goto(`${server.url}/`);
    const exchange = await synced;
    expect(exchange.status).toBe(200);
    const body = JSON.parse(exchange.body) as PackSyncResponse;
    expect(body.upserts.map((d) => d.id)).toEqual([changedId]);
    expect(body.removed).toEqual([]);
    expect(body.themes).toBeUndefined();
    const sent = JSON.parse(exchange.sent) as { have: Record<string, string> };
    expect(Object.keys(sent.have)).toHaveLength(26);

    // No other fiche travelled: the only document requests are the manifest check and the sync.
    const fichePaths = apiRequests
      .map((r) => new URL(r.url()).pathname)
      .filter((p) => p.startsWith('/api/v1/fiches/') || p.startsWith('/api/v1/packs/'));
    expect(fichePaths.sort()).toEqual(['/api/v1/packs/ar/manifest', '/api/v1/packs/ar/sync']);

    await page.goto(`${server.url}/fiche/${CHANGED_SLUG}`);
    await page.getByText(newText).waitFor();

    await page.goto(`${server.url}/offline`);
    await page.getByTestId('pack-ar').getByTestId('last-synced').waitFor();
    expect(problems).toEqual([]);
  });
});
