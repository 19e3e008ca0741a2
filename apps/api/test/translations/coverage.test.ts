import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Types } from 'mongoose';
import type { Coverage, LocalesReport, TranslatorFicheList } from '@reperes/shared';
import { FeedbackModel } from '../../src/modules/feedback/feedback.model.js';
import { stampLocales } from '../../src/modules/translations/locales-report.core.mjs';
import { demarche } from '../support/fixtures.js';
import { T, editAndPublish, person, publishThroughApi, translateAll, useTranslationApp } from './harness.js';

// The UI strings report reads LOCALES_DIR once at start-up: a small fixture folder.
const locales = fs.mkdtempSync(path.join(os.tmpdir(), 'reperes-locales-'));
const write = (code: string, messages: unknown) =>
  fs.writeFileSync(path.join(locales, `${code}.json`), JSON.stringify(messages));
write('fr', { common: { hello: 'Bonjour {name}', bye: 'Au revoir' }, admin: { title: 'Administration' } });
write('ar', { common: { hello: 'مرحبا {name}', bye: 'وداعا' }, admin: { title: 'الإدارة' } });
stampLocales(locales, ['ar']);
write('fr', { common: { hello: 'Bonjour {name}', bye: 'À bientôt' }, admin: { title: 'Administration' } });
write('en', { common: { hello: 'Hello {user}', extra: 'Extra' } });

const app = useTranslationApp({ LOCALES_DIR: locales });

async function feedback(ficheId: string, n: number) {
  for (let i = 0; i < n; i++) {
    await FeedbackModel.create({
      kind: 'useful',
      ficheId: new Types.ObjectId(ficheId),
      lang: 'ar',
      clientId: `${ficheId}-${i}`,
    });
  }
}

describe('the coverage dashboard', () => {
  it('gives each language the share of words up to date, outdated and missing, per theme, and what to do first', async () => {
    const editor = await person(app(), ['editor']);
    const translator = await person(app(), ['translator'], ['ar']);
    const reviewer = await person(app(), ['reviewer'], ['ar']);
    const done = await publishThroughApi(editor.client, demarche({ title: 'Demander la carte Vitale' }));
    const readMost = await publishThroughApi(editor.client, demarche({ title: 'Ouvrir un compte bancaire' }));
    const recent = await publishThroughApi(editor.client, demarche({ title: 'Apprendre le français' }));
    await translateAll(translator.client, reviewer.client, 'ar', done.id);
    await editAndPublish(editor.client, done.id, (c) => {
      c.sections.how[0]!.body = 'Allez sur le site ameli.fr et créez votre compte.';
      return c;
    });
    await feedback(readMost.id, 3);

    const res = await editor.client.get<Coverage>(`${T}/coverage`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      fiches: 3,
      theme: null,
      popularitySource: 'feedback_count_then_published_date',
    });
    const ar = res.body.languages.find((l) => l.lang === 'ar')!;
    expect(ar.words.upToDate + ar.words.outdated + ar.words.missing).toBe(ar.words.total);
    // "Créer un compte" (3) + "Allez sur le site ameli.fr et créez votre compte." (9)
    expect(ar.words.outdated).toBe(12);
    // The two untranslated fiches are missing whole; the translated one's other units are up to date.
    const list = (await translator.client.get<TranslatorFicheList>(`${T}/ar/fiches`)).body.items;
    const words = (id: string) => list.find((f) => f.id === id)!.words.total;
    expect(ar.words.missing).toBe(words(readMost.id) + words(recent.id));
    expect(ar.words.upToDate).toBe(words(done.id) - 12);
    expect(ar.share.upToDate + ar.share.outdated + ar.share.missing).toBeCloseTo(1, 2);
    expect(ar.themes).toEqual([{ theme: 'sante', words: ar.words, share: ar.share }]);
    expect(ar.mostOutdated).toEqual([
      expect.objectContaining({ ficheId: done.id, words: 12, popularity: 0, since: expect.any(String) }),
    ]);
    // Read most first (feedback), then the most recently published.
    expect(ar.priorities.map((p) => p.ficheId)).toEqual([readMost.id, recent.id]);
    expect(ar.priorities[0]).toMatchObject({ popularity: 3 });
    const en = res.body.languages.find((l) => l.lang === 'en')!;
    expect(en.words.missing).toBe(en.words.total);
    // `done` was published again last (the French edit): the most recent publication comes first.
    expect(en.priorities.map((p) => p.ficheId)).toEqual([readMost.id, done.id, recent.id]);

    const other = await editor.client.get<Coverage>(`${T}/coverage?theme=logement`);
    expect(other.body.fiches).toBe(0);
  });
});

describe('the UI strings report', () => {
  it('lists missing, extra and placeholder-mismatched keys, and keys whose French changed since stamped', async () => {
    const admin = await person(app(), ['admin']);
    const res = await admin.client.get<LocalesReport>(`${T}/ui-strings`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ source: 'fr', sourceKeys: 3, stamped: true });
    expect(res.body.locales).toEqual([
      {
        locale: 'ar',
        keys: 3,
        missing: [],
        extra: [],
        placeholderMismatch: [],
        frenchChanged: ['common.bye'],
        unstamped: 0,
      },
      {
        locale: 'en',
        keys: 2,
        missing: ['common.bye', 'admin.title'],
        extra: ['common.extra'],
        placeholderMismatch: [{ key: 'common.hello', expected: ['{name}'], found: ['{user}'] }],
        frenchChanged: [],
        unstamped: 1,
      },
    ]);
  });
});
