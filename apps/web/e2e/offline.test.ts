import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  PackManifest,
  PackSyncRequest,
  PackSyncResponse,
  ResolvedFiche,
  ThemeList,
} from '@reperes/shared/schemas/api';
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

/** Moves the stored pack's sync cursor, as a device would hold after the server's database was restored. */
function setStoredCursor(page: Page, cursor: number): Promise<void> {
  return page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('reperes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('packs', 'readwrite');
          const store = tx.objectStore('packs');
          const get = store.get('ar');
          get.onsuccess = () => store.put({ ...(get.result as object), cursor: value });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    cursor,
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

  /** Pages of earlier tests would sync too (their connection probe sees the server come back). */
  async function closeOtherPages(): Promise<void> {
    await Promise.all(context.pages().map((p) => p.close()));
  }

  it('syncs exactly the one changed fiche when the server is back, and shows its new text', async () => {
    await closeOtherPages();
    await server.start();
    const newText = `Texte modifié pendant que le lecteur était hors ligne (${Date.now()}).`;
    const changedId = await changeAndPublish(server.mongoUri, CHANGED_SLUG, newText);
    const manifest = (await (await fetch(`${server.url}/api/v1/packs/ar/manifest`)).json()) as PackManifest;

    const page = await newPage();
    // Observed, not intercepted (request interception changes how Chromium routes the requests of a page
    // its service worker controls): every API request the page makes, with what it sent.
    const apiRequests: { path: string; method: string; sent: string }[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/'))
        apiRequests.push({ path, method: request.method(), sent: request.postData() ?? '' });
    });
    // What the device holds before the app runs: read from a same-origin page that is not the app.
    await page.goto(`${server.url}/api/v1/health/live`);
    const before = await storedPack(page);
    await page.goto(`${server.url}/`);
    // The sync is done when the device holds the server's pack.
    await expect.poll(async () => (await storedPack(page)).hash, { timeout: 30_000 }).toBe(manifest.hash);
    const after = await storedPack(page);
    // The home page's list revalidates the pack as it loads; the background catch-up starts once the page
    // has settled, 5 s after the load at the latest (main.ts): it must not check the pack a second time.
    await page.waitForTimeout(6_000);
    const changed = after.fiches.filter((f) => !before.fiches.includes(f));
    expect(changed.map((f) => f.split(':')[0])).toEqual([changedId]);
    expect(after.fiches).toHaveLength(before.fiches.length);

    // No other fiche travelled: the only document requests are the manifest check and one delta sync,
    // which carries the cursor of the last sync, not the list of what the device holds.
    const documentRequests = apiRequests.filter(
      (r) => r.path.startsWith('/api/v1/fiches/') || r.path.startsWith('/api/v1/packs/'),
    );
    expect(
      documentRequests.map((r) => `${r.method} ${r.path}`).filter((r) => !r.endsWith('/health/live')),
    ).toEqual(['HEAD /api/v1/packs/ar/manifest', 'POST /api/v1/packs/ar/sync']);
    const sent = JSON.parse(documentRequests[1]!.sent) as PackSyncRequest;
    expect(sent.have).toBeUndefined();
    expect(sent.since).toBeGreaterThan(0);
    expect(documentRequests[1]!.sent.length).toBeLessThan(100);
    // What the server answers to that request: the one changed fiche, nothing removed, themes unchanged.
    const answer = (await (
      await fetch(`${server.url}/api/v1/packs/ar/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: documentRequests[1]!.sent,
      })
    ).json()) as PackSyncResponse;
    expect(answer.upserts.map((d) => d.id)).toEqual([changedId]);
    expect(answer.removed).toEqual([]);
    expect(answer.themes).toBeUndefined();

    await page.goto(`${server.url}/fiche/${CHANGED_SLUG}`);
    await page.getByText(newText).waitFor();

    await page.goto(`${server.url}/offline`);
    await page.getByTestId('pack-ar').getByTestId('last-synced').waitFor();
    expect(problems).toEqual([]);
  });

  it('falls back to a full sync when a delta would not give the device the server pack', async () => {
    await closeOtherPages();
    const newText = `Deuxième changement (${Date.now()}).`;
    const changedId = await changeAndPublish(server.mongoUri, CHANGED_SLUG, newText);
    const manifest = (await (await fetch(`${server.url}/api/v1/packs/ar/manifest`)).json()) as PackManifest;
    const page = await newPage();
    await page.goto(`${server.url}/api/v1/health/live`);
    // A cursor the server never gave (its database was restored from an older backup, say): the delta
    // from it is empty, its pack hash differs, and the device must not believe it is current.
    await setStoredCursor(page, 1_000_000);
    const before = await storedPack(page);
    const syncs: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/packs/ar/sync')) syncs.push(request.postData() ?? '');
    });
    await page.goto(`${server.url}/`);
    await expect.poll(async () => (await storedPack(page)).hash, { timeout: 30_000 }).toBe(manifest.hash);
    const after = await storedPack(page);
    expect(after.fiches.filter((f) => !before.fiches.includes(f)).map((f) => f.split(':')[0])).toEqual([
      changedId,
    ]);
    const sent = syncs.map((body) => JSON.parse(body) as PackSyncRequest);
    expect(sent).toHaveLength(2);
    expect(sent[0]!.since).toBe(1_000_000);
    expect(Object.keys(sent[1]!.have ?? {})).toHaveLength(26);
    await page.goto(`${server.url}/fiche/${CHANGED_SLUG}`);
    await page.getByText(newText).waitFor();
    expect(problems).toEqual([]);
  });
});
