import { describe, expect, it } from 'vitest';
import type { Dashboard, StaleRemindersResult } from '@reperes/shared';
import { FicheModel } from '../../src/modules/fiches/fiche.model.js';
import { unitHash } from '../../src/modules/fiches/hash.js';
import { publishFiche } from '../../src/modules/fiches/publish.service.js';
import { TranslationModel } from '../../src/modules/translations/translation.model.js';
import { allMail, anonymousClient } from '../support/auth.js';
import { createPublishedFiche, demarche } from '../support/fixtures.js';
import { FICHES, createDraft, createOrganisation, oid, signedIn, useEditorialApp } from './harness.js';

const app = useEditorialApp();
const DAY = 86_400_000;

async function age(id: unknown, days: number) {
  await FicheModel.collection.updateOne(
    { _id: id as never },
    { $set: { updatedAt: new Date(Date.now() - days * DAY) } },
  );
}

describe('editors’ dashboard', () => {
  it('shows the review queue oldest first, stale fiches, open feedback and counts per theme, language and status', async () => {
    const org = await createOrganisation();
    const amina = await signedIn(app(), ['contributor'], [org]);
    const editor = await signedIn(app(), ['editor']);
    const fresh = await createPublishedFiche('carte-vitale');
    const old = await createPublishedFiche('vieille-fiche', demarche({ title: 'Une vieille fiche' }));
    await age(old, 200);
    await age(fresh, 179);
    const content = demarche();
    await TranslationModel.create({
      ficheId: fresh,
      lang: 'ar',
      unitId: 'header',
      approved: {
        title: 'طلب بطاقة فيتال',
        body: 'ملخص',
        sourceHash: unitHash({ title: content.title, body: content.summary }),
        state: 'approved',
        at: new Date(),
      },
    });
    await publishFiche(fresh);
    await age(fresh, 179);

    const first = await createDraft(amina.client, demarche({ title: 'Première soumise' }));
    const second = await createDraft(amina.client, demarche({ title: 'Deuxième soumise' }));
    await amina.client.post(`${FICHES}/${second.id}/submit`, {});
    await amina.client.post(`${FICHES}/${first.id}/submit`, {});
    await FicheModel.updateOne(
      { _id: oid(first.id) },
      { $set: { submittedAt: new Date(Date.now() - 3 * DAY) } },
    );
    await anonymousClient(app()).post('/api/v1/feedback', {
      kind: 'search_miss',
      lang: 'fr',
      query: 'cmu',
      clientId: crypto.randomUUID(),
    });

    const res = await editor.client.get<Dashboard>('/api/v1/admin/dashboard');
    expect(res.status).toBe(200);
    const d = res.body;
    expect(d.reviewQueue.map((f) => f.title)).toEqual(['Première soumise', 'Deuxième soumise']);
    expect(d.stale.map((f) => f.slug)).toEqual(['vieille-fiche']);
    expect(d.stale[0]?.ageDays).toBe(200);
    expect(d.staleAfterDays).toBe(180);
    expect(d.feedback).toEqual({
      open: 1,
      openByKind: { useful: 0, not_useful: 0, problem: 0, search_miss: 1 },
    });
    expect(d.byTheme).toEqual([{ theme: 'sante', count: 2 }]);
    expect(d.byLanguage.find((l) => l.lang === 'fr')).toEqual({ lang: 'fr', translated: 2, total: 2 });
    expect(d.byLanguage.find((l) => l.lang === 'ar')).toEqual({ lang: 'ar', translated: 1, total: 2 });
    expect(d.byStatus).toEqual({ published: 2, in_review: 2 });

    expect((await amina.client.get('/api/v1/admin/dashboard')).status).toBe(403);
  });

  it('reminds the organisation of each stale fiche once per 30 days, without making the fiche look fresh', async () => {
    const org = await createOrganisation();
    const member = await signedIn(app(), ['contributor'], [org]);
    const outsider = await signedIn(app(), ['contributor'], [await createOrganisation()]);
    const editor = await signedIn(app(), ['editor']);
    const stale = await createPublishedFiche('vieille-fiche');
    await FicheModel.updateOne({ _id: stale }, { $set: { organisationId: oid(org) } });
    await age(stale, 365);
    const before = await FicheModel.findById(stale).lean();

    const first = await editor.client.post<StaleRemindersResult>(
      '/api/v1/admin/dashboard/stale-reminders',
      {},
    );
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ reminded: [String(stale)], skipped: 0, emails: 1 });
    const mail = await allMail(app().config);
    expect(mail.map((m) => m.to)).toEqual([member.user.email]);
    expect(mail[0]?.subject).toContain('Fiche à vérifier');
    expect(mail.some((m) => m.to === outsider.user.email)).toBe(false);

    const again = await editor.client.post<StaleRemindersResult>(
      '/api/v1/admin/dashboard/stale-reminders',
      {},
    );
    expect(again.body).toEqual({ reminded: [], skipped: 1, emails: 0 });
    expect(await allMail(app().config)).toHaveLength(1);

    const after = await FicheModel.findById(stale).lean();
    expect(after?.updatedAt).toEqual(before?.updatedAt);
    expect(after?.lastReminderAt).toBeInstanceOf(Date);

    // 31 days later it is due again.
    await FicheModel.collection.updateOne(
      { _id: stale },
      { $set: { lastReminderAt: new Date(Date.now() - 31 * DAY) } },
    );
    const later = await editor.client.post<StaleRemindersResult>(
      '/api/v1/admin/dashboard/stale-reminders',
      {},
    );
    expect(later.body.reminded).toEqual([String(stale)]);
  });
});
