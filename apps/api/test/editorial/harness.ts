import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose, { Types } from 'mongoose';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { emptyFicheContent, type AdminFiche, type FicheContent } from '@reperes/shared';
import { OrganisationModel } from '../../src/modules/organisations/organisation.model.js';
import { createUser, login, type TestClient, type TestUser } from '../support/auth.js';
import { createTheme, demarche } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * One real app per test file (embedded MongoDB, real HTTP), a clean database with the test theme before
 * each test, and a private mail folder.
 */
export function useEditorialApp(env: Record<string, string> = {}): () => TestApp {
  let t: TestApp | undefined;
  let mailDir = '';
  beforeAll(async () => {
    mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reperes-editorial-mail-'));
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
    await createTheme();
  });
  return () => {
    if (!t) throw new Error('test app not started');
    return t;
  };
}

let orgs = 0;
export async function createOrganisation(name = `Association ${++orgs}`): Promise<string> {
  const org = await OrganisationModel.create({
    name,
    nameKey: name.toLowerCase(),
    kind: 'association',
    website: null,
    active: true,
  });
  return String(org._id);
}

export interface Person {
  user: TestUser;
  client: TestClient;
}

export async function signedIn(
  t: TestApp,
  roles: TestUser['roles'],
  organisationIds: string[] = [],
  name?: string,
): Promise<Person> {
  const user = await createUser({ roles, organisationIds, ...(name ? { name } : {}) });
  return { user, client: await login(t, user) };
}

export const FICHES = '/api/v1/admin/fiches';

/** A draft with nothing but a type and a title (incomplete). */
export const skeleton = (title = 'Demander la carte Vitale') => emptyFicheContent('demarche', title);

/** Creates a draft through the API and returns it (fails the test on anything but 201). */
export async function createDraft(
  c: TestClient,
  content: FicheContent = skeleton(),
  extra: Record<string, unknown> = {},
): Promise<AdminFiche> {
  const res = await c.post<AdminFiche>(FICHES, { content, ...extra });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.text}`);
  return res.body;
}

/** Creates a complete draft and publishes it as the given editor; returns the published fiche. */
export async function createPublished(
  editor: TestClient,
  content: FicheContent = demarche(),
): Promise<AdminFiche> {
  const draft = await createDraft(editor, content);
  const res = await editor.post<AdminFiche>(`${FICHES}/${draft.id}/publish`, {});
  if (res.status !== 200) throw new Error(`publish failed: ${res.status} ${res.text}`);
  return res.body;
}

export const oid = (id: string) => new Types.ObjectId(id);
