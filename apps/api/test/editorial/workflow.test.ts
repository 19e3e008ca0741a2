import { describe, expect, it } from 'vitest';
import type { AdminFiche, AdminFicheList, ResolvedFiche, StaleRevisionDetails } from '@reperes/shared';
import { FicheModel } from '../../src/modules/fiches/fiche.model.js';
import { unitHash } from '../../src/modules/fiches/hash.js';
import { TranslationModel } from '../../src/modules/translations/translation.model.js';
import { RevisionModel } from '../../src/modules/editorial/revision.model.js';
import { AuditModel } from '../../src/modules/audit/audit.model.js';
import { allMail, anonymousClient } from '../support/auth.js';
import { demarche } from '../support/fixtures.js';
import {
  FICHES,
  createDraft,
  createOrganisation,
  createPublished,
  oid,
  signedIn,
  skeleton,
  useEditorialApp,
} from './harness.js';

const app = useEditorialApp();

const readerFiche = (slug: string, lang = 'fr') =>
  anonymousClient(app()).get<ResolvedFiche>(`/api/v1/fiches/${slug}?lang=${lang}`);

describe('the life of a fiche, over HTTP', () => {
  it('goes from a draft to a public fiche: save, stale save, completeness, review with changes requested, publication', async () => {
    const org = await createOrganisation('Croix-Rouge');
    const amina = await signedIn(app(), ['contributor'], [org], 'Amina');
    const editor = await signedIn(app(), ['editor'], [], 'Éditrice DIAIR');

    // A contributor creates a draft: the slug comes from the title; the fiche belongs to her organisation.
    const created = await createDraft(amina.client);
    expect(created).toMatchObject({
      slug: 'demander-la-carte-vitale',
      status: 'draft',
      revision: 1,
      organisationId: org,
      isPublic: false,
      hasUnpublishedChanges: false,
    });
    expect(created.completeness.complete).toBe(false);
    const url = `${FICHES}/${created.id}`;

    // A second fiche with the same title gets its own slug.
    expect((await createDraft(amina.client)).slug).toBe('demander-la-carte-vitale-2');

    const saved = await amina.client.put<AdminFiche>(url, {
      revision: 1,
      content: { ...skeleton(), summary: 'Un résumé' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(2);

    // The editor saves on top of revision 1: 409 with the stored version, to show side by side.
    const stale = await editor.client.put(url, { revision: 1, content: { ...skeleton(), summary: 'Autre' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_REVISION');
    const details = stale.body.error.details as StaleRevisionDetails;
    expect(details).toMatchObject({
      revision: 2,
      status: 'draft',
      savedBy: { id: amina.user.id, name: 'Amina' },
    });
    expect(details.content.summary).toBe('Un résumé');

    // Submission is refused while the fiche is incomplete, with the list of what is missing.
    const blocked = await amina.client.post(`${url}/submit`, { revision: 2 });
    expect(blocked.status).toBe(400);
    expect(blocked.body.error.code).toBe('INCOMPLETE');
    const codes = (blocked.body.error.details.issues as { code: string }[]).map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(['ADMINISTRATION_MISSING', 'HOW_MIN_1', 'MAIN_THEME_MISSING']),
    );

    const complete = await amina.client.put<AdminFiche>(url, { revision: 2, content: demarche() });
    expect(complete.status).toBe(200);
    expect(complete.body.completeness).toEqual({ complete: true, issues: [] });

    const submitted = await amina.client.post<AdminFiche>(`${url}/submit`, { revision: 3 });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('in_review');
    expect(submitted.body.actions.edit).toBe(true);
    expect(submitted.body.actions.publish).toBe(false);
    let mail = await allMail(app().config);
    expect(mail.find((m) => m.to === editor.user.email)?.subject).toContain('Fiche à relire');

    // A contributor cannot publish her own fiche; the editor asks for changes with a comment.
    expect((await amina.client.post(`${url}/publish`, {})).status).toBe(403);
    const changes = await editor.client.post<AdminFiche>(`${url}/request-changes`, {
      comment: 'Précisez le délai de réception de la carte.',
    });
    expect(changes.status).toBe(200);
    expect(changes.body).toMatchObject({
      status: 'draft',
      reviewComment: 'Précisez le délai de réception de la carte.',
    });
    mail = await allMail(app().config);
    const toAmina = mail.find((m) => m.to === amina.user.email);
    expect(toAmina?.subject).toContain('Modifications demandées');
    expect(toAmina?.text).toContain('Précisez le délai');

    // Nothing is public yet.
    expect((await readerFiche('demander-la-carte-vitale')).status).toBe(404);

    const fixed = demarche({
      sections: {
        ...demarche().sections,
        next: [{ id: 'next-1', title: 'Recevoir la carte', body: 'Vous recevez la carte sous 3 semaines.' }],
      },
    });
    const resaved = await amina.client.put<AdminFiche>(url, {
      revision: changes.body.revision,
      content: fixed,
    });
    const resubmitted = await amina.client.post<AdminFiche>(`${url}/submit`, {
      revision: resaved.body.revision,
    });
    expect(resubmitted.body.status).toBe('in_review');

    const published = await editor.client.post<AdminFiche>(`${url}/publish`, {
      revision: resubmitted.body.revision,
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      status: 'published',
      isPublic: true,
      hasUnpublishedChanges: false,
    });
    expect(published.body.reviewComment).toBeUndefined();
    mail = await allMail(app().config);
    expect(mail.find((m) => m.to === amina.user.email)?.subject).toContain('Fiche publiée');

    const reader = await readerFiche('demander-la-carte-vitale');
    expect(reader.status).toBe(200);
    expect(reader.body.sections.next[0]?.html).toContain('sous 3 semaines');

    // Every step left an immutable revision and an audit entry.
    const events = (
      await RevisionModel.find({ ficheId: oid(created.id) })
        .sort({ number: 1 })
        .lean()
    ).map((r) => `${r.number}:${r.event}`);
    expect(events).toEqual([
      '1:created',
      '2:saved',
      '3:saved',
      '4:submitted',
      '5:changes_requested',
      '6:saved',
      '7:submitted',
      '8:published',
    ]);
    const actions = (await AuditModel.find({ targetId: created.id }).sort({ at: 1 }).lean()).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      'fiche.create',
      'fiche.submitted',
      'fiche.changes_requested',
      'fiche.submitted',
      'fiche.published',
    ]);
  });

  it('keeps the published version public while a new draft is edited and reviewed, until it is published', async () => {
    const org = await createOrganisation();
    const amina = await signedIn(app(), ['contributor'], [org]);
    const editor = await signedIn(app(), ['editor']);
    const fiche = await createPublished(editor.client);
    await FicheModel.updateOne({ _id: oid(fiche.id) }, { $set: { organisationId: oid(org) } });
    const url = `${FICHES}/${fiche.id}`;
    const before = await readerFiche(fiche.slug);
    expect(before.body.header.summary).toBe('La carte Vitale prouve vos droits à la santé.');

    const edited = await amina.client.put<AdminFiche>(url, {
      revision: fiche.revision,
      content: demarche({ summary: 'La carte Vitale: vos droits, partout en France.' }),
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ status: 'draft', isPublic: true, hasUnpublishedChanges: true });
    expect((await readerFiche(fiche.slug)).body.header.summary).toBe(before.body.header.summary);

    const submitted = await amina.client.post<AdminFiche>(`${url}/submit`, {});
    expect(submitted.body.status).toBe('in_review');
    const during = await readerFiche(fiche.slug);
    expect(during.body.hash).toBe(before.body.hash);

    const list = await editor.client.get<AdminFicheList>(`${FICHES}?status=in_review`);
    expect(list.body.items).toMatchObject([{ id: fiche.id, isPublic: true, hasUnpublishedChanges: true }]);

    await editor.client.post(`${url}/publish`, {});
    const after = await readerFiche(fiche.slug);
    expect(after.body.header.summary).toBe('La carte Vitale: vos droits, partout en France.');
  });

  it('keeps translations up to date after a minor publication, and outdated after a normal one', async () => {
    const editor = await signedIn(app(), ['editor']);
    const fiche = await createPublished(editor.client);
    const url = `${FICHES}/${fiche.id}`;
    const content = demarche();
    const how1 = content.sections.how[0]!;
    await TranslationModel.create(
      [
        {
          unitId: 'header',
          title: 'طلب بطاقة فيتال',
          body: 'بطاقة فيتال تثبت حقوقك.',
          source: { title: content.title, body: content.summary },
        },
        { unitId: 'how-1', title: 'إنشاء حساب', body: 'اذهب إلى ameli.fr.', source: how1 },
      ].map((u) => ({
        ficheId: oid(fiche.id),
        lang: 'ar' as const,
        unitId: u.unitId,
        approved: {
          title: u.title,
          body: u.body,
          sourceHash: unitHash(u.source),
          state: 'approved' as const,
          at: new Date(),
        },
      })),
    );

    // A typo fix in "how-1", published as minor: the Arabic translation stays up to date.
    const typo = demarche({
      sections: {
        ...content.sections,
        how: [{ ...how1, body: 'Allez sur [ameli.fr](https://www.ameli.fr) .' }, content.sections.how[1]!],
      },
    });
    const saved = await editor.client.put<AdminFiche>(url, { revision: fiche.revision, content: typo });
    const minor = await editor.client.post<AdminFiche>(`${url}/publish`, {
      minor: true,
      revision: saved.body.revision,
    });
    expect(minor.status).toBe(200);
    let ar = await readerFiche(fiche.slug, 'ar');
    expect(ar.body.sections.how[0]).toMatchObject({ lang: 'ar', state: 'up_to_date' });
    const last = await RevisionModel.findOne({ ficheId: oid(fiche.id) })
      .sort({ number: -1 })
      .lean();
    expect(last?.event).toBe('published_minor');

    // A real change published normally: the translation of that item only becomes outdated.
    const changed = demarche({
      sections: {
        ...content.sections,
        how: [{ ...how1, body: 'Appelez le 36 46.' }, content.sections.how[1]!],
      },
    });
    const resaved = await editor.client.put<AdminFiche>(url, {
      revision: minor.body.revision,
      content: changed,
    });
    await editor.client.post(`${url}/publish`, { revision: resaved.body.revision });
    ar = await readerFiche(fiche.slug, 'ar');
    expect(ar.body.sections.how[0]).toMatchObject({ lang: 'ar', state: 'outdated' });
    expect(ar.body.header).toMatchObject({ lang: 'ar', state: 'up_to_date' });
  });

  it('unpublishes, archives, deletes and restores, and readers see it only while it is published', async () => {
    const editor = await signedIn(app(), ['editor']);
    const fiche = await createPublished(editor.client);
    const url = `${FICHES}/${fiche.id}`;
    expect((await readerFiche(fiche.slug)).status).toBe(200);

    const unpublished = await editor.client.post<AdminFiche>(`${url}/unpublish`, {
      comment: 'Dispositif suspendu',
    });
    expect(unpublished.body).toMatchObject({ status: 'unpublished', isPublic: false });
    expect((await readerFiche(fiche.slug)).status).toBe(404);
    expect((await editor.client.post(`${url}/unpublish`, {})).body.error.code).toBe('INVALID_TRANSITION');

    await editor.client.post(`${url}/publish`, {});
    expect((await readerFiche(fiche.slug)).status).toBe(200);

    const archived = await editor.client.post<AdminFiche>(`${url}/archive`, {});
    expect(archived.body.status).toBe('archived');
    expect((await readerFiche(fiche.slug)).status).toBe(404);
    expect(
      (await editor.client.put(url, { revision: archived.body.revision, content: demarche() })).status,
    ).toBe(409);

    // Restored to a draft, the old published version stays offline until the next publication.
    const restored = await editor.client.post<AdminFiche>(`${url}/restore`, {});
    expect(restored.body).toMatchObject({ status: 'draft', isPublic: false });
    expect((await readerFiche(fiche.slug)).status).toBe(404);

    const deleted = await editor.client.del<AdminFiche>(url);
    expect(deleted.status).toBe(200);
    expect(deleted.body.status).toBe('deleted');
    expect((await editor.client.get<AdminFicheList>(FICHES)).body.total).toBe(0);
    expect((await editor.client.get<AdminFicheList>(`${FICHES}?status=deleted`)).body.items[0]?.id).toBe(
      fiche.id,
    );

    const back = await editor.client.post<AdminFiche>(`${url}/restore`, {});
    expect(back.body.status).toBe('draft');
    expect((await editor.client.get<AdminFicheList>(FICHES)).body.total).toBe(1);
    await editor.client.post(`${url}/publish`, {});
    expect((await readerFiche(fiche.slug)).status).toBe(200);

    const events = (
      await RevisionModel.find({ ficheId: oid(fiche.id) })
        .sort({ number: 1 })
        .lean()
    ).map((r) => r.event);
    expect(events).toEqual([
      'created',
      'published',
      'unpublished',
      'published',
      'archived',
      'restored',
      'deleted',
      'restored',
      'published',
    ]);
  });

  it('answers one of two simultaneous transitions and 409 to the other, losing none', async () => {
    const editor = await signedIn(app(), ['editor']);
    const other = await signedIn(app(), ['editor']);
    const fiche = await createPublished(editor.client);
    const url = `${FICHES}/${fiche.id}`;
    const [a, b] = await Promise.all([
      editor.client.post(`${url}/archive`, {}),
      other.client.post(`${url}/unpublish`, {}),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const stored = await FicheModel.findById(fiche.id).lean();
    expect(stored?.status).toBe(a.status === 200 ? 'archived' : 'unpublished');
    expect(await RevisionModel.countDocuments({ ficheId: oid(fiche.id) })).toBe(3);
  });
});

describe('who may edit what', () => {
  it('forbids a contributor to open or edit another organisation’s fiche (403), and allows her own', async () => {
    const mine = await createOrganisation('Mine');
    const theirs = await createOrganisation('Theirs');
    const amina = await signedIn(app(), ['contributor'], [mine]);
    const bilal = await signedIn(app(), ['contributor'], [theirs]);
    const colleague = await signedIn(app(), ['contributor'], [mine]);
    const fiche = await createDraft(amina.client);
    const url = `${FICHES}/${fiche.id}`;

    expect((await bilal.client.get(url)).status).toBe(403);
    const put = await bilal.client.put(url, { revision: 1, content: demarche() });
    expect(put.status).toBe(403);
    expect(put.body.error.code).toBe('FORBIDDEN');
    expect((await bilal.client.post(`${url}/submit`, {})).status).toBe(403);
    expect((await bilal.client.get<AdminFicheList>(FICHES)).body.total).toBe(0);
    expect((await bilal.client.post(FICHES, { content: skeleton(), organisationId: mine })).status).toBe(403);

    expect((await colleague.client.put(url, { revision: 1, content: demarche() })).status).toBe(200);
    expect((await amina.client.get<AdminFicheList>(FICHES)).body.total).toBe(1);
  });

  it('lets translators read published French but never edit it, and keeps them out of drafts', async () => {
    const editor = await signedIn(app(), ['editor']);
    const translator = await signedIn(app(), ['translator']);
    const published = await createPublished(editor.client);
    const draft = await createDraft(editor.client, skeleton('Autre fiche'));
    expect((await translator.client.get(`${FICHES}/${published.id}`)).status).toBe(200);
    expect((await translator.client.get(`${FICHES}/${draft.id}`)).status).toBe(403);
    expect(
      (await translator.client.put(`${FICHES}/${published.id}`, { revision: 2, content: demarche() })).status,
    ).toBe(403);
    expect((await translator.client.post(FICHES, { content: skeleton() })).status).toBe(403);
  });

  it('refuses every editorial route without a session (401)', async () => {
    const anon = anonymousClient(app());
    expect((await anon.get(FICHES)).status).toBe(401);
    expect((await anon.post(FICHES, { content: skeleton() })).status).toBe(401);
    expect((await anon.get('/api/v1/admin/dashboard')).status).toBe(401);
  });
});

describe('presence', () => {
  it('shows a second person who else has the fiche open, and since when', async () => {
    const org = await createOrganisation();
    const amina = await signedIn(app(), ['contributor'], [org], 'Amina');
    const bilal = await signedIn(app(), ['contributor'], [org], 'Bilal');
    const fiche = await createDraft(amina.client);
    const url = `${FICHES}/${fiche.id}`;

    const first = await amina.client.post(`${url}/presence`, {});
    expect(first.status).toBe(200);
    expect(first.body.editors).toEqual([]);
    await amina.client.post(`${url}/presence`, {});

    const seen = await bilal.client.get<AdminFiche>(url);
    expect(seen.body.editors).toHaveLength(1);
    expect(seen.body.editors[0]).toMatchObject({ userId: amina.user.id, name: 'Amina' });
    expect(Date.now() - Date.parse(seen.body.editors[0]!.since)).toBeLessThan(60_000);
    expect((await amina.client.get<AdminFiche>(url)).body.editors).toEqual([]);

    const beat = await bilal.client.post(`${url}/presence`, {});
    expect(beat.body.editors.map((e: { name: string }) => e.name)).toEqual(['Amina']);

    // Leaving (or a minute without heartbeat) removes the person.
    expect((await amina.client.del(`${url}/presence`)).status).toBe(204);
    expect((await bilal.client.get<AdminFiche>(url)).body.editors).toEqual([]);
  });
});

describe('back-office list', () => {
  it('searches titles and slugs without accents or case, filters, pages and tells the age in days', async () => {
    const editor = await signedIn(app(), ['editor']);
    await createDraft(editor.client, skeleton('Inscrire ses enfants à l’école'));
    await createDraft(editor.client, skeleton('Échanger son permis de conduire'));
    await createDraft(editor.client, skeleton('Œuvres sociales'));
    const published = await createPublished(editor.client);
    await FicheModel.collection.updateOne(
      { _id: oid(published.id) },
      { $set: { updatedAt: new Date(Date.now() - 40 * 86_400_000) } },
    );

    const search = async (qs: string) => (await editor.client.get<AdminFicheList>(`${FICHES}?${qs}`)).body;
    expect((await search('q=ECOLE')).items.map((i) => i.title)).toEqual(['Inscrire ses enfants à l’école']);
    expect((await search('q=echanger%20son')).total).toBe(1);
    expect((await search('q=carte-vitale')).total).toBe(1);
    expect((await search('q=.*')).total).toBe(0);
    expect((await search('q=ab')).total).toBe(0);
    expect((await search('q=oeuvres')).items.map((i) => i.slug)).toEqual(['oeuvres-sociales']);
    expect((await search('status=published')).items).toMatchObject([{ id: published.id, ageDays: 40 }]);
    expect((await search('staleDays=30')).total).toBe(1);
    expect((await search('theme=sante')).total).toBe(1);
    const page = await search('pageSize=2&page=2');
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(2);
  });
});
