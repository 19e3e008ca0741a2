import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type {
  AdminFiche,
  FicheContent,
  LanguageCode,
  ResolvedFiche,
  Role,
  TranslatorFiche,
  TranslatorUnit,
} from '@reperes/shared';
import { anonymousClient, createUser, login, type TestClient, type TestUser } from '../support/auth.js';
import { createTheme, demarche } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** One real app per test file (embedded MongoDB, real HTTP), a clean database and mail folder per test. */
export function useTranslationApp(env: Record<string, string> = {}): () => TestApp {
  let t: TestApp | undefined;
  let mailDir = '';
  beforeAll(async () => {
    mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reperes-translation-mail-'));
    t = await startTestApp({ MAIL_DIR: mailDir, ...env });
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(mailDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await mongoose.connection.db?.dropDatabase();
    await Promise.all(Object.values(mongoose.models).map((m) => m.createIndexes()));
    fs.rmSync(mailDir, { recursive: true, force: true });
    // Public reads are cached in memory under the content version kept in the database (epoch + counter):
    // wait past FRESH_MS so this process re-reads it after the drop.
    await new Promise((r) => setTimeout(r, 120));
    await createTheme();
  });
  return () => {
    if (!t) throw new Error('test app not started');
    return t;
  };
}

export interface Person {
  user: TestUser;
  client: TestClient;
}

export async function person(
  t: TestApp,
  roles: Role[],
  languages: LanguageCode[] = [],
  name?: string,
): Promise<Person> {
  const user = await createUser({ roles, languages, ...(name ? { name } : {}) });
  return { user, client: await login(t, user) };
}

export const T = '/api/v1/translations';
export const unitUrl = (lang: string, ficheId: string, unitId: string) =>
  `${T}/${lang}/fiches/${ficheId}/units/${unitId}`;

/** Publishes a fiche through the editorial API as this editor. */
export async function publishThroughApi(
  editor: TestClient,
  content: FicheContent = demarche(),
): Promise<AdminFiche> {
  const draft = await editor.post<AdminFiche>('/api/v1/admin/fiches', { content });
  if (draft.status !== 201) throw new Error(`create failed: ${draft.status} ${draft.text}`);
  const res = await editor.post<AdminFiche>(`/api/v1/admin/fiches/${draft.body.id}/publish`, {});
  if (res.status !== 200) throw new Error(`publish failed: ${res.status} ${res.text}`);
  return res.body;
}

/** An editor changes the French and publishes (optionally as a minor change). */
export async function editAndPublish(
  editor: TestClient,
  ficheId: string,
  change: (c: FicheContent) => FicheContent,
  minor = false,
): Promise<AdminFiche> {
  const current = await editor.get<AdminFiche>(`/api/v1/admin/fiches/${ficheId}`);
  const saved = await editor.put<AdminFiche>(`/api/v1/admin/fiches/${ficheId}`, {
    revision: current.body.revision,
    content: change(structuredClone(current.body.content)),
  });
  if (saved.status !== 200) throw new Error(`save failed: ${saved.status} ${saved.text}`);
  const res = await editor.post<AdminFiche>(`/api/v1/admin/fiches/${ficheId}/publish`, { minor });
  if (res.status !== 200) throw new Error(`publish failed: ${res.status} ${res.text}`);
  return res.body;
}

/** Saves, submits and approves every unit of a fiche in a language (the text is "<lang> <French>"). */
export async function translateAll(
  translator: TestClient,
  reviewer: TestClient,
  lang: string,
  ficheId: string,
): Promise<void> {
  const fiche = await translator.get<TranslatorFiche>(`${T}/${lang}/fiches/${ficheId}`);
  if (fiche.status !== 200) throw new Error(`workspace failed: ${fiche.status} ${fiche.text}`);
  for (const u of fiche.body.units) {
    const url = unitUrl(lang, ficheId, u.id);
    const saved = await translator.put<TranslatorUnit>(url, {
      title: `${lang.toUpperCase()} ${u.french.title}`,
      body: `${lang.toUpperCase()} ${u.french.body}`,
    });
    if (saved.status !== 200) throw new Error(`save failed: ${saved.status} ${saved.text}`);
    expectOk(await translator.post(`${url}/submit`, {}), 'submit');
    expectOk(await reviewer.post(`${url}/approve`, {}), 'approve');
  }
}

function expectOk(res: { status: number; text: string }, what: string): void {
  if (res.status !== 200) throw new Error(`${what} failed: ${res.status} ${res.text}`);
}

export const readerFiche = (t: TestApp, slug: string, lang: string) =>
  anonymousClient(t).get<ResolvedFiche>(`/api/v1/fiches/${slug}?lang=${lang}`);

/** Every item of a reader document, header first, as `{ id, state, lang, title }`. */
export function readerStates(
  doc: ResolvedFiche,
): { id: string; state: string; lang: string; title: string }[] {
  const s = doc.sections;
  return [
    { id: 'header', state: doc.header.state, lang: doc.header.lang, title: doc.header.title },
    ...[s.what, ...s.why, ...s.how, ...s.next].map((i) => ({
      id: i.id,
      state: i.state,
      lang: i.lang,
      title: i.title,
    })),
  ];
}
