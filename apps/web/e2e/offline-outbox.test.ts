import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser } from './support/browser';
import { feedbackWithComment } from './support/content';
import { createRestartableServer, type RestartableServer } from './support/restartable-server';

// Issue 5 item 7: a report made offline waits in IndexedDB and reaches the database once, after the
// connection returns. Also item 3: a fiche opened once (no pack) opens again offline. Needs a build.

const SLUG = 'demander-l-asile';
const isNetworkNoise = (line: string) =>
  /net::ERR_|Failed to load resource|Failed to fetch|NetworkError/i.test(line);

/** Reports waiting in the outbox, read straight from IndexedDB. */
function outboxCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('reperes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

describeBrowser('reports made offline', ({ openPage }) => {
  let server: RestartableServer;
  let mongoUri: string;

  beforeAll(async () => {
    server = await createRestartableServer({ inMemory: true });
    mongoUri = server.mongoUri;
    await server.start();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('keeps a fiche opened once and sends feedback given offline exactly once when back online', async () => {
    const { context, page, problems } = await openPage();
    await context.addInitScript(() => localStorage.setItem('reperes.language', 'fr'));
    const feedbackPosts: string[] = [];
    // Context-wide: requests of the page and of its service worker (Background Sync) alike.
    context.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/feedback')) {
        feedbackPosts.push(request.postData() ?? '');
      }
    });

    const fiche = (await (await fetch(`${server.url}/api/v1/fiches/${SLUG}?lang=fr`)).json()) as {
      header: { title: string };
    };
    const titleText = fiche.header.title;
    await page.goto(`${server.url}/fiche/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: titleText }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: titleText }).waitFor();
    await page.getByTestId('offline-banner').waitFor();

    // Letters only: the API masks digit runs that look like phone numbers.
    const comment = `Avis donné hors ligne ${Math.random()
      .toString(36)
      .replace(/[^a-z]/g, '')}`;
    const feedback = page.getByTestId('feedback');
    await feedback.getByRole('button', { name: 'Oui' }).click();
    await feedback.getByLabel('Un commentaire ? (pas obligatoire)').fill(comment);
    await feedback.getByRole('button', { name: 'Envoyer' }).click();
    await feedback.getByText('Merci ! Votre avis partira quand vous aurez Internet.').waitFor();
    expect(await outboxCount(page)).toBe(1);
    expect(await feedbackWithComment(mongoUri, comment)).toHaveLength(0);

    await context.setOffline(false);
    await expect
      .poll(async () => (await feedbackWithComment(mongoUri, comment)).length, { timeout: 20_000 })
      .toBe(1);
    await expect.poll(() => outboxCount(page)).toBe(0);
    expect(await page.getByTestId('offline-banner').count()).toBe(0);

    // A later start finds nothing left to send.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: titleText }).waitFor();
    await page.waitForTimeout(1_500);
    const stored = await feedbackWithComment(mongoUri, comment);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'useful', lang: 'fr', slug: SLUG });
    expect(stored[0]!.clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(feedbackPosts).toHaveLength(1);
    expect(JSON.parse(feedbackPosts[0]!)).toMatchObject({ clientId: stored[0]!.clientId, comment });
    expect(problems.filter((p) => !isNetworkNoise(p))).toEqual([]);
  });
});
