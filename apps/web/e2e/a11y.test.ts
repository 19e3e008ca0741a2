import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import fr from '../../../locales/fr.json';
import { describeBrowser, expectNoAxeViolations } from './support/browser';
import { startServer, type RunningServer } from './support/server';

// Issue 4, "Done when" and item 11: axe reports no violation on every reader screen in French, Arabic
// (right to left) and Tigrinya (Ge'ez script); narrow screens, keyboard, touch targets, text size.
// Needs `npm run build` first.

const LANGS = ['fr', 'ar', 'ti'] as const;
const FICHE = 'demander-l-asile';

/** Each screen and what shows it is ready (data loaded, not a loading state). */
const SCREENS = [
  { name: 'home', path: '/', ready: '.theme-grid' },
  { name: 'theme', path: '/theme/sante', ready: '.fiche-card' },
  { name: 'fiche', path: `/fiche/${FICHE}`, ready: '[data-testid="fiche"] .fiche-item' },
  { name: 'bilingual view', path: `/fiche/${FICHE}/bilingual`, ready: '.bilingual__row' },
  { name: 'search', path: '/search?q=CAF', ready: '.result' },
] as const;

// The service worker's precache (every chunk, every language, every font) is covered by the offline
// tests; here it would only download it all again in each new context and slow every check down.
const NO_WORKER = { serviceWorkers: 'block' } as const;

const withLang = (path: string, lang: string) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

describeBrowser('reader accessibility', ({ openPage }) => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function open(path: string, lang: string, viewport = { width: 412, height: 915 }): Promise<Page> {
    const { page } = await openPage({ ...NO_WORKER, locale: lang === 'fr' ? 'fr-FR' : lang, viewport });
    await page.goto(`${server.url}${withLang(path, lang)}`);
    return page;
  }

  // One page per language goes through every screen (each a full navigation; the browser's cache keeps the
  // app's files), so a failure names the screen and the language.
  for (const lang of LANGS) {
    it(`has no axe violations on home, theme, fiche, bilingual view and search in ${lang}`, async () => {
      let page: Page | undefined;
      for (const screen of SCREENS) {
        if (page) await page.goto(`${server.url}${withLang(screen.path, lang)}`);
        else page = await open(screen.path, lang);
        await page.locator(screen.ready).first().waitFor();
        expect(await page.locator('html').getAttribute('lang'), screen.name).toBe(lang);
        expect(await page.locator('html').getAttribute('dir'), screen.name).toBe(
          lang === 'ar' ? 'rtl' : 'ltr',
        );
        await expectNoAxeViolations(page);
      }
    });
  }

  it('has no axe violations on the first-visit language chooser', async () => {
    const { page } = await openPage(NO_WORKER);
    await page.goto(`${server.url}/`);
    await page.getByTestId('language-chooser').waitFor();
    await page.locator('.theme-grid').waitFor();
    await expectNoAxeViolations(page);
  });

  it('fits a 320 px wide screen without horizontal scrolling, in every script', async () => {
    for (const lang of LANGS) {
      let page: Page | undefined;
      for (const screen of SCREENS) {
        if (page) await page.goto(`${server.url}${withLang(screen.path, lang)}`);
        else page = await open(screen.path, lang, { width: 320, height: 640 });
        await page.locator(screen.ready).first().waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${screen.name} in ${lang}`).toBeLessThanOrEqual(320);
      }
      await page?.close();
    }
    // And with the largest text size.
    for (const [path, lang] of [
      [`/fiche/${FICHE}`, 'ti'],
      ['/theme/sante', 'ar'],
    ] as const) {
      const { page } = await openPage({ ...NO_WORKER, viewport: { width: 320, height: 640 } });
      await page.addInitScript(() => localStorage.setItem('reperes.textSize', '3'));
      await page.goto(`${server.url}${withLang(path, lang)}`);
      await page.locator('.fiche-item, .fiche-card').first().waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} in ${lang}, largest text`).toBeLessThanOrEqual(320);
    }
  });

  it('gives every control a touch target of at least 44 px', async () => {
    for (const path of ['/', `/fiche/${FICHE}`, '/theme/travail']) {
      const page = await open(path, 'fr');
      await page.locator('main h1').first().waitFor();
      await page.locator('.theme-grid, .fiche-item, .fiche-card').first().waitFor();
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'button, select, input, textarea, header a, footer a, nav a, .button',
          ),
        ]
          .filter((el) => el.offsetParent !== null)
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 43.5 || box.width < 43.5)
          .map(
            ({ el, box }) =>
              `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${box.width}×${box.height}`,
          ),
      );
      expect(small, path).toEqual([]);
      await page.close();
    }
  });

  it('is usable with the keyboard: skip link first, visible focus, controls in reading order', async () => {
    const page = await open(`/fiche/${FICHE}`, 'ar');
    await page.locator('.fiche-item').first().waitFor();
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    // Every following tab stop is visible and outlined.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          tag: el.tagName,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          visible: box.width > 0 && box.height > 0,
        };
      });
      expect(focus, `tab stop ${i + 1}`).toMatchObject({ outline: true, visible: true });
    }
  });

  it('remembers the text size and scales the page with it', async () => {
    const page = await open('/', 'fr');
    await page.locator('.theme-grid').waitFor();
    const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await fontSize()).toBe('16px');
    await page.getByRole('button', { name: fr.web.textSize.larger }).click();
    expect(await fontSize()).toBe('22px');
    expect(
      await page.getByRole('button', { name: fr.web.textSize.larger }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.reload();
    await page.locator('.theme-grid').waitFor();
    expect(await fontSize()).toBe('22px');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(412);
  });

  it('follows prefers-contrast and prefers-reduced-motion', async () => {
    const { page } = await openPage({
      ...NO_WORKER,
      reducedMotion: 'reduce',
      contrast: 'more',
      locale: 'fr-FR',
    });
    await page.goto(`${server.url}/?lang=fr`);
    await page.locator('.theme-grid').waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    const duration = await page.evaluate(
      () => getComputedStyle(document.querySelector('.skip-link')!).transitionDuration,
    );
    expect(parseFloat(duration)).toBeLessThan(0.001);
  });

  it('loads the Ge’ez font for Tigrinya, the Arabic-script font for Pashto, and for French only the Ge’ez letters of a name', async () => {
    // A French page lists "ትግርኛ" among the fiche's languages: only the cut of those letters comes
    // (styles/fonts/endonyms.css, about 1 KB), never a whole font.
    const fonts: string[] = [];
    for (const lang of ['fr', 'ti', 'ps'] as const) {
      const { page } = await openPage({ ...NO_WORKER, locale: 'fr-FR' });
      page.on('request', (r) => {
        if (r.resourceType() === 'font') fonts.push(`${lang}:${r.url().split('/').pop()}`);
      });
      await page.goto(`${server.url}/fiche/${FICHE}?lang=${lang}`);
      await page.locator('.fiche-item').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.close();
    }
    expect(fonts.filter((f) => f.startsWith('fr:'))).toEqual([
      expect.stringMatching(/^fr:endonyms-ethiopic-400-.*\.woff2$/),
    ]);
    expect(fonts.some((f) => /^ti:noto-sans-ethiopic-ethiopic-400.*\.woff2$/.test(f))).toBe(true);
    expect(fonts.some((f) => /^ps:vazirmatn-arabic-400.*\.woff2$/.test(f))).toBe(true);
  });
});
