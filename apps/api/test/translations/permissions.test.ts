import { describe, expect, it } from 'vitest';
import type { ErrorBody, TranslationConfig } from '@reperes/shared';
import { T, person, publishThroughApi, unitUrl, useTranslationApp } from './harness.js';

const app = useTranslationApp();

describe('who may translate and review what', () => {
  it('lets a translator work in their languages only, and never approve', async () => {
    const editor = await person(app(), ['editor']);
    const translator = await person(app(), ['translator'], ['ar', 'fa']);
    const fiche = await publishThroughApi(editor.client);
    const url = unitUrl('ar', fiche.id, 'what');

    expect((await translator.client.get(`${T}/ar/fiches`)).status).toBe(200);
    expect((await translator.client.put(url, { title: 'أ', body: 'ب' })).status).toBe(200);
    expect((await translator.client.post(`${url}/submit`, {})).status).toBe(200);

    for (const res of [
      await translator.client.get<ErrorBody>(`${T}/ps/fiches`),
      await translator.client.get<ErrorBody>(`${T}/ps/fiches/${fiche.id}`),
      await translator.client.put<ErrorBody>(unitUrl('ps', fiche.id, 'what'), { title: 'a', body: 'b' }),
      await translator.client.post<ErrorBody>(`${unitUrl('ps', fiche.id, 'what')}/submit`, {}),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
      expect(res.body.error.message).toContain('"ps"');
    }
    // Approving and the review queue are for reviewers: refused by the permission table itself.
    for (const res of [
      await translator.client.post<ErrorBody>(`${url}/approve`, {}),
      await translator.client.post<ErrorBody>(`${url}/request-changes`, { comment: 'x' }),
      await translator.client.get<ErrorBody>(`${T}/ar/review`),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
  });

  it('lets a reviewer review and translate in their languages only', async () => {
    const editor = await person(app(), ['editor']);
    const translator = await person(app(), ['translator'], ['ar', 'ru']);
    const reviewer = await person(app(), ['reviewer'], ['ar']);
    const fiche = await publishThroughApi(editor.client);
    for (const lang of ['ar', 'ru']) {
      const url = unitUrl(lang, fiche.id, 'what');
      await translator.client.put(url, { title: 'T', body: 'B' });
      await translator.client.post(`${url}/submit`, {});
    }
    const ru = await reviewer.client.post<ErrorBody>(`${unitUrl('ru', fiche.id, 'what')}/approve`, {});
    expect(ru.status).toBe(403);
    expect(ru.body.error.message).toContain('You do not review "ru"');
    expect((await reviewer.client.get(`${T}/ru/review`)).status).toBe(403);
    expect(
      (await reviewer.client.put(unitUrl('ru', fiche.id, 'how-1'), { title: 'a', body: 'b' })).status,
    ).toBe(403);

    expect((await reviewer.client.post(`${unitUrl('ar', fiche.id, 'what')}/approve`, {})).status).toBe(200);
    expect(
      (await reviewer.client.put(unitUrl('ar', fiche.id, 'how-1'), { title: 'a', body: 'b' })).status,
    ).toBe(200);
  });

  it('keeps editors and contributors out of the workspaces, and French out of the target languages', async () => {
    const editor = await person(app(), ['editor'], ['ar']);
    const contributor = await person(app(), ['contributor']);
    const translator = await person(app(), ['translator'], ['ar']);
    const fiche = await publishThroughApi(editor.client);
    expect((await editor.client.get(`${T}/ar/fiches`)).status).toBe(403);
    expect((await editor.client.put(unitUrl('ar', fiche.id, 'what'), { title: 'a', body: 'b' })).status).toBe(
      403,
    );
    expect((await contributor.client.get(`${T}/coverage`)).status).toBe(403);
    const fr = await translator.client.get<ErrorBody>(`${T}/fr/fiches`);
    expect(fr.status).toBe(400);
    expect(fr.body.error.code).toBe('VALIDATION_FAILED');
    const unknownUnit = await translator.client.put<ErrorBody>(unitUrl('ar', fiche.id, 'how-9'), {
      title: 'a',
      body: 'b',
    });
    expect(unknownUnit.status).toBe(404);
  });

  it('tells each person their languages and whether they review', async () => {
    const translator = await person(app(), ['translator'], ['ar', 'fr']);
    const reviewer = await person(app(), ['reviewer'], ['uk']);
    const editor = await person(app(), ['editor']);
    const t = (await translator.client.get<TranslationConfig>(`${T}/config`)).body;
    expect(t).toMatchObject({
      languages: ['ar'],
      canTranslate: true,
      canReview: false,
      machineTranslation: false,
    });
    expect(t.budget).toBeNull();
    const r = (await reviewer.client.get<TranslationConfig>(`${T}/config`)).body;
    expect(r).toMatchObject({ languages: ['uk'], canTranslate: true, canReview: true });
    const e = (await editor.client.get<TranslationConfig>(`${T}/config`)).body;
    expect(e).toMatchObject({ languages: [], canTranslate: false, canReview: false });
  });

  it('lets only admins set the machine translation budget', async () => {
    const admin = await person(app(), ['admin']);
    const reviewer = await person(app(), ['reviewer'], ['ar']);
    expect(
      (await reviewer.client.put('/api/v1/admin/translation-budget', { monthlyCharacters: 10 })).status,
    ).toBe(403);
    const bad = await admin.client.put<ErrorBody>('/api/v1/admin/translation-budget', {
      monthlyCharacters: -1,
    });
    expect(bad.status).toBe(400);
    const set = await admin.client.put('/api/v1/admin/translation-budget', { monthlyCharacters: 500_000 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ monthlyCharacters: 500_000, used: 0, remaining: 500_000 });
    expect((await admin.client.get('/api/v1/admin/translation-budget')).body.monthlyCharacters).toBe(500_000);
  });
});
