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

  it('sends a deep link to the sign-in page, and back to it after signing in', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/admin/fiches/0123456789abcdef01234567`);
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/admin/login');
    expect(url.searchParams.get('redirect')).toBe('/fiches/0123456789abcdef01234567');
  });

  it('has no accessibility violations', async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/admin/`);
    await page.getByTestId('health').waitFor();
    await expectNoAxeViolations(page);
  });
});
