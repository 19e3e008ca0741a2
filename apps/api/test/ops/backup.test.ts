import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Binary, Decimal128, Double, EJSON, Int32, Long } from 'bson';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type AdminFiche } from '@reperes/shared';
import type { EmbeddedMongoServer } from '../../src/db/embedded/index.js';
import { startEmbeddedMongo } from '../../src/db/embedded/index.js';
import { exportDatabase } from '../../src/modules/backup/backup.service.js';
import { seedDatabase } from '../../src/seed/seed.js';
import { createUser, login, type TestClient } from '../support/auth.js';
import { demarche } from '../support/fixtures.js';
import { opsConfig, remoteApp, startApi, startDatabase, type ServerProcess } from './support.js';

/**
 * Issue 8: `npm run export` / `npm run import` as an operator runs them (real processes), on the seed corpus
 * plus a fiche edited through the editorial API (so the revision history is not empty) and a collection of
 * unusual BSON types.
 */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run -s <script> -- …args` from the repository root, with its own database settings. */
function npmRun(script: 'export' | 'import', args: string[], env: Record<string, string>): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...env };
  if (!env.MONGODB_URI) delete childEnv.MONGODB_URI;
  const child = spawn('npm', ['run', '-s', script, '--', ...args], { cwd: ROOT, env: childEnv });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Every collection's documents, as canonical Extended JSON, in natural order. */
async function collections(db = mongoose.connection.db!): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const names = (await db.listCollections().toArray()).map((c) => c.name).sort();
  for (const name of names) {
    const docs = await db.collection(name).find({}, { promoteValues: false, promoteLongs: false }).toArray();
    out[name] = docs.map((d) => EJSON.stringify(d, { relaxed: false }));
  }
  return out;
}

interface Answer {
  status: number;
  etag: string | null;
  body: string;
}

/** Every public answer (and the edited fiche's revision history as the editor sees it). */
async function publicAnswers(
  url: string,
  editor: TestClient,
  ficheId: string,
): Promise<Record<string, Answer>> {
  const answers: Record<string, Answer> = {};
  const get = async (p: string, init?: RequestInit) => {
    const res = await fetch(url + p, init);
    const body = (await res.text()).replace(/"generatedAt":"[^"]*"/, '"generatedAt":"(masked)"');
    answers[`${init?.method ?? 'GET'} ${p}`] = { status: res.status, etag: res.headers.get('etag'), body };
    return body;
  };
  await get('/api/v1/languages');
  const list = JSON.parse(await get('/api/v1/fiches?lang=fr&pageSize=100')) as { items: { slug: string }[] };
  expect(list.items.length).toBeGreaterThan(20);
  for (const lang of LANGUAGE_CODES) {
    await get(`/api/v1/themes?lang=${lang}`);
    await get(`/api/v1/fiches?lang=${lang}&pageSize=100`);
    await get(`/api/v1/fiches?lang=${lang}&sort=title&pageSize=100`);
    await get(`/api/v1/packs/${lang}/manifest`);
    await get(`/api/v1/packs/${lang}/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ have: {} }),
    });
    for (const { slug } of list.items) await get(`/api/v1/fiches/${slug}?lang=${lang}`);
  }
  // The editor's session is in the database too: the same cookie works on the restored one.
  for (const p of [`/api/v1/admin/fiches/${ficheId}/revisions`, `/api/v1/admin/fiches/${ficheId}`]) {
    const res = await fetch(url + p, { headers: { cookie: editor.cookie } });
    answers[`editor GET ${p}`] = { status: res.status, etag: null, body: await res.text() };
  }
  return answers;
}

describe('a backup made with npm run export and restored with npm run import', { timeout: 180_000 }, () => {
  let dir = '';
  let db: EmbeddedMongoServer;
  let uri = '';
  let api: ServerProcess | undefined;
  let editor: TestClient;
  let ficheId = '';
  let file = '';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reperes-ops-backup-'));
    file = path.join(dir, 'backup.jsonl');
    ({ db, uri } = await startDatabase());
    await seedDatabase(new Date('2026-02-01T10:00:00Z'));
    await mongoose.connection.db!.collection('bson_types').insertOne({
      int32: new Int32(7),
      double: new Double(2.5),
      long: Long.fromString('9007199254740993'),
      decimal: Decimal128.fromString('1234.5600'),
      binary: new Binary(Buffer.from([0, 1, 2, 255]), 0),
      uuid: new Binary(Buffer.from('0123456789abcdef'), 4),
      date: new Date('2026-03-01T12:34:56.789Z'),
      nested: { list: [new Int32(1), 'two', null, { three: true }] },
    });
    api = await startApi(uri);
    editor = await login(remoteApp(api.url), await createUser({ roles: ['editor'], config: opsConfig }));
    const created = await editor.post<AdminFiche>('/api/v1/admin/fiches', {
      content: demarche({ title: 'Ouvrir un livret A' }),
    });
    const published = await editor.post<AdminFiche>(`/api/v1/admin/fiches/${created.body.id}/publish`, {});
    const saved = await editor.put<AdminFiche>(`/api/v1/admin/fiches/${created.body.id}`, {
      revision: published.body.revision,
      content: demarche({ title: 'Ouvrir un livret A', summary: 'Un compte d’épargne sans frais.' }),
    });
    expect(saved.status).toBe(200);
    ficheId = created.body.id;
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    await mongoose.disconnect();
    await db?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('gives back every public answer byte for byte, the revision history and every document with its types', async () => {
    const before = await publicAnswers(api!.url, editor, ficheId);
    await api!.stop(); // the answers after the restore come from a new process: nothing from memory
    api = undefined;
    const stored = await collections();
    expect(stored.revisions?.length).toBeGreaterThanOrEqual(3);

    const exported = await npmRun('export', ['--out', file], { MONGODB_URI: uri });
    expect(exported.stderr).toMatch(/^Exported \d+ documents in \d+ collections, \d+ indexes/m);
    expect(exported.code).toBe(0);
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'reperes-backup', database: 'reperes' });
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ end: true });
    expect(lines.find((l) => l.includes('"bson_types","document"'))).toContain(
      '{"$numberLong":"9007199254740993"}',
    );

    await mongoose.connection.db!.dropDatabase();
    expect(await collections()).toEqual({});

    const imported = await npmRun('import', [file], { MONGODB_URI: uri });
    expect(imported.stderr).toMatch(/^Imported \d+ documents/m);
    expect(imported.code).toBe(0);
    expect(await collections()).toEqual(stored);
    const indexes = async () =>
      Object.fromEntries(
        await Promise.all(
          Object.keys(stored).map(async (name) => [
            name,
            await mongoose.connection.db!.collection(name).indexes(),
          ]),
        ),
      );
    expect(Object.values(await indexes()).flat().length).toBeGreaterThan(Object.keys(stored).length);

    api = await startApi(uri);
    const after = await publicAnswers(api.url, editor, ficheId);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const key of Object.keys(before)) expect(after[key], key).toEqual(before[key]);
  });

  it('refuses to import into a database that holds data, and replaces it with --force', async () => {
    const stored = await collections();
    const refused = await npmRun('import', [file], { MONGODB_URI: uri });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not empty .*--force/s);
    expect(await collections()).toEqual(stored);

    await mongoose.connection.db!.collection('fiches').deleteMany({});
    const forced = await npmRun('import', [file, '--force'], { MONGODB_URI: uri });
    expect(forced.code).toBe(0);
    expect((await collections()).fiches).toEqual(stored.fiches);
  });

  it('restores into the embedded database of a data folder, which then holds exactly the backup', async () => {
    const dataDir = path.join(dir, 'data');
    const env = { DATA_DIR: dataDir, EMBEDDED_DB_IN_MEMORY: 'false' };
    const imported = await npmRun('import', [file], env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'db'))).toBe(true);
    // Read the data folder back with the embedded server itself and export it in this process.
    const again = path.join(dir, 'again.jsonl');
    const embedded = await startEmbeddedMongo({ dataDir: path.join(dataDir, 'db') });
    const client = await mongoose.createConnection(`${embedded.uri}reperes`).asPromise();
    try {
      const out = fs.createWriteStream(again);
      await exportDatabase(client.db!, out, { appVersion: 'test' });
      await new Promise<void>((resolve) => out.end(resolve));
    } finally {
      await client.close();
      await embedded.stop();
    }
    const body = (f: string) => fs.readFileSync(f, 'utf8').split('\n').slice(1); // the header has the date
    expect(body(again)).toEqual(body(file));
  });

  it('refuses a truncated backup before touching the database', async () => {
    const truncated = path.join(dir, 'truncated.jsonl');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    fs.writeFileSync(truncated, lines.slice(0, Math.floor(lines.length / 2)).join('\n') + '\n');
    const dataDir = path.join(dir, 'untouched');
    const run = await npmRun('import', [truncated], { DATA_DIR: dataDir, EMBEDDED_DB_IN_MEMORY: 'false' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/truncated/);
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});
