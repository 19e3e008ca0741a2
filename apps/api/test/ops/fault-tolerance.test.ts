import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyFicheContent } from '@reperes/shared';
import type { EmbeddedMongoServer } from '../../src/db/embedded/index.js';
import { FicheModel } from '../../src/modules/fiches/fiche.model.js';
import { createUser, login, type TestClient } from '../support/auth.js';
import { createPublishedFiche, createTheme, demarche } from '../support/fixtures.js';
import {
  findFreePort,
  opsConfig,
  remoteApp,
  sleep,
  startApi,
  startDatabase,
  waitFor,
  type ServerProcess,
} from './support.js';

/**
 * Issue 8: the database goes away under a running API process (the embedded server is stopped), then comes
 * back on the same port with the same data folder.
 */
describe('a database outage under a running API', { timeout: 90_000 }, () => {
  let dataDir = '';
  let port = 0;
  let db: EmbeddedMongoServer;
  let api: ServerProcess;
  let editor: TestClient;
  const get = (p: string, headers: Record<string, string> = {}) => fetch(api.url + p, { headers });
  const sync = (have: Record<string, string>) =>
    fetch(`${api.url}/api/v1/packs/fr/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ have }),
    });

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reperes-ops-outage-'));
    port = await findFreePort();
    const started = await startDatabase({ port, dataDir });
    db = started.db;
    await createTheme();
    await createPublishedFiche('carte-vitale');
    await createPublishedFiche('domiciliation', demarche({ title: 'Obtenir une domiciliation' }));
    api = await startApi(started.uri);
    const user = await createUser({ roles: ['editor'], config: opsConfig });
    editor = await login(remoteApp(api.url), user);
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    await mongoose.disconnect();
    await db?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('serves the last known published content marked stale, refuses writes with 503, recovers by itself and loses no acknowledged write', async () => {
    // Readers fetch the public content while the database is up.
    const before = {
      fiche: await get('/api/v1/fiches/carte-vitale?lang=fr'),
      themes: await get('/api/v1/themes?lang=fr'),
      list: await get('/api/v1/fiches?lang=fr'),
      manifest: await get('/api/v1/packs/fr/manifest'),
      pack: await sync({}),
    };
    const bodies = Object.fromEntries(
      await Promise.all(Object.entries(before).map(async ([k, r]) => [k, await r.text()] as const)),
    );
    for (const r of Object.values(before)) {
      expect(r.status).toBe(200);
      expect(r.headers.get('x-reperes-stale')).toBeNull();
    }
    const etag = before.fiche.headers.get('etag')!;
    const manifest = JSON.parse(bodies.manifest!) as { fiches: { id: string; slug: string; hash: string }[] };

    // An editor keeps saving new drafts, one after the other, through the outage.
    const acknowledged: string[] = [];
    const refused: { status: number; code: string; message: string }[] = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        const res = await editor.post('/api/v1/admin/fiches', {
          content: emptyFicheContent('demarche', `Brouillon pendant la panne ${i}`),
        });
        if (res.status === 201) acknowledged.push(res.body.id);
        else
          refused.push({
            status: res.status,
            code: res.body?.error?.code,
            message: res.body?.error?.message,
          });
        await sleep(20);
      }
    })();
    await waitFor('a few acknowledged writes', async () => acknowledged.length >= 3);

    await mongoose.disconnect();
    await db.stop();
    const ackedBeforeOutage = acknowledged.length;

    // Published fiches, themes, lists, manifests and packs: the last known copy, marked stale.
    const stale = await get('/api/v1/fiches/carte-vitale?lang=fr');
    expect(stale.status).toBe(200);
    expect(stale.headers.get('x-reperes-stale')).toBe('1');
    expect(stale.headers.get('warning')).toMatch(/^110 /);
    expect(stale.headers.get('etag')).toBe(etag);
    expect(await stale.text()).toBe(bodies.fiche);
    const revalidated = await get('/api/v1/fiches/carte-vitale?lang=fr', { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('x-reperes-stale')).toBe('1');
    for (const [name, url] of [
      ['themes', '/api/v1/themes?lang=fr'],
      ['list', '/api/v1/fiches?lang=fr'],
      ['manifest', '/api/v1/packs/fr/manifest'],
    ] as const) {
      const res = await get(url);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('x-reperes-stale'), name).toBe('1');
      expect(await res.text(), name).toBe(bodies[name]);
    }
    const fullPack = await sync({});
    expect(fullPack.headers.get('x-reperes-stale')).toBe('1');
    expect(await fullPack.text()).toBe(bodies.pack);
    // A device holding one outdated fiche and one that no longer exists gets exactly the difference,
    // computed from the last full pack.
    const first = manifest.fiches[0]!;
    const have = Object.fromEntries(manifest.fiches.map((f) => [f.id, f.hash]));
    const delta = await sync({ ...have, [first.id]: 'old-hash', '0123456789abcdef01234567': 'gone' });
    expect(delta.status).toBe(200);
    expect(delta.headers.get('x-reperes-stale')).toBe('1');
    const deltaBody = (await delta.json()) as {
      upserts: { id: string }[];
      removed: string[];
      themes?: unknown;
    };
    expect(deltaBody.upserts.map((d) => d.id)).toEqual([first.id]);
    expect(deltaBody.removed).toEqual(['0123456789abcdef01234567']);
    expect(deltaBody.themes).toBeDefined();

    // Content never read before the outage cannot be made up.
    const unknown = await get('/api/v1/fiches/carte-vitale?lang=en');
    expect(unknown.status).toBe(503);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('DATABASE_UNAVAILABLE');

    // Writes answer 503 with a clear message, without waiting for server selection (5 s): the bound is
    // generous because CI machines are loaded; waiting for the driver would take longer.
    const t0 = Date.now();
    const write = await editor.post('/api/v1/admin/fiches', {
      content: emptyFicheContent('demarche', 'Pendant la panne'),
    });
    expect(Date.now() - t0).toBeLessThan(4_000);
    expect(write.status).toBe(503);
    expect(write.headers.get('retry-after')).toBe('5');
    expect(write.body.error.code).toBe('DATABASE_UNAVAILABLE');
    expect(write.body.error.message).toMatch(/nothing was saved/);

    // Health: alive, not ready, degraded.
    expect((await get('/api/v1/health/live')).status).toBe(200);
    expect((await get('/api/v1/health/ready')).status).toBe(503);
    expect(((await (await get('/api/v1/health')).json()) as { status: string }).status).toBe('degraded');

    // The database comes back on the same port with the same data folder: the API recovers by itself.
    db = (await startDatabase({ port, dataDir })).db;
    await waitFor(
      'the API to be ready again',
      async () => (await get('/api/v1/health/ready')).status === 200,
    );
    const fresh = await get('/api/v1/fiches/carte-vitale?lang=fr');
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('x-reperes-stale')).toBeNull();
    expect((await get('/api/v1/fiches/carte-vitale?lang=en')).status).toBe(200);
    const after = acknowledged.length;
    await waitFor('writes to be accepted again', async () => acknowledged.length >= after + 3);
    writing = false;
    await writer;

    expect(ackedBeforeOutage).toBeGreaterThanOrEqual(3);
    // The background writer may or may not have been between requests during the outage (a request in
    // flight waits for the database and then succeeds, or is answered 503 a moment into the outage when the
    // driver lost it: db-guard.ts, STALLED_AFTER_OUTAGE_MS); any refusal it saw must be the clean 503.
    for (const r of refused) expect(r).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    // Every write the API acknowledged is in the database after the restart.
    const stored = await FicheModel.find({ _id: { $in: acknowledged } }, { _id: 1 }).lean();
    expect(stored.map((f) => String(f._id)).sort()).toEqual([...acknowledged].sort());
  });
});
