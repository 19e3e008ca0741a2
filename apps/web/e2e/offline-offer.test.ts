import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, expectNoAxeViolations } from './support/browser';
import { createRestartableServer, type RestartableServer } from './support/restartable-server';

// Issue 5 item 2: the reader's language pack is offered right after the first language choice, with its
// size; the "Available offline" screen is accessible in a right-to-left language. Needs a build.

describeBrowser('offering the language pack', ({ openPage }) => {
  let server: RestartableServer;

  beforeAll(async () => {
    server = await createRestartableServer({ inMemory: true });
    await server.start();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('offers the pack of the language chosen on the first visit, with its size, and downloads it', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/`);
    await page.getByTestId('language-chooser').getByRole('button', { name: 'Українська' }).click();

    const offer = page.getByTestId('pack-offer');
    await offer.getByRole('heading', { name: 'Читати без інтернету?' }).waitFor();
    await offer.getByText(/Завантажте всі картки мовою «Українська» \(\d/).waitFor();
    await offer.getByRole('button', { name: 'Завантажити' }).click();
    await offer.getByText('Картки мовою «Українська» доступні офлайн.').waitFor();
    await offer.getByRole('button', { name: 'Закрити' }).click();
    expect(await offer.count()).toBe(0);

    await page.goto(`${server.url}/offline`);
    await page.getByTestId('pack-uk').getByText('Кількість карток: 26').waitFor();
    expect(problems).toEqual([]);
  });

  it('does not offer it again after "later"', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/`);
    await page.getByTestId('language-chooser').getByRole('button', { name: 'English' }).click();
    const offer = page.getByTestId('pack-offer');
    await offer.getByRole('button', { name: 'Later' }).click();
    expect(await offer.count()).toBe(0);
    // Choosing the same language again on another visit: no offer.
    await page.evaluate(() => localStorage.removeItem('reperes.language'));
    await page.reload();
    await page.getByTestId('language-chooser').getByRole('button', { name: 'English' }).click();
    await page.waitForTimeout(1_000);
    expect(await offer.count()).toBe(0);
  });

  it('has no accessibility violations on the offline screen, in Arabic, with a pack stored', async () => {
    const { context, page } = await openPage();
    await context.addInitScript(() => localStorage.setItem('reperes.language', 'ar'));
    await page.goto(`${server.url}/offline`);
    await page.getByRole('checkbox', { name: 'العربية' }).check();
    await page.getByRole('checkbox', { name: 'Français' }).check();
    await page
      .getByTestId('pack-fr')
      .getByText(/^الحجم: /)
      .waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /^تنزيل \(/ }).click();
    await page.getByTestId('pack-ar').getByTestId('last-synced').waitFor();
    await page.getByTestId('pack-fr').getByTestId('last-synced').waitFor();
    await expectNoAxeViolations(page);
  });
});
