import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { FicheModel } from '../../api/src/modules/fiches/fiche.model';
import type { TestUser } from '../../api/test/support/auth';
import { describeBrowser, expectNoAxeViolations } from '../../web/e2e/support/browser';
import { signIn, startBackOffice, totpCode, type BackOffice } from './support/backoffice';

// Needs `npm run build` first: the API server serves apps/admin/dist under /admin/.
const TITLE = 'Obtenir une adresse postale avec la domiciliation';
const FIRST_SUMMARY = 'Une adresse pour recevoir son courrier.';
const FIXED_SUMMARY = 'Une adresse gratuite pour recevoir son courrier et faire ses démarches.';

/** The text of the save status once it says "Enregistré…" (autosave waits 2 s after typing). */
async function saved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-status').innerText(), { timeout: 20_000 })
    .toMatch(/^Enregistré/);
}

/** DSFR radios and checkboxes are drawn by their label: click the label, as a person does. */
const tick = (page: Page, id: string) => page.locator(`label[for="${id}"]`).click();

async function ficheState(
  page: Page,
  id: string,
): Promise<{ status: string; revision: number; slug: string; content: { title: string; summary: string } }> {
  return page.evaluate(async (ficheId) => {
    const r = await fetch(`/api/v1/admin/fiches/${ficheId}`);
    return r.json();
  }, id);
}

describeBrowser('back-office: write, review, publish, history, conflicts', ({ openPage }) => {
  let bo: BackOffice;
  let contributor: TestUser;
  let editor: TestUser;
  let ficheId = '';

  beforeAll(async () => {
    bo = await startBackOffice();
    const organisation = await bo.organisation('Association Horizon');
    contributor = await bo.person(['contributor'], { name: 'Karim Benali', organisationIds: [organisation] });
    editor = await bo.person(['editor'], { name: 'Amina Diallo' });
  });
  afterAll(async () => {
    await bo?.stop();
  });

  it('signs an editor in with the TOTP step, after a wrong code, with no accessibility violations', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${bo.url}/admin/login`);
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    await expectNoAxeViolations(page);

    // Errors are tied to their fields.
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const email = page.locator('#login-email');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toBe('login-email-error');
    expect(await page.locator('#login-email-error').innerText()).toBe('Saisissez votre adresse e-mail.');

    await email.fill(editor.email);
    await page.locator('#login-password').fill('pas le bon mot de passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();

    await page.locator('#login-password').fill(editor.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Validation en deux étapes' }).waitFor();
    await expectNoAxeViolations(page);
    await page.locator('#login-code').fill('000000');
    await page.getByRole('button', { name: 'Valider' }).click();
    await page
      .getByRole('alert')
      .getByText(/Ce code n'est pas val/)
      .waitFor();
    await page.locator('#login-code').fill(await totpCode(editor));
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/dashboard');
    expect(problems.filter((p) => !p.includes('status of 40'))).toEqual([]);
  });

  it('lets a contributor create a fiche, blocks submission until the checklist is complete, then submits', async () => {
    const { page, problems } = await openPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, bo.url, contributor);
    await page.getByRole('heading', { level: 1, name: 'Fiches' }).waitFor();
    // A contributor sees only their organisation's fiches: none yet.
    await page.getByText('Aucune fiche ne correspond à ces critères.').waitFor();
    await expectNoAxeViolations(page);

    await tick(page, 'new-type-demarche');
    await page.locator('#new-title').fill(TITLE);
    await page.getByRole('button', { name: 'Créer la fiche' }).click();
    await page.getByRole('heading', { level: 1, name: `Fiche « ${TITLE} »` }).waitFor();
    ficheId = new URL(page.url()).pathname.split('/').at(-1)!;

    // Blocked by the checklist.
    const checklist = page.getByTestId('checklist');
    await expect.poll(() => checklist.innerText()).toMatch(/points à compléter/);
    expect(await checklist.innerText()).toContain("Indiquez l'administration en charge.");
    expect(await page.getByTestId('submit').isDisabled()).toBe(true);
    await expectNoAxeViolations(page);

    // Structured metadata.
    await page.locator('#f-administration').fill("Centre communal d'action sociale (CCAS)");
    await page.locator('#f-summary').fill(FIRST_SUMMARY);
    await page.locator('#f-mainTheme').selectOption('logement');
    await tick(page, 'f-eligibility-legalStatus-state-filled');
    await tick(page, 'f-eligibility-legalStatus-values-asylum_seeker');
    await tick(page, 'f-eligibility-legalStatus-values-refugee');
    for (const field of ['public', 'frenchLevel', 'price', 'conditions'])
      await tick(page, `f-eligibility-${field}-state-na`);
    await tick(page, 'f-eligibility-age-state-filled');
    await page.locator('#f-eligibility-age-min').fill('18');
    await tick(page, 'f-eligibility-location-state-filled');
    await tick(page, 'f-eligibility-location-kind-departments');
    await page.locator('#f-eligibility-location-departments').fill('75, 93, 99');
    // A wrong département is reported at its field and keeps the change on the device.
    await page.locator('#f-eligibility-location-departments-error').waitFor();
    await expect
      .poll(() => page.getByTestId('save-status').innerText())
      .toMatch(/corrigez les champs signalés/);
    expect(await page.locator('#f-eligibility-location-departments').getAttribute('aria-describedby')).toBe(
      'f-eligibility-location-departments-error',
    );
    await page.locator('#f-eligibility-location-departments').fill('75, 93, 2A');

    // Markdown with a live preview from the shared pipeline (the reader's renderMarkdown + labelCallouts).
    await page
      .locator('#f-sections-what-body')
      .fill('La **domiciliation** vous donne une adresse.\n\n> [!IMPORTANT]\n> Ce service est gratuit.');
    const preview = page.getByTestId('markdown-preview').first();
    await preview
      .locator('.callout--important[role="note"] .callout__title')
      .getByText('Important')
      .waitFor();
    expect(await preview.locator('strong').innerText()).toBe('domiciliation');

    // Section items, added and reordered with the keyboard.
    await page.getByRole('button', { name: 'Ajouter un élément à « Comment faire ? »' }).click();
    await page.locator('#f-sections-how-0-title').fill('Demander la domiciliation au CCAS');
    await page
      .locator('#f-sections-how-0-body')
      .fill("Présentez-vous au CCAS de votre commune avec une pièce d'identité.");
    await page.getByRole('button', { name: 'Ajouter un élément à « Comment faire ? »' }).click();
    await page.locator('#f-sections-how-1-title').fill('Prendre rendez-vous');
    await page.locator('#f-sections-how-1-body').fill('Appelez le CCAS pour un rendez-vous.');
    await page.getByRole('button', { name: /^Monter l'élément 2/ }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#f-sections-how-0-title').inputValue()).toBe('Prendre rendez-vous');
    expect(
      await page.getByRole('status').filter({ hasText: 'Élément déplacé en position 1 sur 2.' }).count(),
    ).toBe(1);
    await page.getByRole('button', { name: 'Ajouter un élément à « Et après ? »' }).click();
    await page.locator('#f-sections-next-0-title').fill('Recevoir son courrier');
    await page.locator('#f-sections-next-0-body').fill('Passez chercher votre courrier chaque semaine.');

    await saved(page);
    await expect.poll(() => checklist.innerText()).toContain('La fiche est complète');

    // A change typed just before a reload survives it (kept on the device, then sent).
    await page
      .locator('#f-sections-next-0-body')
      .fill('Passez chercher votre courrier au moins une fois par semaine.');
    await page.reload();
    await page.locator('#f-sections-next-0-body').waitFor();
    expect(await page.locator('#f-sections-next-0-body').inputValue()).toBe(
      'Passez chercher votre courrier au moins une fois par semaine.',
    );
    await saved(page);

    expect(await page.getByTestId('submit').isDisabled()).toBe(false);
    await page.getByTestId('submit').click();
    await page.getByText('Fiche soumise à la relecture.').waitFor();
    expect(await page.locator('[data-status]').first().getAttribute('data-status')).toBe('in_review');
    expect((await ficheState(page, ficheId)).status).toBe('in_review');
    expect(problems).toEqual([]);
  });

  it('lets the editor request changes from the review queue, with a required comment', async () => {
    const { page, problems } = await openPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, bo.url, editor);
    const queue = page.getByTestId('review-queue');
    await queue.getByRole('link', { name: TITLE }).waitFor();
    await expectNoAxeViolations(page);

    await queue.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: `Relecture : ${TITLE}` }).waitFor();
    await page.getByTestId('fiche-preview').locator('.callout--important').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Demander des modifications' }).click();
    expect(await page.locator('#workflow-comment').getAttribute('aria-describedby')).toBe(
      'workflow-comment-error',
    );
    await page.locator('#workflow-comment').fill('Le résumé doit dire que le service est gratuit.');
    await page.getByRole('button', { name: 'Demander des modifications' }).click();
    await page.getByText("Modifications demandées à l'auteur.").waitFor();
    expect((await ficheState(page, ficheId)).status).toBe('draft');
    expect(problems).toEqual([]);
  });

  it('shows the comment to the contributor, who fixes the fiche and resubmits', async () => {
    const { page, problems } = await openPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, bo.url, contributor);
    await page.goto(`${bo.url}/admin/fiches/${ficheId}`);
    await page
      .getByTestId('review-comment')
      .getByText('Le résumé doit dire que le service est gratuit.')
      .waitFor();
    await page.locator('#f-summary').fill(FIXED_SUMMARY);
    await saved(page);
    await page.getByTestId('submit').click();
    await page.getByText('Fiche soumise à la relecture.').waitFor();
    expect(problems).toEqual([]);
  });

  it('lets the editor publish; readers get the fiche from the public API', async () => {
    const { page, problems } = await openPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, bo.url, editor);
    await page.goto(`${bo.url}/admin/fiches/${ficheId}/review`);
    await page.getByRole('heading', { level: 1, name: `Relecture : ${TITLE}` }).waitFor();
    // First publication: no "minor change" option (nothing to keep translations of yet).
    expect(await page.locator('#workflow-minor').count()).toBe(0);
    await page.getByTestId('publish').click();
    await page.getByText('Fiche publiée.').waitFor();

    const { slug, status } = await ficheState(page, ficheId);
    expect(status).toBe('published');
    const response = await fetch(`${bo.url}/api/v1/fiches/${slug}?lang=fr`);
    expect(response.status).toBe(200);
    const reader = (await response.json()) as { header: unknown; sections: { how: { id: string }[] } };
    expect(JSON.stringify(reader.header)).toContain(TITLE);
    expect(JSON.stringify(reader.header)).toContain(FIXED_SUMMARY);
    expect(reader.sections.how).toHaveLength(2);

    // Published: the minor-change option now appears for the next publication, explained.
    await page.goto(`${bo.url}/admin/fiches/${ficheId}`);
    await page.getByRole('heading', { level: 1, name: `Fiche « ${TITLE} »` }).waitFor();
    await page.locator('#f-sections-next-0-title').fill('Recevoir son courrier au CCAS');
    await saved(page);
    const minor = page.locator('#workflow-minor');
    await minor.waitFor({ state: 'attached' });
    expect(await minor.getAttribute('aria-describedby')).toBe('workflow-minor-hint');
    await tick(page, 'workflow-minor');
    await page.getByTestId('publish').click();
    await page.getByText('Fiche publiée.').waitFor();
    expect(problems).toEqual([]);
  });

  it('shows every step in the history, a word diff between any two revisions, and the audit log', async () => {
    const { page, problems } = await openPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, bo.url, editor);
    await page.goto(`${bo.url}/admin/fiches/${ficheId}/history`);
    const rows = page.getByTestId('revisions').locator('tbody tr');
    await rows.first().waitFor();
    const events = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event')));
    for (const event of [
      'created',
      'saved',
      'submitted',
      'changes_requested',
      'published',
      'published_minor',
    ])
      expect(events).toContain(event);
    expect(await page.getByTestId('revisions').innerText()).toContain(
      'Le résumé doit dire que le service est gratuit.',
    );

    // Latest two revisions by default (the minor publication of the "Et après ?" title change).
    await page.getByTestId('diff').waitFor();

    // From the revision where changes were requested to the latest: the summary changed word by word.
    const number =
      (await page.locator('tr[data-event="changes_requested"]').getAttribute('data-number')) ?? '';
    await tick(page, `from-${number}`);
    await page.getByRole('button', { name: 'Comparer les révisions choisies' }).click();
    await page
      .getByRole('heading', { name: new RegExp(`Différences entre les révisions ${number} et`) })
      .waitFor();
    const diff = page.getByTestId('diff');
    await expect
      .poll(() => diff.locator('ins.diff-ins').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining('gratuite')]));
    expect(await diff.locator('ins.diff-ins .fr-sr-only').first().innerText()).toBe('[ajouté :');
    expect(await diff.innerText()).toContain('Résumé');
    expect(await diff.innerText()).toContain('Recevoir son courrier au CCAS');

    const audit = page.getByTestId('audit');
    await audit.waitFor();
    expect(await audit.innerText()).toContain('Publication');
    expect(await audit.innerText()).toContain('Karim Benali');
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('gives editors a dashboard: stale fiches with reminders, the feedback inbox, counts', async () => {
    // A public seed fiche last updated 200 days ago, and two reader reports.
    const stale = await FicheModel.findOneAndUpdate(
      { slug: 'appeler-le-115' },
      { $set: { updatedAt: new Date(Date.now() - 200 * 86_400_000) } },
      { timestamps: false, returnDocument: 'after' },
    ).lean<{ draft: { title: string } }>();
    expect(stale).not.toBeNull();
    for (const report of [
      { kind: 'problem', slug: 'appeler-le-115', lang: 'fr', comment: 'Le numéro ne répond pas la nuit.' },
      { kind: 'search_miss', lang: 'ar', query: 'carte vitale' },
    ]) {
      const res = await fetch(`${bo.url}/api/v1/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...report, clientId: randomUUID() }),
      });
      expect(res.status).toBe(201);
    }

    const { page, problems } = await openPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, bo.url, editor);
    const staleTable = page.getByTestId('stale');
    await staleTable.getByRole('link', { name: stale!.draft.title }).waitFor();
    const inbox = page.getByTestId('feedback');
    await inbox.getByText('Le numéro ne répond pas la nuit.').waitFor();
    expect(await inbox.innerText()).toContain('« carte vitale »');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Envoyer des rappels aux organisations' }).click();
    await page.getByText(/^1 fiche\(s\) rappelée\(s\)/).waitFor();

    const row = inbox.locator('tr').filter({ hasText: 'Le numéro ne répond pas la nuit.' });
    await row.getByRole('button', { name: 'Marquer comme traité' }).click();
    await expect
      .poll(() => inbox.locator('tr').filter({ hasText: 'Le numéro ne répond pas la nuit.' }).count())
      .toBe(0);
    expect(problems).toEqual([]);
  });

  it('keeps edits on the device while offline and sends them when the connection is back', async () => {
    const { page, context, problems } = await openPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, bo.url, contributor);
    await page.goto(`${bo.url}/admin/fiches/${ficheId}`);
    await page.locator('#f-sections-how-1-body').waitFor();

    await context.setOffline(true);
    const offlineText =
      "Présentez-vous au CCAS avec une pièce d'identité et un justificatif de lien avec la commune.";
    await page.locator('#f-sections-how-1-body').fill(offlineText);
    await expect
      .poll(() => page.getByTestId('save-status').innerText(), { timeout: 20_000 })
      .toMatch(/^Hors ligne — vos modifications sont gardées sur cet appareil/);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('reperes.admin.draft:')),
    );
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(new RegExp(`^reperes\\.admin\\.draft:${ficheId}@\\d+$`));

    await context.setOffline(false);
    await saved(page);
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('reperes.admin.draft:')),
      ),
    ).toEqual([]);
    const state = (await ficheState(page, ficheId)) as unknown as {
      content: { sections: { how: { body: string }[] } };
    };
    expect(state.content.sections.how.map((i) => i.body)).toContain(offlineText);
    expect(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  it('shows the second of two people editing at once both versions side by side, and saves the merge', async () => {
    const a = await openPage({ viewport: { width: 1280, height: 900 } });
    const b = await openPage({ viewport: { width: 1280, height: 900 } });
    await signIn(a.page, bo.url, contributor);
    await signIn(b.page, bo.url, editor);
    await a.page.goto(`${bo.url}/admin/fiches/${ficheId}`);
    await a.page.locator('#f-summary').waitFor();
    await b.page.goto(`${bo.url}/admin/fiches/${ficheId}`);
    await b.page.locator('#f-summary').waitFor();

    // Presence: the editor sees who else has the fiche open.
    await b.page
      .getByTestId('presence')
      .getByText(/^Karim Benali (vient d'ouvrir|modifie) cette fiche/)
      .waitFor();

    const summaryA =
      'Une adresse gratuite, au CCAS ou dans une association agréée, pour recevoir son courrier.';
    const titleB = 'Obtenir une adresse postale gratuite avec la domiciliation';
    await a.page.locator('#f-summary').fill(summaryA);
    await saved(a.page);

    await b.page.locator('#f-title').fill(titleB);
    const merge = b.page.getByTestId('merge-view');
    await merge.waitFor({ timeout: 20_000 });
    expect(await b.page.getByTestId('save-status').innerText()).toMatch(/Quelqu'un a enregistré cette fiche/);
    // Both texts, side by side: theirs (the summary A saved) and mine (the title B typed).
    expect(await merge.locator('[data-side="theirs"]').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining(summaryA)]),
    );
    expect(await merge.locator('[data-side="mine"]').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining(titleB)]),
    );
    await expectNoAxeViolations(b.page);

    // Nothing typed is lost: a reload brings the same merge back from this device.
    await b.page.reload();
    await merge.waitFor();
    expect(await merge.locator('[data-side="mine"]').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining(titleB)]),
    );

    // Each side keeps what it changed (three-way default); save the merge against the new revision.
    await b.page.getByTestId('merge-save').click();
    await saved(b.page);
    const merged = await ficheState(b.page, ficheId);
    expect(merged.content.title).toBe(titleB);
    expect(merged.content.summary).toBe(summaryA);
    expect(a.problems).toEqual([]);
    expect(b.problems.filter((p) => !p.includes('status of 409'))).toEqual([]);
  });
});
