import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ResolvedFiche } from '@reperes/shared/schemas/api';
import type { FirstViewTable } from '@reperes/shared/first-view-hints';
import { SLOT_MARK, type FicheFrame } from '../src/data/fiche-frame';
import { FRAME_CACHE, SNAPSHOT_CACHE, stylesheetFonts, type PageSnapshot } from '../src/data/snapshots';
import { WORKER_LANGUAGE_CACHE } from '../src/data/worker-language';
import { describeBrowser } from './support/browser';
import { changeAndPublish } from './support/content';
import { createRestartableServer, type RestartableServer } from './support/restartable-server';

// Issue 5, offline paint: a fiche page opened before is answered by the service worker with what it showed
// (src/data/snapshots.ts), so it is on screen when the HTML is parsed, before the app's code runs; the app
// then takes over. Snapshots never show stale text or another language. Needs `npm run build` first.

const SLUG = 'demander-l-asile';
const PATH = `/fiche/${SLUG}`;

/** The snapshot kept for PATH, if any. */
function storedSnapshot(page: Page): Promise<PageSnapshot | null> {
  return page.evaluate(
    async ([name, path]) => {
      const response = await (await caches.open(name)).match(path);
      return response ? ((await response.json()) as PageSnapshot) : null;
    },
    [SNAPSHOT_CACHE, PATH] as const,
  );
}

async function waitForSnapshot(page: Page, lang: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if ((await storedSnapshot(page))?.lang === lang) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`no ${lang} snapshot of ${PATH}`);
}

/** What the document held once parsed, before any module script ran (readyState "interactive"). */
const parsed = (page: Page) =>
  page.evaluate(() => (window as unknown as { __parsed?: Record<string, unknown> }).__parsed ?? null);

describeBrowser('fiche pages opened before paint from their snapshot', ({ openPage }) => {
  let server: RestartableServer;
  let title = '';

  beforeAll(async () => {
    server = await createRestartableServer({ inMemory: true });
    await server.start();
    const res = await fetch(`${server.url}/api/v1/fiches/${SLUG}?lang=ar`);
    title = ((await res.json()) as ResolvedFiche).header.title;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  async function arabicReader() {
    const opened = await openPage({ locale: 'ar' });
    await opened.context.addInitScript(() => {
      try {
        // A reader who chose Arabic on an earlier visit (and may choose another language since).
        if (!localStorage.getItem('reperes.language')) localStorage.setItem('reperes.language', 'ar');
      } catch {
        // about:blank has no storage.
      }
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const paths = (selector: string) =>
          [...document.querySelectorAll(selector)].map(
            (link) => new URL((link as HTMLLinkElement).href).pathname,
          );
        (window as unknown as { __parsed: Record<string, unknown> }).__parsed = {
          h1: document.querySelector('h1')?.textContent?.trim() ?? null,
          dir: document.documentElement.dir,
          lang: document.documentElement.lang,
          offlineBanner: document.querySelector('[data-testid="offline-banner"]') !== null,
          inert: document.getElementById('app')?.inert ?? null,
          // Stylesheets written in by the worker (and allowed by the CSP: each has its rules), and links.
          inlineStyles: [...document.querySelectorAll('style[data-href]')].map(
            (style) => ((style as HTMLStyleElement).sheet?.cssRules.length ?? 0) > 0,
          ),
          stylesheetLinks: document.querySelectorAll('link[rel="stylesheet"]').length,
          fontPreloads: paths('link[rel="preload"][as="font"]'),
          stylePreloads: paths('link[rel="preload"][as="style"]'),
          modulePreloads: paths('link[rel="modulepreload"]'),
          // The app's code: asked for from the head by the shell; by a snapshot, once it is painted.
          moduleScripts: document.querySelectorAll('script[type="module"]').length,
          // A fiche put into the page by the server or the worker (src/data/first-view.ts).
          firstView: (() => {
            const block = document.getElementById('first-view-fiche');
            if (!block) return null;
            const fiche = JSON.parse(block.textContent ?? '') as { slug: string; lang: string };
            return { source: block.dataset.source, slug: fiche.slug, lang: fiche.lang };
          })(),
        };
      });
    });
    return opened;
  }

  it('shows the fiche, right to left, as soon as the HTML is parsed, online and offline; the app takes over', async () => {
    const { context, page, problems } = await arabicReader();
    await page.goto(`${server.url}${PATH}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // First visit: the shell only, its stylesheet linked.
    expect(await parsed(page)).toMatchObject({
      h1: null,
      inert: false,
      inlineStyles: [],
      stylesheetLinks: 1,
      fontPreloads: [],
      moduleScripts: 1,
    });
    await waitForSnapshot(page, 'ar');
    // The first screens only (save-snapshot.ts): the title is kept, the footer far below it is not.
    const kept = (await storedSnapshot(page))!.html;
    expect(kept).toContain(title);
    expect(kept).not.toContain('app-footer');
    // The document as parsed when the worker answered with the snapshot: every stylesheet the page used
    // (the shell's, the fiche page's, the Arabic font's) written in, none left to fetch before painting.
    const styles = (await storedSnapshot(page))!.styles.length;
    expect(styles).toBeGreaterThanOrEqual(3);
    // The fonts those stylesheets declare (Vazirmatn's Arabic and Latin cuts, regular and bold: the title
    // has Latin letters) are asked for while the page is parsed, not when the first layout finds the text
    // that needs them: that layout draws it in Vazirmatn.
    const cssTexts = await Promise.all(
      (await storedSnapshot(page))!.styles.map(async (href) => (await fetch(`${server.url}${href}`)).text()),
    );
    const fonts = stylesheetFonts(cssTexts, (await storedSnapshot(page))!.html);
    expect(
      fonts
        .filter((path) => path.includes('vazirmatn'))
        .map((path) => /vazirmatn-\w+-\d+/.exec(path)?.[0])
        .sort(),
    ).toEqual(['vazirmatn-arabic-400', 'vazirmatn-arabic-700', 'vazirmatn-latin-400', 'vazirmatn-latin-700']);
    const fromSnapshot = {
      h1: title,
      dir: 'rtl',
      lang: 'ar',
      offlineBanner: false,
      inert: true,
      inlineStyles: Array<boolean>(styles).fill(true),
      stylesheetLinks: 0,
      fontPreloads: fonts,
      stylePreloads: [],
      modulePreloads: [],
      moduleScripts: 0,
      firstView: null,
    };
    /** How each font file was asked for: once, by its preload link. */
    const fontRequests = () =>
      page.evaluate(
        (paths) =>
          paths.map((path) =>
            performance
              .getEntriesByType('resource')
              .filter((entry) => new URL(entry.name).pathname === path)
              .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
          ),
        fonts,
      );

    await page.reload();
    // Inert until the app takes over: nothing typed into a copy of a form is lost.
    expect(await parsed(page)).toEqual(fromSnapshot);
    expect(await fontRequests()).toEqual(fonts.map(() => ['link']));
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect.poll(() => page.evaluate(() => document.getElementById('app')!.inert)).toBe(false);
    // The app's code was asked for once the snapshot's first frame was on screen, not while it was drawn.
    expect(
      await page.evaluate(() => {
        const painted = performance.getEntriesByName('first-paint')[0]?.startTime;
        const entry = performance
          .getEntriesByType('resource')
          .find((e) => /^\/assets\/index-[\w-]+\.js$/.test(new URL(e.name).pathname));
        return painted !== undefined && entry !== undefined ? entry.startTime - painted : null;
      }),
    ).toBeGreaterThanOrEqual(0);
    // Live, the page is the one a plain visit gives: its stylesheets are links again.
    await expect
      .poll(() =>
        page.evaluate(() => [
          document.querySelectorAll('style[data-href]').length,
          document.querySelectorAll('link[rel="stylesheet"]').length,
        ]),
      )
      .toEqual([0, styles]);

    await context.setOffline(true);
    await page.goto('about:blank');
    await page.goto(`${server.url}${PATH}`);
    // What depended on the moment (here: being online) is not part of the snapshot; the app adds it.
    expect(await parsed(page)).toEqual(fromSnapshot);
    await page.getByTestId('offline-banner').waitFor();
    // The app is live over the snapshot: its buttons work.
    await page.getByRole('button', { name: 'احفظ هذه الصفحة' }).click();
    await page.getByRole('button', { name: 'الصفحة محفوظة' }).waitFor();
    await context.setOffline(false);
    expect(problems.filter((p) => !/net::ERR_|Failed to (load|fetch)/.test(p))).toEqual([]);
  });

  it('is not used for another language, and dropped when the language changes or a sync changes fiches', async () => {
    const { page } = await arabicReader();
    await page.goto(`${server.url}${PATH}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await waitForSnapshot(page, 'ar');

    // A link asking for French: not the Arabic snapshot. The reader now reads French: the French page is
    // the one kept.
    await page.goto(`${server.url}${PATH}?lang=fr`);
    expect(await parsed(page)).toMatchObject({ h1: null });
    await waitForSnapshot(page, 'fr');
    await page.reload();
    expect(await parsed(page)).toMatchObject({ lang: 'fr', dir: 'ltr' });

    // A language pack sync that changes stored fiches drops every snapshot.
    await page.goto(`${server.url}/offline`);
    await page.getByRole('checkbox', { name: 'Français' }).check();
    await page.getByRole('button', { name: /^Télécharger \(/ }).click();
    await page.getByTestId('pack-fr').getByTestId('last-synced').waitFor();
    expect(await storedSnapshot(page)).not.toBeNull();
    await changeAndPublish(server.mongoUri, 'point-conseil-budget', 'Texte changé pour la synchronisation.');
    await page.getByRole('button', { name: 'Mettre à jour' }).click();
    await expect.poll(() => storedSnapshot(page), { timeout: 15_000 }).toBeNull();
  });

  it('opens a page without a snapshot with what it needs named in its HTML, in the reader’s language, and a fiche with the device’s copy', async () => {
    const { page, problems } = await arabicReader();
    const table = (await (await fetch(`${server.url}/first-view.json`)).json()) as FirstViewTable;
    const fichePage = table.pages['src/pages/FichePage.vue']!;
    const arabic = table.languages.ar!;
    expect(arabic.fonts.length).toBeGreaterThanOrEqual(2);
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    /** The worker's copy of the reader's language (src/data/worker-language.ts). */
    const workerCopy = () =>
      page.evaluate(
        async (name) => (await (await caches.open(name)).match('/language'))?.text() ?? null,
        WORKER_LANGUAGE_CACHE,
      );
    await expect.poll(workerCopy).toBe('ar');
    // The worker keeps only a language it knows, whatever a page tells it.
    await page.evaluate(() => {
      for (const code of ['xx', '../language', '<script>', { ar: 1 }])
        navigator.serviceWorker.controller!.postMessage({ type: 'READER_LANGUAGE', code });
    });
    await page.waitForTimeout(300);
    expect(await workerCopy()).toBe('ar');

    // A fiche the device holds (read once here), without a snapshot: the worker answers with the shell, which
    // names what the page needs, so the browser reads it all while the app's main script loads, and holds
    // the device's copy of the fiche, read by the worker meanwhile.
    await page.goto(`${server.url}${PATH}`);
    await waitForSnapshot(page, 'ar');
    // No snapshot, and no frame (data/fiche-frame.ts): as for the first fiche a device shows.
    await page.evaluate(
      (names) => Promise.all(names.map((name) => caches.delete(name))),
      [SNAPSHOT_CACHE, FRAME_CACHE],
    );
    const revalidations: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === `/api/v1/fiches/${SLUG}`)
        revalidations.push(request.headers()['if-none-match']);
    });
    await page.goto(`${server.url}${PATH}`);
    const shellPreloads = (await parsed(page))!.modulePreloads as string[];
    expect(await parsed(page)).toMatchObject({
      h1: null,
      modulePreloads: [...shellPreloads.slice(0, 1), ...fichePage.scripts, arabic.shell, arabic.pages],
      stylePreloads: [...fichePage.styles, ...arabic.styles],
      fontPreloads: arabic.fonts,
      firstView: { source: 'device', slug: SLUG, lang: 'ar' },
    });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // Taken by the app as a copy from the device: out of the page, and checked with the API (its hash).
    expect(await page.evaluate(() => document.getElementById('first-view-fiche'))).toBeNull();
    await expect.poll(() => revalidations).toEqual([expect.stringMatching(/^"?[\w-]+"?$/)]);
    // Each named file is read once: the app's own requests for them are answered by the preloads.
    const requests = (paths: string[]) =>
      page.evaluate(
        (list) =>
          list.map(
            (path) =>
              performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === path)
                .length,
          ),
        paths,
      );
    const named = [...fichePage.scripts, arabic.shell!, arabic.pages!, ...fichePage.styles, ...arabic.styles];
    expect(await requests(named)).toEqual(named.map(() => 1));

    // The reader follows a link in French: the copy follows the choice, and the next page the worker opens
    // names the French messages, no Arabic font.
    await page.goto(`${server.url}/saved?lang=fr`);
    await expect.poll(workerCopy).toBe('fr');
    await page.goto(`${server.url}/search`);
    expect(await parsed(page)).toMatchObject({
      modulePreloads: [
        ...shellPreloads.slice(0, 1),
        ...table.pages['src/pages/SearchPage.vue']!.scripts,
        table.languages.fr!.pages,
      ],
      fontPreloads: [],
    });
    expect(problems).toEqual([]);
  });

  it('opens a fiche the device has never shown with the frame another fiche left, filled by the worker; nothing moves when the app takes over', async () => {
    const { context, page, problems } = await arabicReader();
    const other = 'allocation-pour-demandeur-d-asile';
    const doc = (await (await fetch(`${server.url}/api/v1/fiches/${other}?lang=ar`)).json()) as ResolvedFiche;
    expect(doc.header).toMatchObject({ lang: 'ar', state: 'up_to_date' });
    /** The frame kept for Arabic, if any. */
    const storedFrame = () =>
      page.evaluate(
        async (name) =>
          ((await (await caches.open(name)).match('/frame/ar'))?.json() ??
            null) as Promise<FicheFrame | null>,
        FRAME_CACHE,
      );
    await page.goto(`${server.url}/offline`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('checkbox', { name: 'العربية' }).check();
    await page.getByRole('button', { name: /^تنزيل \(/ }).click();
    await page.getByTestId('pack-ar').getByTestId('last-synced').waitFor();
    expect(await storedFrame()).toBeNull();

    // One fiche read: its page leaves the frame, made of what the app drew. The fiche's own text is not in
    // it, nor anything below the start of the fiche (its sections, the footer).
    await page.goto(`${server.url}${PATH}`);
    await waitForSnapshot(page, 'ar');
    await expect.poll(async () => (await storedFrame())?.lang).toBe('ar');
    const frame = (await storedFrame())!;
    expect(frame.types).toEqual({ demarche: expect.any(String), dispositif: expect.any(String) });
    expect(frame.title[1]).toMatch(/^ — /);
    for (const slot of ['type', 'title', 'summary'])
      expect(frame.html).toMatch(new RegExp(`data-frame="${slot}"[^>]*>${SLOT_MARK}</`));
    expect(frame.html).toContain('elementtiming="fiche-title"');
    expect(frame.html).not.toContain(title);
    for (const below of ['fiche__languages', 'fiche__actions', 'fiche__section', 'app-footer'])
      expect(frame.html).not.toContain(below);

    // Offline, another fiche, never shown: once parsed, the page shows its title and summary, right to
    // left, from the device's copy; the app's code is asked for once that is painted, and takes the copy.
    await context.setOffline(true);
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const h1 = document.querySelector('h1');
        (window as unknown as { __frame: unknown }).__frame = {
          title: document.title,
          type: document.querySelector('[data-frame="type"]')?.textContent,
          h1Lang: h1?.lang,
          h1Dir: h1?.dir,
          h1Top: h1?.getBoundingClientRect().top,
          summary: document.querySelector('[data-frame="summary"]')?.textContent,
        };
      });
    });
    await page.goto(`${server.url}/fiche/${other}`);
    expect(await parsed(page)).toMatchObject({
      h1: doc.header.title,
      dir: 'rtl',
      lang: 'ar',
      inert: true,
      stylesheetLinks: 0,
      modulePreloads: [],
      moduleScripts: 0,
      firstView: { source: 'device', slug: other, lang: 'ar' },
    });
    const framed = (await page.evaluate(
      () => (window as unknown as { __frame: Record<string, unknown> }).__frame,
    ))!;
    expect(framed).toMatchObject({
      title: `${doc.header.title}${frame.title[1]}`,
      type: frame.types[doc.type],
      h1Lang: 'ar',
      h1Dir: 'rtl',
      summary: doc.header.summary,
    });
    // The app draws the whole page over it: the title has not moved, the rest came below it.
    await page.getByRole('heading', { level: 1, name: doc.header.title }).waitFor();
    await expect.poll(() => page.evaluate(() => document.getElementById('app')!.inert)).toBe(false);
    await page.locator('.fiche__actions').waitFor();
    expect(await page.evaluate(() => document.querySelector('h1')!.getBoundingClientRect().top)).toBeCloseTo(
      framed.h1Top as number,
      0,
    );
    expect(await page.evaluate(() => document.getElementById('first-view-fiche'))).toBeNull();
    // The page's own code and the Arabic messages were asked for with the app's code, by its loader (before
    // the main script had even come, let alone run), each once.
    const table = (await (await fetch(`${server.url}/first-view.json`)).json()) as FirstViewTable;
    const pageScripts = [
      ...table.pages['src/pages/FichePage.vue']!.scripts,
      table.languages.ar!.shell!,
      table.languages.ar!.pages!,
    ];
    const asked = await page.evaluate((paths) => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const main = entries.find((e) => /^\/assets\/index-[\w-]+\.js$/.test(new URL(e.name).pathname))!;
      return paths.map((path) =>
        entries
          .filter((entry) => new URL(entry.name).pathname === path)
          .map((entry) => entry.startTime <= main.responseEnd),
      );
    }, pageScripts);
    expect(asked).toEqual(pageScripts.map(() => [true]));
    await page.getByRole('button', { name: 'احفظ هذه الصفحة' }).click();
    await page.getByRole('button', { name: 'الصفحة محفوظة' }).waitFor();

    // Another text size: the frames (and snapshots) drawn at the former one are dropped, then kept anew.
    await page.getByRole('button', { name: 'نص أكبر' }).click();
    await expect.poll(storedFrame).toBeNull();
    await page.reload();
    await expect.poll(async () => (await storedFrame())?.textSize, { timeout: 15_000 }).toBe('2');
    await context.setOffline(false);
    expect(problems.filter((p) => !/net::ERR_|Failed to (load|fetch)/.test(p))).toEqual([]);
  });
});
