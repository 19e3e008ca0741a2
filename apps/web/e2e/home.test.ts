import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, expectNoAxeViolations } from './support/browser';
import { startServer, type RunningServer } from './support/server';

// Needs `npm run build` first: the API server serves apps/web/dist and apps/admin/dist.
describeBrowser('reader home page', ({ openPage }) => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('shows the app name and the database state from the API, in French', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/`);

    await page.getByRole('heading', { level: 1, name: 'Repères' }).waitFor();
    const health = page.getByTestId('health');
    await health.waitFor();
    expect(await health.innerText()).toContain('Base de données\u00a0: connectée');
    expect(await health.innerText()).toContain('Serveur\u00a0: opérationnel');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.title()).toBe('Repères');
    expect(problems).toEqual([]);
  });

  it('has no accessibility violations', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/`);
    await page.getByTestId('health').waitFor();
    await expectNoAxeViolations(page);
  });

  it('offers a skip link to the main content as the first tab stop', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/`);
    await page.getByTestId('health').waitFor();

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
    await page.getByTestId('health').waitFor();

    await page.getByLabel('Langue').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.getByTestId('health').innerText()).toContain('قاعدة البيانات: متصلة');

    await page.reload();
    await page.getByTestId('health').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.getByLabel('اللغة').inputValue()).toBe('ar');
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('is controlled by its service worker and opens offline, on any reader URL', async () => {
    const { context, page } = await openPage();
    await page.goto(`${server.url}/`);
    await page.getByTestId('health').waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Repères' }).waitFor();
    await page.getByText('Le serveur est injoignable').waitFor();

    await page.goto(`${server.url}/une/page/qui/n-existe-pas`);
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
  });

  it('leaves the back-office and the API to the network even when its worker controls the page', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await page.goto(`${server.url}/admin/`);
    await page.getByRole('heading', { level: 1, name: 'Repères — administration' }).waitFor();

    const response = await page.goto(`${server.url}/api/v1/health`);
    expect(response?.headers()['content-type']).toContain('application/json');
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
