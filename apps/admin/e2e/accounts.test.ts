import type { Page } from 'playwright-core';
import { generate } from 'otplib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestUser } from '../../api/test/support/auth';
import { describeBrowser, expectNoAxeViolations } from '../../web/e2e/support/browser';
import { signIn, startBackOffice, type BackOffice } from './support/backoffice';

// Needs `npm run build` first. The server runs in development mode (still serving the built back-office):
// only then does the API expose its mail outbox (GET /api/v1/dev/mail), which the dev page shows, so the
// invite and reset flows work offline.
const STRONG = 'Mouette-orange-sur-le-canal-2026';

/** Opens the newest mail to `to` on the dev outbox page and follows its link. */
async function followMail(page: Page, url: string, to: string, subject: RegExp): Promise<void> {
  await page.goto(`${url}/admin/dev/mail`);
  const mail = page.getByTestId('dev-mail').filter({ hasText: to }).filter({ hasText: subject }).first();
  await expect
    .poll(
      async () => {
        if ((await mail.count()) > 0) return true;
        await page.getByRole('button', { name: 'Actualiser' }).click();
        return false;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  await mail.getByRole('link').first().click();
}

describeBrowser(
  'back-office accounts: invites, password reset, TOTP enrolment, administration',
  ({ openPage }) => {
    let bo: BackOffice;
    let admin: TestUser;

    beforeAll(async () => {
      bo = await startBackOffice({ NODE_ENV: 'development', SERVE_STATIC: 'true' });
      admin = await bo.person(['admin'], { name: 'Claire Martin' });
      await bo.organisation('Association Horizon');
    });
    afterAll(async () => {
      await bo?.stop();
    });

    it('lets an admin invite a contributor, who accepts through the mailed link and signs in', async () => {
      const { page, problems } = await openPage({ viewport: { width: 1280, height: 900 } });
      await signIn(page, bo.url, admin);
      await page.goto(`${bo.url}/admin/users`);
      await page.getByRole('heading', { level: 1, name: 'Utilisateurs' }).waitFor();
      await page.getByTestId('users').waitFor();
      await expectNoAxeViolations(page);

      await page.locator('#invite-email').fill('nadia.haddad@example.org');
      await page.locator('#invite-name').fill('Nadia Haddad');
      const org = page.locator('#invite-form-organisations label').filter({ hasText: 'Association Horizon' });
      await org.click();
      await page.getByRole('button', { name: "Envoyer l'invitation" }).click();
      await page.getByText('Invitation envoyée à nadia.haddad@example.org.').first().waitFor();
      await page.getByText(/Nadia Haddad — nadia\.haddad@example\.org \(Contributeur\)/).waitFor();

      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await followMail(page, bo.url, 'nadia.haddad@example.org', /Invitation/);
      await page.getByRole('heading', { level: 1, name: 'Créer votre compte' }).waitFor();
      await expectNoAxeViolations(page);
      await page.locator('#invite-name').fill('Nadia Haddad');
      await page.locator('#invite-password').fill('motdepasse');
      await page.locator('#invite-confirmation').fill('motdepasse');
      await page.getByRole('button', { name: 'Créer mon compte' }).click();
      await page
        .getByRole('alert')
        .getByText(/trop facile à deviner/)
        .waitFor();
      await page.locator('#invite-password').fill(STRONG);
      await page.locator('#invite-confirmation').fill(STRONG);
      await page.getByRole('button', { name: 'Créer mon compte' }).click();
      await page.getByText('Votre compte (nadia.haddad@example.org) est créé.', { exact: false }).waitFor();

      await page.goto(`${bo.url}/admin/login`);
      await page.locator('#login-email').fill('nadia.haddad@example.org');
      await page.locator('#login-password').fill(STRONG);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Fiches' }).waitFor();
      expect(problems.filter((p) => !p.includes('status of 400'))).toEqual([]);
    });

    it('resets a forgotten password through the mailed link', async () => {
      const { page } = await openPage();
      const person = await bo.person(['contributor'], { name: 'Yonas Tesfaye' });
      await page.goto(`${bo.url}/admin/login`);
      await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
      await expectNoAxeViolations(page);
      await page.locator('#forgot-email').fill(person.email);
      await page.getByRole('button', { name: 'Recevoir un lien' }).click();
      await page.getByText(/Si un compte existe avec cette adresse/).waitFor();

      await followMail(page, bo.url, person.email, /mot de passe/);
      await page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor();
      await page.locator('#reset-password').fill(STRONG);
      await page.locator('#reset-confirmation').fill(STRONG);
      await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
      await page.getByText('Votre mot de passe a été changé.', { exact: false }).waitFor();

      await signIn(page, bo.url, { ...person, password: STRONG });
    });

    it('makes an editor without TOTP enrol first: QR code drawn on the device, recovery codes shown once', async () => {
      const { page, problems } = await openPage({ viewport: { width: 1280, height: 900 } });
      const editor = await bo.person(['editor'], { name: 'Sofia Petrenko', totp: false });
      await page.goto(`${bo.url}/admin/login`);
      await page.locator('#login-email').fill(editor.email);
      await page.locator('#login-password').fill(editor.password);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Activer la validation en deux étapes' }).waitFor();
      const qr = page.getByRole('img', { name: /QR code/ });
      await qr.waitFor();
      expect(await qr.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
      await expectNoAxeViolations(page);

      // Until enrolment is done, every other page leads back here.
      await page.goto(`${bo.url}/admin/fiches`);
      await page.getByRole('heading', { level: 1, name: 'Activer la validation en deux étapes' }).waitFor();

      const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
      await page.locator('#totp-code').fill(await generate({ secret }));
      await page.getByRole('button', { name: 'Activer' }).click();
      const codes = page.getByTestId('recovery-codes').locator('li');
      await codes.first().waitFor();
      expect(await codes.count()).toBe(10);
      const recovery = (await codes.first().innerText()).trim();
      await page.getByRole('button', { name: "J'ai noté mes codes, continuer" }).click();
      await page.getByRole('heading', { level: 1, name: 'Fiches' }).waitFor();

      // A recovery code signs in once.
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.locator('#login-email').fill(editor.email);
      await page.locator('#login-password').fill(editor.password);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.getByRole('button', { name: 'Utiliser un code de secours' }).click();
      await page.locator('#login-recovery').fill(recovery);
      await page.getByRole('button', { name: 'Valider' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
      expect(problems).toEqual([]);
    });

    it('lets an admin create an organisation, add a member, and read a theme name in every language', async () => {
      const { page, problems } = await openPage({ viewport: { width: 1280, height: 900 } });
      const member = await bo.person(['contributor'], { name: 'Ali Rahimi' });
      await signIn(page, bo.url, admin);
      await page.goto(`${bo.url}/admin/organisations`);
      await page.locator('#org-name').fill('Cimade Île-de-France');
      await page.locator('#org-website').fill('https://www.lacimade.org');
      await page.getByRole('button', { name: "Créer l'organisation" }).click();
      await page.getByRole('heading', { level: 1, name: 'Cimade Île-de-France' }).waitFor();
      await page.locator('#member-search').fill('Ali Rahimi');
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await page.getByRole('button', { name: 'Ajouter Ali Rahimi' }).click();
      await page.getByText("Ali Rahimi fait maintenant partie de l'organisation.").first().waitFor();
      await page.getByRole('heading', { name: 'Membres (1)' }).waitFor();
      await expectNoAxeViolations(page);
      expect(member.name).toBe('Ali Rahimi');

      await page.goto(`${bo.url}/admin/themes`);
      await page.getByRole('heading', { level: 2, name: /1\. Logement/ }).waitFor();
      // Every language's name, in its own direction (themes.test.ts edits them).
      await page.getByRole('button', { name: 'Modifier le thème Logement' }).click();
      const arabic = page.getByLabel('Nom en arabe').first();
      expect(await arabic.inputValue()).toBe('السكن');
      expect(await arabic.getAttribute('dir')).toBe('rtl');
      expect(await page.getByLabel('Nom en tigrigna').first().inputValue()).toBe('መንበሪ ገዛ');
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
    });
  },
);
