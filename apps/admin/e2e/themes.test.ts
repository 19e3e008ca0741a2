import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AdminThemeList, ThemeList } from '@reperes/shared';
import type { TestUser } from '../../api/test/support/auth';
import { describeBrowser, expectNoAxeViolations } from '../../web/e2e/support/browser';
import { signIn, startBackOffice, type BackOffice } from './support/backoffice';

// Needs `npm run build` first: the API server serves apps/admin/dist under /admin/, with the seed catalogue.

async function publicThemes(page: Page, lang: string): Promise<ThemeList> {
  return page.evaluate(async (l) => (await fetch(`/api/v1/themes?lang=${l}`)).json(), lang);
}

async function adminThemes(page: Page): Promise<AdminThemeList> {
  return page.evaluate(async () => (await fetch('/api/v1/themes/admin')).json());
}

describeBrowser('back-office: themes and needs', ({ openPage }) => {
  let bo: BackOffice;
  let editor: TestUser;

  beforeAll(async () => {
    bo = await startBackOffice();
    editor = await bo.person(['editor'], { name: 'Amina Diallo' });
  });
  afterAll(async () => {
    await bo?.stop();
  });

  it('renames a theme in several languages and reorders its needs, with no accessibility violations', async () => {
    const { page, problems } = await openPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, bo.url, editor);
    await page.goto(`${bo.url}/admin/themes`);
    await page.getByRole('heading', { level: 1, name: 'Thèmes et besoins' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^\d+\. Santé$/ }).waitFor();
    await expectNoAxeViolations(page);

    // Open the theme's form: one field per language, with its lang and direction.
    await page.getByRole('button', { name: 'Modifier le thème Santé' }).click();
    const form = page.locator('#theme-sante-f-form');
    await form.waitFor();
    const arabic = form.getByLabel('Nom en arabe');
    expect(await arabic.getAttribute('lang')).toBe('ar');
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    expect(await form.getByLabel('Nom en pachto').getAttribute('dir')).toBe('rtl');
    const tigrinya = form.getByLabel('Nom en tigrigna');
    expect(await tigrinya.getAttribute('dir')).toBe('ltr');
    // Ge'ez and Arabic script in fonts that have their glyphs, loaded for the fields that show them.
    expect(await tigrinya.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Noto Sans Ethiopic/);
    expect(await arabic.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Vazirmatn/);
    await page.waitForFunction(() =>
      [...document.fonts].some(
        (f) => f.family.replace(/"/g, '') === 'Noto Sans Ethiopic' && f.status === 'loaded',
      ),
    );
    await expectNoAxeViolations(page);

    // Bad input: a clear message on the field, and nothing typed is lost.
    await arabic.fill('الصحة والرعاية');
    await form.getByLabel('Nom en anglais').fill('Health and care');
    await form.getByLabel('Nom en français').fill('');
    await form.getByLabel('Couleur').fill('#ffee00');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.getByText('Ce champ est obligatoire.').waitFor();
    await form.getByText(/Couleur trop claire/).waitFor();
    expect(await form.getByLabel('Nom en français').getAttribute('aria-invalid')).toBe('true');
    expect(await arabic.inputValue()).toBe('الصحة والرعاية');
    expect(await form.getByLabel('Nom en anglais').inputValue()).toBe('Health and care');
    await form.getByLabel('Nom en français').fill('Santé et soins');
    await form.getByLabel('Couleur').fill('#b3261e');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { level: 2, name: /^\d+\. Santé et soins$/ }).waitFor();
    await expect
      .poll(() => page.getByTestId('themes-status').innerText())
      .toBe('« Santé et soins » enregistré.');

    // Readers see the new names at once.
    const ar = await publicThemes(page, 'ar');
    expect(ar.themes.find((t) => t.id === 'sante')).toMatchObject({ name: 'الصحة والرعاية', lang: 'ar' });
    const en = await publicThemes(page, 'en');
    expect(en.themes.find((t) => t.id === 'sante')?.name).toBe('Health and care');

    // Reorder the needs with the keyboard: "Descendre" on the first need, announced, focus kept on the need.
    const before = (await adminThemes(page)).themes.find((t) => t.id === 'sante')?.needs.map((n) => n.id);
    expect(before).toEqual(['couverture-sante', 'se-soigner', 'sante-mentale']);
    await page.getByRole('button', { name: 'Descendre le besoin Couverture santé' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('themes-status').innerText())
      .toBe('« Couverture santé » déplacé en position 2 sur 3.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('need-sante-couverture-sante-down');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('themes-status').innerText())
      .toBe('« Couverture santé » déplacé en position 3 sur 3.');
    // At the bottom, focus moves to "Monter" (the "Descendre" button is now disabled).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('need-sante-couverture-sante-up');
    const sante = page.locator('[data-testid="theme"]').filter({ has: page.locator('#theme-sante-title') });
    await expect
      .poll(() => sante.getByTestId('need').locator('.need__name').allInnerTexts())
      .toEqual(['1. Se soigner', '2. Santé mentale', '3. Couverture santé']);
    const after = (await adminThemes(page)).themes.find((t) => t.id === 'sante')?.needs.map((n) => n.id);
    expect(after).toEqual(['se-soigner', 'sante-mentale', 'couverture-sante']);
    expect(
      (await publicThemes(page, 'fr')).themes.find((t) => t.id === 'sante')?.needs.map((n) => n.id),
    ).toEqual(after);

    // Move a need to another theme: it keeps its id, so the fiches that use it keep it.
    await page.getByRole('button', { name: 'Changer de thème : besoin Santé mentale' }).click();
    await page.getByLabel('Nouveau thème du besoin « Santé mentale »').selectOption({ label: 'Travail' });
    await page.getByRole('button', { name: 'Déplacer', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('themes-status').innerText())
      .toBe('Besoin « Santé mentale » déplacé vers « Travail ».');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('need-travail-sante-mentale-edit');
    const moved = (await adminThemes(page)).themes;
    expect(moved.find((t) => t.id === 'sante')?.needs.map((n) => n.id)).toEqual([
      'se-soigner',
      'couverture-sante',
    ]);
    expect(moved.find((t) => t.id === 'travail')?.needs.at(-1)?.id).toBe('sante-mentale');

    // A theme fiches use cannot be deleted: the refusal says how many fiches use it.
    await page.getByRole('button', { name: 'Supprimer le thème Santé et soins' }).click();
    await page.getByRole('button', { name: 'Oui, supprimer' }).click();
    await sante
      .getByRole('alert')
      .getByText(/Suppression impossible : \d+ fiche\(s\) utilisent encore/)
      .waitFor();
    await expectNoAxeViolations(page);
    expect((await adminThemes(page)).themes.some((t) => t.id === 'sante')).toBe(true);

    expect(problems.filter((p) => !p.includes('409'))).toEqual([]);
  });
});
