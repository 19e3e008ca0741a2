import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FicheList, ResolvedFiche, ThemeList } from '@reperes/shared/schemas/api';
import ar from '../../../locales/ar.json';
import fr from '../../../locales/fr.json';
import ps from '../../../locales/ps.json';
import ti from '../../../locales/ti.json';
import { describeBrowser } from './support/browser';
import {
  api,
  isNetworkNoise,
  startServerWithDatabase,
  storedFeedback,
  type ServerWithDatabase,
} from './support/reader';

// Issue 4, "Done when": the reader journeys in headless Chromium against the real API (seed corpus).
// Needs `npm run build` first.

const FICHE = 'demander-l-asile';
const OUTDATED_ITEM = 'how-guda'; // outdated in Pashto in the seed
const MISSING_ITEM = 'how-spada'; // not translated into Pashto in the seed

const realProblems = (problems: string[]) => problems.filter((p) => !isNetworkNoise(p));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function chooseLanguage(page: Page, lang: 'fr' | 'ar' | 'ps'): Promise<void> {
  await page.addInitScript((code) => localStorage.setItem('reperes.language', code), lang);
}

describeBrowser('reader app', ({ openPage }) => {
  let server: ServerWithDatabase;

  beforeAll(async () => {
    server = await startServerWithDatabase();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('takes a Pashto reader from the language chooser to a theme, a fiche in RTL, the French of an outdated step and the bilingual view', async () => {
    const { page, problems } = await openPage();
    const themes = await api<ThemeList>(server, '/themes?lang=ps');
    const theme = themes.themes.find((t) => t.id === 'demarches-administratives')!;
    const need = theme.needs.find((n) => n.id === 'demander-l-asile')!;
    const fiche = await api<ResolvedFiche>(server, `/fiches/${FICHE}?lang=ps`);
    const guda = fiche.sections.how.find((i) => i.id === OUTDATED_ITEM)!;
    expect(guda.state).toBe('outdated');

    // First visit: the chooser lists the languages by their own names; French (the browser's) is suggested.
    await page.goto(`${server.url}/`);
    const chooser = page.getByTestId('language-chooser');
    await chooser.waitFor();
    expect(await chooser.getByRole('button').allInnerTexts()).toEqual([
      'Français',
      'English',
      'العربية',
      'دری',
      'پښتو',
      'Русский',
      'Українська',
      'ትግርኛ',
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await chooser.getByRole('button', { name: 'پښتو' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'ps');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await chooser.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 2, name: ps.web.home.themesTitle }).waitFor();

    // Home → theme → need → fiche.
    await page.getByRole('link', { name: new RegExp(escape(theme.name)) }).click();
    await page.waitForURL(`**/theme/${theme.id}`);
    await page.getByRole('heading', { level: 1, name: theme.name }).waitFor();
    await page.getByRole('link', { name: need.name, exact: true }).click();
    await page.waitForURL(`**/theme/${theme.id}?need=${need.id}`);
    await page.getByRole('link', { name: fiche.header.title }).click();
    await page.waitForURL(`**/fiche/${FICHE}`);

    const title = page.getByRole('heading', { level: 1, name: fiche.header.title });
    await title.waitFor();
    expect(await title.getAttribute('dir')).toBe('rtl');
    expect(await title.getAttribute('lang')).toBe('ps');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');

    // An item not translated yet: the French text, marked as French, with a notice.
    const spada = page.locator(`[data-item="${MISSING_ITEM}"]`);
    expect(await spada.locator('.fiche-item__body').getAttribute('lang')).toBe('fr');
    expect(await spada.locator('.fiche-item__body').getAttribute('dir')).toBe('ltr');
    await spada.getByText(ps.web.translation.missing).waitFor();

    // The outdated step: Pashto with a notice; one tap shows the French in place, another brings Pashto back.
    const step = page.locator(`[data-item="${OUTDATED_ITEM}"]`);
    const body = step.locator('.fiche-item__body');
    expect(await step.getAttribute('data-state')).toBe('outdated');
    expect(await body.getAttribute('lang')).toBe('ps');
    expect(await step.locator('[data-state="outdated"]').innerText()).toContain(
      ps.web.translation.outdated.split('{date}')[0]!.trim(),
    );
    await step.getByRole('button', { name: ps.web.translation.readFrench }).click();
    await step.getByRole('heading', { name: guda.french!.title }).waitFor();
    expect(await body.getAttribute('lang')).toBe('fr');
    expect(await body.getAttribute('dir')).toBe('ltr');
    expect(await body.innerText()).toContain('guichet unique');
    await step.getByRole('button', { name: ps.web.translation.backToTranslation }).click();
    await step.getByRole('heading', { name: guda.title }).waitFor();
    expect(await body.getAttribute('lang')).toBe('ps');

    // The bilingual view: Pashto beside French, unit by unit.
    await page.getByRole('link', { name: ps.web.fiche.bilingual }).click();
    await page.waitForURL(`**/fiche/${FICHE}/bilingual`);
    const row = page.locator(`[data-unit="${OUTDATED_ITEM}"]`);
    await row.waitFor();
    const reader = row.locator('.bilingual__cell--reader');
    const french = row.locator('.bilingual__cell--french');
    expect([await reader.getAttribute('lang'), await reader.getAttribute('dir')]).toEqual(['ps', 'rtl']);
    expect([await french.getAttribute('lang'), await french.getAttribute('dir')]).toEqual(['fr', 'ltr']);
    expect(await reader.innerText()).toContain(guda.title);
    expect(await french.innerText()).toContain(guda.french!.title);
    // Side by side on a wide screen; the reader's language on the start (right) side in RTL.
    await page.setViewportSize({ width: 1200, height: 900 });
    const [r, f] = [await reader.boundingBox(), await french.boundingBox()];
    expect(Math.abs(r!.y - f!.y)).toBeLessThan(2);
    expect(r!.x).toBeGreaterThan(f!.x);
    // Interleaved on a phone.
    await page.setViewportSize({ width: 360, height: 800 });
    const [r2, f2] = [await reader.boundingBox(), await french.boundingBox()];
    expect(f2!.y).toBeGreaterThan(r2!.y);

    expect(realProblems(problems)).toEqual([]);
  });

  it('switches language from any screen and stays on the same page; the fiche offers only its languages', async () => {
    const { page, problems } = await openPage();
    await chooseLanguage(page, 'fr');
    const fiche = await api<ResolvedFiche>(server, `/fiches/${FICHE}?lang=fr`);
    await page.goto(`${server.url}/fiche/${FICHE}`);
    await page.getByRole('heading', { level: 1, name: fiche.header.title }).waitFor();

    const offered = page.getByRole('navigation', { name: fr.web.fiche.languages });
    const available = fiche.availableLanguages;
    expect(available).not.toContain('uk');
    expect(await offered.getByRole('button').count()).toBe(available.length);

    await page.getByLabel(fr.common.language, { exact: true }).selectOption('ar');
    const arabic = await api<ResolvedFiche>(server, `/fiches/${FICHE}?lang=ar`);
    await page.getByRole('heading', { level: 1, name: arabic.header.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/fiche/${FICHE}`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    // "Last updated" in the reader's language.
    expect(await page.locator('.fiche__updated').innerText()).toMatch(/[\u0600-\u06ff]/);

    // From the fiche's own list: Dari, same page.
    const dari = await api<ResolvedFiche>(server, `/fiches/${FICHE}?lang=fa`);
    await page
      .getByRole('navigation', { name: ar.web.fiche.languages })
      .getByRole('button', { name: 'دری' })
      .click();
    await page.getByRole('heading', { level: 1, name: dari.header.title }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fa');
    expect(realProblems(problems)).toEqual([]);
  });

  it('opens a shared link on a first visit with the fiche in the page: no API read before it shows, nothing loaded twice', async () => {
    const { page, problems } = await openPage();
    const warnings: string[] = [];
    page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const fiche = await api<ResolvedFiche>(server, `/fiches/${FICHE}?lang=ar`);

    await page.goto(`${server.url}/fiche/${FICHE}?lang=ar`);
    await page.getByRole('heading', { level: 1, name: fiche.header.title }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    // The page's code, messages and Arabic font were named by the HTML and loaded once each.
    const assets = requested.filter((p) => p.startsWith('/assets/'));
    expect(assets.some((p) => /\/FichePage-[\w-]+\.js$/.test(p))).toBe(true);
    expect(assets.some((p) => /\/vazirmatn-arabic-400-normal-[\w-]+\.woff2$/.test(p))).toBe(true);
    expect(assets.length).toBe(new Set(assets).size);
    // The fiche came with the page: the API was not asked for it.
    expect(requested).not.toContain(`/api/v1/fiches/${FICHE}`);
    // Its data block is gone from the page, and the fiche is kept on the device like any fiche read.
    expect(await page.locator('#first-view-fiche').count()).toBe(0);
    await expect
      .poll(() =>
        page.evaluate(
          (id) =>
            new Promise<string | undefined>((resolve, reject) => {
              const open = indexedDB.open('reperes');
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const get = open.result.transaction('docs').objectStore('docs').get(['ar', id]);
                get.onsuccess = () => resolve((get.result as { hash?: string } | undefined)?.hash);
              };
            }),
          fiche.id,
        ),
      )
      .toBe(fiche.hash);
    // Every hint was used (Chromium warns about a preload left unused 3 s after load).
    await page.waitForTimeout(3_500);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    expect(realProblems(problems)).toEqual([]);
  });

  it('narrows a theme with combined facets kept in the URL, and keeps them after a reload', async () => {
    const { page, problems } = await openPage();
    await chooseLanguage(page, 'fr');
    const theme = 'apprendre-le-francais';
    const total = async (query: string) =>
      (await api<FicheList>(server, `/fiches?lang=fr&theme=${theme}&pageSize=100${query}`)).total;
    const count = page.getByTestId('result-count');
    // French plural: 0 and 1 take the singular.
    const countText = (n: number) => (n < 2 ? `${n} fiche` : `${n} fiches`);

    await page.goto(`${server.url}/theme/${theme}`);
    const all = await total('');
    await count.getByText(countText(all)).waitFor();

    await page.getByLabel(fr.web.facets.type).selectOption('dispositif');
    await page.waitForURL(/type=dispositif/);
    const dispositifs = await total('&type=dispositif');
    await count.getByText(countText(dispositifs)).waitFor();

    await page.getByLabel(fr.web.facets.legalStatus).selectOption('asylum_seeker');
    await page.waitForURL(/legalStatus=asylum_seeker/);
    const seekers = await total('&type=dispositif&legalStatus=asylum_seeker');
    expect(seekers).toBeLessThan(dispositifs);
    await count.getByText(countText(seekers)).waitFor();

    await page.getByLabel(fr.web.facets.department).selectOption('75');
    await page.waitForURL(/department=75/);
    await page.getByLabel(fr.web.facets.age).fill('30');
    await page.waitForURL(/age=30/);
    const query = '&type=dispositif&legalStatus=asylum_seeker&department=75&age=30';
    const narrowed = await total(query);
    expect(narrowed).toBeLessThan(seekers);
    await count.getByText(countText(narrowed)).waitFor();
    const expected = await api<FicheList>(server, `/fiches?lang=fr&theme=${theme}${query}&pageSize=100`);
    const listed = page.locator('.fiche-card__link');
    expect(await listed.allInnerTexts()).toEqual(expected.items.map((i) => i.title));

    // A shared or reloaded link shows the same list.
    const url = page.url();
    await page.reload();
    await count.getByText(countText(narrowed)).waitFor();
    expect(page.url()).toBe(url);
    expect(await page.getByLabel(fr.web.facets.type).inputValue()).toBe('dispositif');
    expect(await page.getByLabel(fr.web.facets.legalStatus).inputValue()).toBe('asylum_seeker');
    expect(await page.getByLabel(fr.web.facets.department).inputValue()).toBe('75');
    expect(await page.getByLabel(fr.web.facets.age).inputValue()).toBe('30');
    expect(await listed.allInnerTexts()).toEqual(expected.items.map((i) => i.title));

    await page.getByRole('button', { name: fr.web.facets.clear }).click();
    await count.getByText(countText(all)).waitFor();
    expect(realProblems(problems)).toEqual([]);
  });

  it('finds fiches in Arabic from a French administrative word, accents or not, and opens French hits in Arabic', async () => {
    const { page, problems } = await openPage({ locale: 'ar' });
    await chooseLanguage(page, 'ar');
    await page.goto(`${server.url}/search`);
    const box = page.getByRole('searchbox', { name: ar.web.search.label });
    const status = page.getByTestId('search-count');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const slugs = () =>
      page.locator('.result').evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));

    await box.fill('récépissé');
    await status.getByText(/3/).waitFor();
    const withAccents = await slugs();
    expect(withAccents).toEqual(
      expect.arrayContaining([
        'contrat-d-integration-republicaine',
        's-inscrire-a-france-travail',
        'aide-medicale-de-l-etat',
      ]),
    );
    expect(withAccents).toHaveLength(3);
    await page.waitForURL(/q=r%C3%A9c%C3%A9piss%C3%A9/);

    await box.fill('recepisse');
    await status.getByText(/3/).waitFor();
    expect((await slugs()).sort()).toEqual([...withAccents].sort());

    await box.fill('CAF');
    await expect.poll(async () => (await slugs())[0]).toBe('aides-au-logement-caf');

    // "récépissé" appears only in the French text of the AME fiche: a French hit, shown and opened in Arabic.
    await box.fill('récépissé');
    const ame = page.locator('.result[data-slug="aide-medicale-de-l-etat"]');
    await ame.getByText(ar.web.search.foundInFrench).waitFor();
    const ameFiche = await api<ResolvedFiche>(server, '/fiches/aide-medicale-de-l-etat?lang=ar');
    expect(await ame.locator('.result__link').getAttribute('lang')).toBe('ar');
    await ame.locator('.result__link').click();
    await page.waitForURL('**/fiche/aide-medicale-de-l-etat');
    const title = page.getByRole('heading', { level: 1, name: ameFiche.header.title });
    await title.waitFor();
    expect(await title.getAttribute('lang')).toBe('ar');
    expect(realProblems(problems)).toEqual([]);
  });

  it('sends a search with no result to the editors, and it is stored', async () => {
    const { page, problems } = await openPage({ locale: 'ar' });
    await chooseLanguage(page, 'ar');
    const query = `zqx${Math.random()
      .toString(36)
      .replace(/[^a-z]/g, '')}`;
    await page.goto(`${server.url}/search?q=${query}`);
    const miss = page.getByTestId('search-miss');
    await miss.waitFor();
    await page.getByTestId('search-count').getByText(query).waitFor();
    await miss.getByRole('button', { name: ar.web.search.miss.send }).click();
    await miss.getByText(ar.web.search.miss.sent).waitFor();
    expect(await storedFeedback(server.mongoUri, { query })).toEqual([
      { kind: 'search_miss', lang: 'ar', query },
    ]);
    expect(realProblems(problems)).toEqual([]);
  });

  it('stores "was this page useful" with its comment, and a problem reported on one section', async () => {
    const { page, problems } = await openPage();
    await chooseLanguage(page, 'fr');
    const slug = 'aides-au-logement-caf';
    const fiche = await api<ResolvedFiche>(server, `/fiches/${slug}?lang=fr`);
    await page.goto(`${server.url}/fiche/${slug}`);
    await page.getByRole('heading', { level: 1, name: fiche.header.title }).waitFor();

    const useful = page.getByTestId('feedback');
    // Letters only: the API masks what looks like a phone number in a comment.
    const tag = () =>
      Math.random()
        .toString(36)
        .replace(/[^a-z]/g, '');
    const comment = `Très clair ${tag()}`;
    await useful.getByRole('button', { name: fr.web.feedback.yes }).click();
    await useful.getByLabel(fr.web.feedback.comment).fill(comment);
    await useful.getByRole('button', { name: fr.web.feedback.send }).click();
    await useful.getByText(fr.web.feedback.thanks).waitFor();

    const item = fiche.sections.how[0]!;
    const section = page.locator(`[data-item="${item.id}"]`);
    const problem = `Adresse changée ${tag()}`;
    // The form is drawn only when opened (one per item would weigh on the page), and what was typed in it
    // is still there after closing and opening it again.
    const report = section.getByRole('button', { name: fr.web.feedback.report });
    expect(await section.locator('form').count()).toBe(0);
    await report.click();
    await section.getByLabel(fr.web.feedback.reportLabel).fill(problem);
    await section.getByRole('button', { name: fr.common.cancel }).click();
    expect(await section.locator('form').count()).toBe(0);
    expect(await report.getAttribute('aria-expanded')).toBe('false');
    await report.click();
    expect(await section.getByLabel(fr.web.feedback.reportLabel).inputValue()).toBe(problem);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await section.getByRole('button', { name: fr.common.send }).click();
    await section.getByText(fr.web.feedback.reportThanks).waitFor();

    expect(await storedFeedback(server.mongoUri, { comment })).toEqual([
      { kind: 'useful', lang: 'fr', slug, comment },
    ]);
    expect(await storedFeedback(server.mongoUri, { comment: problem })).toEqual([
      { kind: 'problem', lang: 'fr', slug, itemId: item.id, comment: problem },
    ]);
    expect(realProblems(problems)).toEqual([]);
  });

  it('keeps fiches on the device, shares a link with a QR code made on the device, and explains a missing voice', async () => {
    const { context, page, problems } = await openPage({ locale: 'ti' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => localStorage.setItem('reperes.language', 'ti'));
    const fiche = await api<ResolvedFiche>(server, `/fiches/${FICHE}?lang=ti`);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}/fiche/${FICHE}`);
    await page.getByRole('heading', { level: 1, name: fiche.header.title }).waitFor();

    // Saved on the device.
    await page.getByRole('button', { name: ti.web.fiche.save }).click();
    await page.getByRole('button', { name: ti.web.fiche.saved }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('reperes.saved'))).toContain(fiche.id);

    // Share: copy the link, draw the QR code (no request leaves for it).
    await page.getByRole('button', { name: ti.web.share.title }).click();
    await page.getByRole('button', { name: ti.web.share.copy }).click();
    await page.getByText(ti.web.share.copied).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${server.url}/fiche/${FICHE}?lang=ti`,
    );
    const before = requests.filter((u) => !u.startsWith(server.url)).length;
    await page.getByRole('button', { name: ti.web.share.showQr }).click();
    const qr = page.getByRole('img', { name: ti.web.share.qrLabel });
    await qr.waitFor();
    expect((await qr.locator('path').getAttribute('d'))!.length).toBeGreaterThan(500);
    expect(requests.filter((u) => !u.startsWith(server.url)).length).toBe(before);

    // Read aloud: this machine has no Tigrinya voice, so the page says how to add one.
    const hasVoice = await page.evaluate(() =>
      speechSynthesis.getVoices().some((v) => v.lang.toLowerCase().startsWith('ti')),
    );
    if (!hasVoice) await page.getByTestId('no-voice').getByText(ti.web.readAloud.howToAdd).waitFor();

    // The saved list, then removed from it.
    await page.goto(`${server.url}/saved`);
    await page.getByRole('link', { name: fiche.header.title }).waitFor();
    await page.getByRole('button', { name: ti.web.saved.removeShort }).click();
    await page.getByText(ti.web.saved.empty).waitFor();
    expect(realProblems(problems)).toEqual([]);
  });

  it('prints the bilingual view side by side, right to left, without the app controls', async () => {
    const { page } = await openPage({ locale: 'ar' });
    await chooseLanguage(page, 'ar');
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto(`${server.url}/fiche/${FICHE}/bilingual`);
    const row = page.locator(`[data-unit="${OUTDATED_ITEM}"]`);
    await row.waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.bilingual__tools').isVisible()).toBe(false);
    const [reader, french] = [
      await row.locator('.bilingual__cell--reader').boundingBox(),
      await row.locator('.bilingual__cell--french').boundingBox(),
    ];
    expect(Math.abs(reader!.y - french!.y)).toBeLessThan(2);
    expect(reader!.x).toBeGreaterThan(french!.x);
  });
});
