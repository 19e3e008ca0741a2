import { Types } from 'mongoose';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  AdminFiche,
  PackManifest,
  PackSyncResponse,
  ResolvedFiche,
  TranslatorFiche,
} from '@reperes/shared';
import { UserModel } from '../../api/src/modules/users/user.model';
import { login, type TestClient, type TestUser } from '../../api/test/support/auth';
import { demarche } from '../../api/test/support/fixtures';
import type { TestApp } from '../../api/test/support/test-app';
import { describeBrowser, expectNoAxeViolations } from '../../web/e2e/support/browser';
import { signIn, startBackOffice, type BackOffice } from './support/backoffice';

// Needs `npm run build` first: the API server serves apps/admin/dist under /admin/ and the reader at /.
const TITLE = 'Obtenir la complémentaire santé solidaire';
const NEW_FRENCH = 'Envoyez une photo récente et la copie de votre titre de séjour.';
const NEW_ARABIC_TITLE = 'أرسل صورة حديثة';
const NEW_ARABIC_BODY = 'أرسل صورة حديثة ونسخة من تصريح إقامتك.';

const states = (doc: ResolvedFiche) => {
  const s = doc.sections;
  return Object.fromEntries([
    ['header', doc.header.state],
    ...[s.what, ...s.why, ...s.how, ...s.next].map((i) => [i.id, i.state]),
  ]);
};

/** What the reader page shows for each item (`data-state` on each item of apps/web's FicheItem). */
async function readerPageStates(page: Page, url: string): Promise<Record<string, string | null>> {
  await page.goto(url);
  await page.locator('[data-item="how-2"]').waitFor();
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-item]')].map((el) => [
        el.getAttribute('data-item'),
        el.getAttribute('data-state'),
      ]),
    ),
  );
}

describeBrowser(
  'translation: an outdated item, updated in the workspace, reviewed, back to readers',
  ({ openPage }) => {
    let bo: BackOffice;
    let editor: TestClient;
    let translatorUser: TestUser;
    let reviewerUser: TestUser;
    let translator: TestClient;
    let reviewer: TestClient;
    let fiche: AdminFiche;
    let oldHashes: Record<string, string> = {};

    const api = <T>(client: TestClient, method: string, path: string, body?: unknown) =>
      client.request<T>(method, path, body).then((res) => {
        if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
        return res.body;
      });
    const reader = async (lang: string) =>
      (await (await fetch(`${bo.url}/api/v1/fiches/${fiche.slug}?lang=${lang}`)).json()) as ResolvedFiche;

    beforeAll(async () => {
      bo = await startBackOffice();
      const asApp = { api: (path: string, init?: RequestInit) => fetch(bo.url + path, init) } as TestApp;
      const withLanguages = async (user: TestUser) => {
        await UserModel.updateOne({ _id: new Types.ObjectId(user.id) }, { $set: { languages: ['ar'] } });
        return { ...user, languages: ['ar' as const] };
      };
      editor = await login(asApp, await bo.person(['editor'], { name: 'Éditrice DIAIR' }));
      translatorUser = await withLanguages(await bo.person(['translator'], { name: 'Amal Haddad' }));
      reviewerUser = await withLanguages(await bo.person(['reviewer'], { name: 'Karim Mansour' }));
      translator = await login(asApp, translatorUser);
      reviewer = await login(asApp, reviewerUser);

      // A published fiche, fully translated into Arabic and approved (through the API).
      const draft = await api<AdminFiche>(editor, 'POST', '/api/v1/admin/fiches', {
        content: demarche({ title: TITLE }),
      });
      fiche = await api<AdminFiche>(editor, 'POST', `/api/v1/admin/fiches/${draft.id}/publish`, {});
      const ws = await api<TranslatorFiche>(translator, 'GET', `/api/v1/translations/ar/fiches/${fiche.id}`);
      for (const u of ws.units) {
        const url = `/api/v1/translations/ar/fiches/${fiche.id}/units/${u.id}`;
        await api(translator, 'PUT', url, {
          title: `ترجمة ${u.french.title}`,
          body: `ترجمة: ${u.french.body}`,
        });
        await api(translator, 'POST', `${url}/submit`, {});
        await api(reviewer, 'POST', `${url}/approve`, {});
      }
      expect(Object.values(states(await reader('ar')))).toEqual(Array(5).fill('up_to_date'));
      const manifest = (await (await fetch(`${bo.url}/api/v1/packs/ar/manifest`)).json()) as PackManifest;
      oldHashes = Object.fromEntries(manifest.fiches.map((f) => [f.id, f.hash]));
    });
    afterAll(async () => {
      await bo?.stop();
    });

    it('an editor changes one "how" item: only that item is outdated for Arabic readers', async () => {
      const current = await api<AdminFiche>(editor, 'GET', `/api/v1/admin/fiches/${fiche.id}`);
      const content = structuredClone(current.content);
      content.sections.how[1]!.body = NEW_FRENCH;
      await api(editor, 'PUT', `/api/v1/admin/fiches/${fiche.id}`, { revision: current.revision, content });
      await api(editor, 'POST', `/api/v1/admin/fiches/${fiche.id}/publish`, {});

      expect(states(await reader('ar'))).toEqual({
        header: 'up_to_date',
        what: 'up_to_date',
        'how-1': 'up_to_date',
        'how-2': 'outdated',
        'next-1': 'up_to_date',
      });
      const { page, problems } = await openPage();
      expect(await readerPageStates(page, `${bo.url}/fiche/${fiche.slug}?lang=ar`)).toEqual({
        what: 'up_to_date',
        'how-1': 'up_to_date',
        'how-2': 'outdated',
        'next-1': 'up_to_date',
      });
      expect(problems).toEqual([]);
    });

    it('the translator sees the French change in the workspace, updates the item and submits it', async () => {
      const { page, problems } = await openPage();
      await signIn(page, bo.url, translatorUser, '/admin/translation');
      await page.getByRole('heading', { level: 1, name: 'Traduction' }).waitFor();
      await page.getByRole('link', { name: 'Traduire' }).click();

      // The fiche list puts the outdated fiche first, with its outdated item counted.
      const row = page.locator(`tr[data-fiche="${fiche.id}"]`);
      await row.waitFor();
      expect(await row.textContent()).toContain('1 passage à mettre à jour');
      await row.getByRole('link', { name: TITLE }).click();

      const unit = page.locator('#unit-how-2');
      await unit.waitFor();
      expect(await unit.getAttribute('data-progress')).toBe('outdated');
      const diff = unit.getByTestId('french-diff');
      expect(await diff.locator('ins').first().innerText()).toContain('récente');
      // The target side is right to left, in Arabic.
      expect(await unit.locator('#body-how-2').getAttribute('dir')).toBe('rtl');
      expect(await page.locator('#unit-how-1').getAttribute('data-progress')).toBe('approved');
      await expectNoAxeViolations(page);

      await unit.locator('#title-how-2').fill(NEW_ARABIC_TITLE);
      await unit.locator('#body-how-2').fill(NEW_ARABIC_BODY);
      await unit.getByRole('button', { name: 'Aperçu' }).click();
      expect(await unit.getByTestId('preview').innerText()).toContain('أرسل صورة حديثة');
      await unit.getByRole('button', { name: 'Soumettre à la relecture' }).click();
      await unit.locator('[data-state="in_review"]').waitFor();
      expect(await unit.getAttribute('data-progress')).toBe('in_review');
      expect(problems).toEqual([]);

      // Readers still see the older approved text until a reviewer approves.
      expect(states(await reader('ar'))['how-2']).toBe('outdated');
    });

    it('a reviewer approves it: the Arabic reader is up to date again and a pack sync sends the fiche', async () => {
      const { page, problems } = await openPage();
      await signIn(page, bo.url, reviewerUser, '/admin/translation/ar/review');
      const item = page.locator('article[data-unit="how-2"]');
      await item.waitFor();
      expect(await item.innerText()).toContain(NEW_ARABIC_BODY);
      await expectNoAxeViolations(page);
      await item.getByRole('button', { name: 'Approuver et publier' }).click();
      await page.getByText(`Approuvé et publié : ${TITLE}`).waitFor();

      // The coverage dashboard counts the fiche's Arabic words as up to date again.
      await page.goto(`${bo.url}/admin/translation/coverage`);
      const arabic = page.locator('[data-testid="coverage"] tr[data-lang="ar"]');
      await arabic.waitFor();
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);

      const doc = await reader('ar');
      expect(Object.values(states(doc))).toEqual(Array(5).fill('up_to_date'));
      expect(doc.sections.how[1]).toMatchObject({ title: NEW_ARABIC_TITLE, lang: 'ar' });
      const readerPage = (await openPage()).page;
      expect((await readerPageStates(readerPage, `${bo.url}/fiche/${fiche.slug}?lang=ar`))['how-2']).toBe(
        'up_to_date',
      );

      const sync = await fetch(`${bo.url}/api/v1/packs/ar/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ have: oldHashes }),
      });
      const body = (await sync.json()) as PackSyncResponse;
      expect(body.upserts.map((d) => d.id)).toContain(fiche.id);
      expect(body.upserts.find((d) => d.id === fiche.id)?.sections.how[1]?.state).toBe('up_to_date');
    });
  },
);
