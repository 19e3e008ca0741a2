import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, expectNoAxeViolations } from '../../web/e2e/support/browser';
import { startServer, type RunningServer } from '../../web/e2e/support/server';

// Needs `npm run build` first: the API server serves apps/admin/dist under /admin/.
describeBrowser('back-office home page', ({ openPage }) => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('shows its title and the server health, in French', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/admin/`);

    await page.getByRole('heading', { level: 1, name: 'Repères — administration' }).waitFor();
    const health = page.getByTestId('health');
    await health.waitFor();
    expect(await health.innerText()).toContain('Base de données\u00a0: connectée');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.title()).toBe('Repères — administration');
    expect(problems).toEqual([]);
  });

  it('opens a deep link from its own shell', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/admin/fiches/quelque-chose`);
    await page.getByRole('heading', { level: 1, name: 'Repères — administration' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/');
  });

  it('has no accessibility violations', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/admin/`);
    await page.getByTestId('health').waitFor();
    await expectNoAxeViolations(page);
  });
});
