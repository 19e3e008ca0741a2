import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FicheList, ResolvedFiche, ThemeList } from '@reperes/shared/schemas/api';
import ar from '../../../locales/ar.json';
import fr from '../../../locales/fr.json';
import { describeBrowser, expectNoAxeViolations } from './support/browser';
import { isNetworkNoise } from './support/reader';
import { startServer, type RunningServer } from './support/server';

/** Once the page's service worker is installed and controls it. */
async function controlledBy(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

// Needs `npm run build` first: the API server serves apps/web/dist and apps/admin/dist.
describeBrowser('reader home page', ({ openPage }) => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('shows the search box, the themes with their icons and the recently updated fiches, in French', async () => {
    const { page, problems } = await openPage();
    const themes = (await (await fetch(`${server.url}/api/v1/themes?lang=fr`)).json()) as ThemeList;
    const recent = (await (
      await fetch(`${server.url}/api/v1/fiches?lang=fr&sort=recent&pageSize=5`)
    ).json()) as FicheList;
    await page.goto(`${server.url}/`);

    await page.getByRole('heading', { level: 1, name: 'Repères' }).waitFor();
    await page.getByRole('searchbox', { name: fr.web.search.label }).waitFor();
    const grid = page.locator('.theme-grid');
    await grid.waitFor();
    expect(await grid.locator('a').count()).toBe(themes.themes.length);
    expect(await grid.locator('svg.theme-icon path').count()).toBe(themes.themes.length);
    for (const theme of themes.themes)
      await grid.getByRole('link', { name: new RegExp(theme.name) }).waitFor();
    await page.getByRole('heading', { level: 2, name: fr.web.home.recentTitle }).waitFor();
    await page.getByRole('link', { name: recent.items[0]!.title }).waitFor();

    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.title()).toBe('Repères');
    expect(problems.filter((p) => !isNetworkNoise(p))).toEqual([]);
  });

  it("draws every language of the chooser by its own name, Tigrinya too on a system without a Ge'ez font", async () => {
    // This machine has no font with Ge'ez letters (`fc-list :charset=1275` is empty): without the cut of
    // those letters (styles/fonts/endonyms.css), "ትግርኛ" was drawn as four empty boxes.
    const { context, page } = await openPage();
    await page.goto(`${server.url}/`);
    const tigrinya = page.getByRole('button', { name: 'ትግርኛ' });
    await tigrinya.waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const drawnWith = async () => {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeId } = await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: 'button[lang="ti"] .endonym',
      });
      return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
    };
    // On a first visit the cut is asked for once the first page is painted (modules/endonym-font.ts), and
    // the name drawn again with it.
    await expect
      .poll(drawnWith)
      .toEqual([
        expect.objectContaining({ familyName: 'Noto Sans Ethiopic', isCustomFont: true, glyphCount: 4 }),
      ]);
    // The cut only: the full Ethiopic font is for Tigrinya pages.
    const loaded = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
    );
    expect(new Set(loaded)).toEqual(new Set(['Reperes Endonyms']));
  });

  it('draws the Latin letters of an Arabic page in its own font, not in the system one', async () => {
    // The title holds acronyms (SPADA, GUDA, OFPRA); the list of languages, names in Latin letters. With
    // Vazirmatn's Arabic cut alone they fell to the system font (DejaVu Sans here): another design in the
    // same line, and lookups through the browser process before the first layout.
    const { context, page } = await openPage({ locale: 'ar' });
    await page.goto(`${server.url}/fiche/demander-l-asile?lang=ar`);
    await page.getByRole('button', { name: 'ትግርኛ' }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const drawnWith = async (selector: string) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.map((font) => `${font.familyName}${font.isCustomFont ? '' : ' (system)'}`);
    };
    expect(await page.locator('h1').textContent()).toMatch(/OFPRA/);
    expect(await drawnWith('h1')).toEqual(['Vazirmatn']);
    expect(await drawnWith('[lang="fr"] .endonym')).toEqual(['Vazirmatn']);
    expect(await drawnWith('[lang="ar"] .endonym')).toEqual(['Vazirmatn']);
  });

  it("does not move a fiche's list of languages when the Ge'ez letters of a name get their font", async () => {
    // The list shows "ትግርኛ" among the Arabic fiche's languages. When the cut of those letters
    // (styles/fonts/endonyms.css) only applied once the first page was painted, every visit drew the name
    // in the system font and then again in the cut: the names beside it moved, under the reader's finger
    // (Lighthouse's layout-shift audit named "Русский"). A device that has had the cut now applies it from
    // the first layout (modules/endonym-font.ts). A phone's width: the right-to-left list wraps there.
    const { page } = await openPage({ viewport: { width: 412, height: 823 }, locale: 'ar' });
    const url = `${server.url}/fiche/demander-l-asile?lang=ar`;
    const settled = async () => {
      await page.getByRole('button', { name: 'ትግርኛ' }).waitFor();
      await page.locator('.fiche-item').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      // Two more frames: a shift is reported for the frame that draws it.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
    };
    // First visit: the cut comes after the first paint, as before (no first paint waits for it).
    await page.goto(url);
    await settled();
    // The reader opens the fiche again.
    await page.goto(url);
    await settled();
    const shifts = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              const shift = entry as PerformanceEntry & { value: number; sources?: { node?: Node }[] };
              const moved = shift.sources?.map((s) => s.node?.textContent?.trim()).join(' | ');
              if (shift.value > 0) seen.push(`${shift.value.toFixed(4)}: ${moved}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
          // The buffered entries come in a task of their own; none at all means no callback.
          setTimeout(() => resolve(seen), 300);
        }),
    );
    expect(shifts).toEqual([]);
  });

  it("dates the recently updated fiches in the reader's language (formatted off the main thread)", async () => {
    const { page, problems } = await openPage();
    const recent = (await (
      await fetch(`${server.url}/api/v1/fiches?lang=ar&sort=recent&pageSize=5`)
    ).json()) as FicheList;
    await page.goto(`${server.url}/?lang=ar`);
    // What the browser's own Intl gives for the first fiche's date, in Arabic (use-format.ts rules).
    const expected = await page.evaluate(
      (iso) => new Intl.DateTimeFormat('ar', { dateStyle: 'long' }).format(new Date(iso)),
      recent.items[0]!.updatedAt,
    );
    const dates = page.locator('.fiche-card__date');
    await dates.first().filter({ hasText: expected }).waitFor();
    expect(await dates.count()).toBe(recent.items.length);
    // Every card gets its date (the worker answers each value once; the cards then show them).
    await page.waitForFunction(
      (n) =>
        [...document.querySelectorAll('.fiche-card__date')].filter((p) =>
          /[0-9٠-٩]{4}/.test(p.textContent ?? ''),
        ).length === n,
      recent.items.length,
    );
    // They came from the format worker (composables/use-format.ts): its script was loaded.
    const workerLoaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').some((r) => /format\.worker-[\w-]+\.js$/.test(r.name)),
    );
    expect(workerLoaded).toBe(true);
    expect(problems.filter((p) => !isNetworkNoise(p))).toEqual([]);
  });

  it('goes from the search box to the search page with the query', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/?lang=fr`);
    await page.getByRole('searchbox', { name: fr.web.search.label }).fill('logement');
    await page.getByRole('button', { name: fr.web.search.submit }).click();
    await page.waitForURL('**/search?q=logement');
    await page.locator('.result').first().waitFor();
  });

  it('has no accessibility violations', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/`);
    await page.locator('.theme-grid').waitFor();
    await expectNoAxeViolations(page);
  });

  it('offers a skip link to the main content as the first tab stop', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/`);
    await page.locator('.theme-grid').waitFor();

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Aller au contenu principal' });
    expect(await skipLink.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skipLink.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
  });

  it('switches to Arabic, right to left, and remembers the choice after a reload', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/`);
    await page.locator('.theme-grid').waitFor();

    await page.getByLabel('Langue', { exact: true }).selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await page.getByRole('heading', { level: 2, name: ar.web.home.themesTitle }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 2, name: ar.web.home.themesTitle }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.getByLabel('اللغة', { exact: true }).inputValue()).toBe('ar');
    await page.locator('.theme-grid').waitFor();
    await expectNoAxeViolations(page);
    expect(problems.filter((p) => !isNetworkNoise(p))).toEqual([]);
  });

  it('is controlled by its service worker and opens offline, on any reader URL', async () => {
    const { context, page } = await openPage();
    await page.goto(`${server.url}/?lang=fr`);
    await page.locator('.theme-grid').waitFor();
    await controlledBy(page);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Repères' }).waitFor();

    await page.goto(`${server.url}/une/page/qui/n-existe-pas`);
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
  });

  it('starts its service worker and its formatting worker only once a fiche has finished drawing', async () => {
    // A fiche draws its sections over many frames after the first paint (FicheSections.vue). The service
    // worker's install fetches every page and language and writes them to the cache; the worker that
    // formats dates starts a thread and loads the engine's locale data. Started at the first idle moment
    // after the load and right after the first paint, they ran beside those frames and took a share of the
    // phone's cores from them. They now wait until the page has settled (main.ts, whenSettled).
    const { context, page } = await openPage({ viewport: { width: 412, height: 823 }, locale: 'ar' });
    // A phone's speed (Lighthouse's mobile setting): the drawing then spans several idle moments.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const itemsNow = () => String(document.querySelectorAll('.fiche-item').length);
      const container = navigator.serviceWorker;
      const register = container.register.bind(container);
      container.register = (...args: Parameters<typeof register>) => {
        document.documentElement.dataset.itemsAtRegister = itemsNow();
        return register(...args);
      };
      const NativeWorker = window.Worker;
      window.Worker = class extends NativeWorker {
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args);
          document.documentElement.dataset.itemsAtWorker ??= itemsNow();
        }
      };
    });
    const slug = 'demander-l-asile';
    const fiche = (await (
      await fetch(`${server.url}/api/v1/fiches/${slug}?lang=ar`)
    ).json()) as ResolvedFiche;
    const { what, why, how, next } = fiche.sections;
    const items = 1 + why.length + how.length + next.length;
    expect(what).toBeTruthy();
    expect(items).toBeGreaterThan(3);

    await page.goto(`${server.url}/fiche/${slug}?lang=ar`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The date of the last update, formatted by the worker.
    await page.getByText(/آخر تحديث في \S/).waitFor();
    const counts = await page.evaluate(() => ({
      atRegister: Number(document.documentElement.dataset.itemsAtRegister),
      atWorker: Number(document.documentElement.dataset.itemsAtWorker),
      now: document.querySelectorAll('.fiche-item').length,
    }));
    expect(counts).toEqual({ atRegister: items, atWorker: items, now: items });
  });

  it('leaves the back-office and the API to the network even when its worker controls the page', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/`);
    await controlledBy(page);

    await page.goto(`${server.url}/admin/`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(new URL(page.url()).pathname.startsWith('/admin')).toBe(true);

    const response = await page.goto(`${server.url}/api/v1/health`);
    expect(response?.headers()['content-type']).toContain('application/json');
  });

  it("answers the app's files from its precache and the API from the network without running its worker", async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/`);
    await controlledBy(page);
    await page.reload();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    // Which static route of the worker (sw.ts) each request took: Chromium reports it in Resource Timing.
    const routes = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => {
        const timing = entry as PerformanceResourceTiming & { workerMatchedSourceType?: string };
        return [new URL(entry.name).pathname.split('/')[1], timing.workerMatchedSourceType] as const;
      }),
    );
    const taken = (folder: string) => [...new Set(routes.filter(([f]) => f === folder).map(([, s]) => s))];
    expect(taken('assets')).toEqual(['cache']);
    expect(taken('api')).toEqual(['network']);
  });

  it('serves a web manifest with the fields an install needs', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/`);
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    expect(href).toBeTruthy();

    const manifestResponse = await fetch(new URL(href!, `${server.url}/`));
    expect(manifestResponse.status).toBe(200);
    const manifest = (await manifestResponse.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Repères', start_url: '/', display: 'standalone' });
    expect(manifest.short_name).toBeTruthy();
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose?.split(' ').includes('maskable'))).toBe(true);
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, `${server.url}/`));
      expect(response.status, icon.src).toBe(200);
      expect(response.headers.get('content-type'), icon.src).toBe(icon.type);
    }
  });
});
