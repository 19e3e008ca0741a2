import { describe, expect, it } from 'vitest';
import type {
  ErrorBody,
  PackSyncResponse,
  ReviewQueue,
  TranslatorFiche,
  TranslatorFicheList,
  TranslatorUnit,
} from '@reperes/shared';
import { TranslationModel } from '../../src/modules/translations/translation.model.js';
import { anonymousClient, waitForMail } from '../support/auth.js';
import { demarche } from '../support/fixtures.js';
import {
  T,
  editAndPublish,
  person,
  publishThroughApi,
  readerFiche,
  readerStates,
  translateAll,
  unitUrl,
  useTranslationApp,
} from './harness.js';

const app = useTranslationApp();

async function team() {
  const t = app();
  return {
    editor: await person(t, ['editor'], [], 'Éditrice'),
    translator: await person(t, ['translator'], ['ar'], 'Amal'),
    reviewer: await person(t, ['reviewer'], ['ar'], 'Karim'),
  };
}

describe('a translation, unit by unit, from draft to readers', () => {
  it('is saved as a draft, submitted, approved, and public at once; a pack sync sends the fiche again', async () => {
    const { editor, translator, reviewer } = await team();
    const fiche = await publishThroughApi(editor.client);
    const manifest = await anonymousClient(app()).get<{ fiches: { id: string; hash: string }[] }>(
      '/api/v1/packs/ar/manifest',
    );
    const have = Object.fromEntries(manifest.body.fiches.map((f) => [f.id, f.hash]));

    // The workspace lists the units with their French; nothing translated yet.
    const ws = await translator.client.get<TranslatorFiche>(`${T}/ar/fiches/${fiche.id}`);
    expect(ws.status).toBe(200);
    expect(ws.body).toMatchObject({ lang: 'ar', dir: 'rtl', machineTranslation: false });
    expect(ws.body.units.map((u) => u.id)).toEqual(['header', 'what', 'how-1', 'how-2', 'next-1']);
    const how1 = ws.body.units.find((u) => u.id === 'how-1')!;
    expect(how1).toMatchObject({
      section: 'how',
      index: 0,
      state: 'missing',
      freshness: 'missing',
      progress: 'missing',
      updatedAt: null,
      approved: null,
      working: null,
    });
    expect(how1.french.title).toBe('Créer un compte');
    expect(how1.words).toBe(6); // "Créer un compte" + "Allez sur ameli.fr."
    expect(ws.body.words.missing).toBe(ws.body.words.total);

    // Draft → in review: readers still see French.
    const url = unitUrl('ar', fiche.id, 'how-1');
    const draft = await translator.client.put<TranslatorUnit>(url, {
      title: 'إنشاء حساب',
      body: 'اذهب إلى [ameli.fr](https://www.ameli.fr).',
      baseUpdatedAt: null,
    });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ state: 'draft', freshness: 'missing', progress: 'missing' });
    expect(draft.body.working).toMatchObject({ by: { name: 'Amal' }, upToDate: true, fromMachine: false });
    const submitted = await translator.client.post<TranslatorUnit>(`${url}/submit`, {
      baseUpdatedAt: draft.body.updatedAt,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ state: 'in_review', progress: 'in_review' });
    let reader = await readerFiche(app(), fiche.slug, 'ar');
    expect(reader.body.sections.how[0]).toMatchObject({
      state: 'missing',
      lang: 'fr',
      title: 'Créer un compte',
    });

    // The reviewer's queue has it; approval makes it public at once.
    const queue = await reviewer.client.get<ReviewQueue>(`${T}/ar/review`);
    expect(queue.body.items).toHaveLength(1);
    expect(queue.body.items[0]).toMatchObject({
      ficheId: fiche.id,
      unitId: 'how-1',
      sourceChanged: false,
      french: { title: 'Créer un compte' },
      working: { title: 'إنشاء حساب', state: 'in_review', by: { name: 'Amal' } },
    });
    const approved = await reviewer.client.post<TranslatorUnit>(`${url}/approve`, {
      baseUpdatedAt: queue.body.items[0]!.updatedAt,
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      state: 'approved',
      freshness: 'up_to_date',
      working: null,
      approved: { title: 'إنشاء حساب', by: { name: 'Amal' }, reviewedBy: { name: 'Karim' } },
    });
    reader = await readerFiche(app(), fiche.slug, 'ar');
    expect(reader.body.sections.how[0]).toMatchObject({
      state: 'up_to_date',
      lang: 'ar',
      title: 'إنشاء حساب',
    });
    expect(reader.body.sections.how[0]?.html).toContain('href="https://www.ameli.fr"');
    expect((await reviewer.client.get<ReviewQueue>(`${T}/ar/review`)).body.total).toBe(0);

    const sync = await anonymousClient(app()).post<PackSyncResponse>('/api/v1/packs/ar/sync', { have });
    expect(sync.status).toBe(200);
    expect(sync.body.upserts.map((d) => d.id)).toEqual([fiche.id]);
    expect(sync.body.upserts[0]?.sections.how[0]?.state).toBe('up_to_date');
  });

  it('outdates only the French item an editor changed, shows the French diff, and is up to date again once re-approved', async () => {
    const { editor, translator, reviewer } = await team();
    const fiche = await publishThroughApi(editor.client);
    await translateAll(translator.client, reviewer.client, 'ar', fiche.id);
    expect(readerStates((await readerFiche(app(), fiche.slug, 'ar')).body).map((u) => u.state)).toEqual([
      'up_to_date',
      'up_to_date',
      'up_to_date',
      'up_to_date',
      'up_to_date',
    ]);

    await editAndPublish(editor.client, fiche.id, (c) => {
      c.sections.how[1]!.body = 'Envoyez une photo récente et une pièce d’identité.';
      return c;
    });
    const reader = (await readerFiche(app(), fiche.slug, 'ar')).body;
    expect(readerStates(reader).map((u) => [u.id, u.state])).toEqual([
      ['header', 'up_to_date'],
      ['what', 'up_to_date'],
      ['how-1', 'up_to_date'],
      ['how-2', 'outdated'],
      ['next-1', 'up_to_date'],
    ]);
    // Readers keep the older approved text, with the date the French changed.
    expect(reader.sections.how[1]).toMatchObject({ lang: 'ar', title: 'AR Envoyer une photo' });
    expect(reader.sections.how[1]?.frenchChangedAt).toBeDefined();

    // The list puts the fiche's outdated words forward; the workspace shows what changed in the French.
    const list = await translator.client.get<TranslatorFicheList>(`${T}/ar/fiches`);
    expect(list.body.items[0]).toMatchObject({ id: fiche.id, units: { outdated: 1, approved: 4 } });
    expect(list.body.items[0]!.words.outdated).toBeGreaterThan(0);
    const ws = await translator.client.get<TranslatorFiche>(`${T}/ar/fiches/${fiche.id}`);
    const how2 = ws.body.units.find((u) => u.id === 'how-2')!;
    expect(how2).toMatchObject({ state: 'approved', freshness: 'outdated', progress: 'outdated' });
    expect(how2.frenchDiff?.from.body).toBe('Envoyez une photo et une pièce d’identité.');
    expect(how2.frenchDiff?.body).toEqual([
      { type: 'equal', text: 'Envoyez une photo ' },
      { type: 'added', text: 'récente ' },
      { type: 'equal', text: 'et une pièce d’identité.' },
    ]);
    expect(how2.frenchDiff?.title).toEqual([{ type: 'equal', text: 'Envoyer une photo' }]);

    // Update, submit, approve: up to date again.
    const url = unitUrl('ar', fiche.id, 'how-2');
    const saved = await translator.client.put<TranslatorUnit>(url, {
      title: 'أرسل صورة',
      body: 'أرسل صورة حديثة ووثيقة هوية.',
      baseUpdatedAt: how2.updatedAt,
    });
    expect(saved.body).toMatchObject({ state: 'draft', freshness: 'outdated', frenchDiff: null });
    await translator.client.post(`${url}/submit`, {});
    await reviewer.client.post(`${url}/approve`, {});
    const after = (await readerFiche(app(), fiche.slug, 'ar')).body;
    expect(readerStates(after).every((u) => u.state === 'up_to_date')).toBe(true);
    expect(after.sections.how[1]?.title).toBe('أرسل صورة');
  });

  it('keeps translations up to date after a minor edit and after reordering items', async () => {
    const { editor, translator, reviewer } = await team();
    const fiche = await publishThroughApi(editor.client);
    await translateAll(translator.client, reviewer.client, 'ar', fiche.id);

    await editAndPublish(
      editor.client,
      fiche.id,
      (c) => {
        c.sections.how[0]!.body = 'Allez sur [ameli.fr](https://www.ameli.fr/assure).';
        return c;
      },
      true,
    );
    await editAndPublish(editor.client, fiche.id, (c) => {
      c.sections.how.reverse();
      return c;
    });
    const reader = (await readerFiche(app(), fiche.slug, 'ar')).body;
    expect(reader.sections.how.map((i) => i.id)).toEqual(['how-2', 'how-1']);
    expect(readerStates(reader).every((u) => u.state === 'up_to_date')).toBe(true);
    const ws = await translator.client.get<TranslatorFiche>(`${T}/ar/fiches/${fiche.id}`);
    expect(ws.body.words.approved).toBe(ws.body.words.total);
  });

  it('counts added items as missing and forgets removed ones', async () => {
    const { editor, translator, reviewer } = await team();
    const fiche = await publishThroughApi(editor.client);
    await translateAll(translator.client, reviewer.client, 'ar', fiche.id);
    await editAndPublish(editor.client, fiche.id, (c) => {
      c.sections.how = [
        c.sections.how[0]!,
        { id: 'how-3', title: 'Attendre', body: 'Attendez trois semaines.' },
      ];
      return c;
    });
    const ws = await translator.client.get<TranslatorFiche>(`${T}/ar/fiches/${fiche.id}`);
    expect(ws.body.units.map((u) => [u.id, u.progress])).toEqual([
      ['header', 'approved'],
      ['what', 'approved'],
      ['how-1', 'approved'],
      ['how-3', 'missing'],
      ['next-1', 'approved'],
    ]);
    const reader = (await readerFiche(app(), fiche.slug, 'ar')).body;
    expect(reader.sections.how[1]).toMatchObject({ id: 'how-3', state: 'missing', lang: 'fr' });
  });

  it('sends a text back with a comment and emails the translator', async () => {
    const { editor, translator, reviewer } = await team();
    const fiche = await publishThroughApi(editor.client);
    const url = unitUrl('ar', fiche.id, 'what');
    await translator.client.put(url, { title: 'بطاقة', body: 'نص' });
    await translator.client.post(`${url}/submit`, {});

    const empty = await reviewer.client.post<ErrorBody>(`${url}/request-changes`, { comment: ' ' });
    expect(empty.status).toBe(400);
    const since = new Date();
    const sent = await reviewer.client.post<TranslatorUnit>(`${url}/request-changes`, {
      comment: 'Le titre est trop court.',
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({
      state: 'draft',
      working: { comment: 'Le titre est trop court.', reviewedBy: { name: 'Karim' } },
    });
    const mail = await waitForMail(app().config, translator.user.email, { since });
    expect(mail.subject).toContain('Traduction à reprendre (arabe)');
    expect(mail.text).toContain('Le titre est trop court.');
    expect(mail.text).toContain(`/admin/translation/ar/fiches/${fiche.id}#unit-what`);

    // It is a draft again: it cannot be approved until submitted again.
    const approve = await reviewer.client.post<ErrorBody>(`${url}/approve`, {});
    expect(approve.status).toBe(409);
    expect(approve.body.error.code).toBe('TRANSLATION_NOT_IN_REVIEW');
    const resubmitted = await translator.client.post<TranslatorUnit>(`${url}/submit`, {});
    expect(resubmitted.body.working?.comment).toBeUndefined();
  });

  it('refuses a save based on an older version of the unit (409 with the current one)', async () => {
    const { editor, translator } = await team();
    const other = await person(app(), ['translator'], ['ar'], 'Samir');
    const fiche = await publishThroughApi(editor.client);
    const url = unitUrl('ar', fiche.id, 'what');
    const first = await translator.client.put<TranslatorUnit>(url, {
      title: 'أ',
      body: 'ب',
      baseUpdatedAt: null,
    });
    const concurrent = await other.client.put<ErrorBody>(url, { title: 'ج', body: 'د', baseUpdatedAt: null });
    expect(concurrent.status).toBe(409);
    expect(concurrent.body.error.code).toBe('STALE_REVISION');
    expect(concurrent.body.error.details).toMatchObject({ current: { working: { title: 'أ' } } });
    const again = await other.client.put<TranslatorUnit>(url, {
      title: 'ج',
      body: 'د',
      baseUpdatedAt: first.body.updatedAt,
    });
    expect(again.status).toBe(200);
    expect(again.body.working).toMatchObject({ title: 'ج', by: { name: 'Samir' } });
  });

  it('refuses to submit or approve a text made from French that changed since', async () => {
    const { editor, translator, reviewer } = await team();
    const fiche = await publishThroughApi(editor.client);
    const url = unitUrl('ar', fiche.id, 'how-1');
    await translator.client.put(url, { title: 'أ', body: 'ب' });
    await translator.client.post(`${url}/submit`, {});
    await editAndPublish(editor.client, fiche.id, (c) => {
      c.sections.how[0]!.title = 'Créer votre compte';
      return c;
    });
    const queue = await reviewer.client.get<ReviewQueue>(`${T}/ar/review`);
    expect(queue.body.items[0]).toMatchObject({ unitId: 'how-1', sourceChanged: true });
    const approve = await reviewer.client.post<ErrorBody>(`${url}/approve`, {});
    expect(approve.status).toBe(409);
    expect(approve.body.error.code).toBe('TRANSLATION_SOURCE_CHANGED');

    await reviewer.client.post(`${url}/request-changes`, { comment: 'Le français a changé.' });
    const submit = await translator.client.post<ErrorBody>(`${url}/submit`, {});
    expect(submit.body.error.code).toBe('TRANSLATION_SOURCE_CHANGED');
    // The workspace shows the French change since the draft; saving acknowledges it.
    const ws = await translator.client.get<TranslatorFiche>(`${T}/ar/fiches/${fiche.id}`);
    expect(ws.body.units.find((u) => u.id === 'how-1')?.frenchDiff?.title).toEqual([
      { type: 'equal', text: 'Créer ' },
      { type: 'removed', text: 'un' },
      { type: 'added', text: 'votre' },
      { type: 'equal', text: ' compte' },
    ]);
    await translator.client.put(url, { title: 'أنشئ حسابك', body: 'ب' });
    expect((await translator.client.post(`${url}/submit`, {})).status).toBe(200);
    expect((await reviewer.client.post(`${url}/approve`, {})).status).toBe(200);
  });

  it('never shows readers machine, draft or in-review text', async () => {
    const { editor, translator } = await team();
    const fiche = await publishThroughApi(editor.client);
    const id = fiche.id;
    await TranslationModel.create({
      ficheId: id,
      lang: 'ar',
      unitId: 'what',
      working: {
        title: 'آلي',
        body: 'ترجمة آلية',
        sourceHash: '0123456789abcdef',
        state: 'machine',
        fromMachine: true,
        at: new Date(),
      },
    });
    await translator.client.put(unitUrl('ar', id, 'how-1'), { title: 'مسودة', body: 'مسودة' });
    await translator.client.put(unitUrl('ar', id, 'how-2'), { title: 'مراجعة', body: 'مراجعة' });
    await translator.client.post(`${unitUrl('ar', id, 'how-2')}/submit`, {});
    // Any rebuild of the reader documents (here: an editor's publish) must still leave them out.
    await editAndPublish(editor.client, id, (c) => {
      c.sections.next[0]!.title = 'Recevoir votre carte';
      return c;
    });
    const reader = (await readerFiche(app(), fiche.slug, 'ar')).body;
    const text = JSON.stringify(reader);
    for (const hidden of ['آلي', 'مسودة', 'مراجعة']) expect(text).not.toContain(hidden);
    expect(readerStates(reader).every((u) => u.state === 'missing' && u.lang === 'fr')).toBe(true);
  });
});

describe('the translator fiche list', () => {
  it('gives word progress, puts outdated work first, and filters by theme', async () => {
    const { editor, translator, reviewer } = await team();
    const first = await publishThroughApi(editor.client, demarche({ title: 'Ouvrir un compte bancaire' }));
    const second = await publishThroughApi(
      editor.client,
      demarche({ title: 'Apprendre le français', mainTheme: 'sante', secondaryThemes: [] }),
    );
    await translateAll(translator.client, reviewer.client, 'ar', first.id);
    await editAndPublish(editor.client, first.id, (c) => {
      c.sections.what.body = 'Un compte pour recevoir vos aides.';
      return c;
    });
    const list = await translator.client.get<TranslatorFicheList>(`${T}/ar/fiches`);
    expect(list.status).toBe(200);
    expect(list.body.orderedBy).toBe('feedback_count_then_published_date');
    expect(list.body.items.map((i) => i.id)).toEqual([first.id, second.id]);
    const [a, b] = list.body.items;
    expect(a!.words.total).toBe(a!.words.approved + a!.words.outdated);
    expect(a!.outdatedSince).toBeDefined();
    expect(b!.words).toMatchObject({ approved: 0, outdated: 0, inReview: 0 });
    expect(b!.words.missing).toBe(b!.words.total);

    expect((await translator.client.get<TranslatorFicheList>(`${T}/ar/fiches?theme=sante`)).body.total).toBe(
      2,
    );
    expect(
      (await translator.client.get<TranslatorFicheList>(`${T}/ar/fiches?theme=logement`)).body.total,
    ).toBe(0);
  });
});
