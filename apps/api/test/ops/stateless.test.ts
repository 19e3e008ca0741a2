import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminFiche } from '@reperes/shared';
import type { EmbeddedMongoServer } from '../../src/db/embedded/index.js';
import { anonymousClient, createUser, login, type TestClient } from '../support/auth.js';
import { createTheme, demarche } from '../support/fixtures.js';
import { opsConfig, remoteApp, startApi, startDatabase, waitFor, type ServerProcess } from './support.js';

/**
 * Issue 8: the API keeps nothing shared in process memory. Two real server processes on ONE database: what
 * happens through one is seen through the other.
 */
describe('two API processes on one database', { timeout: 60_000 }, () => {
  let db: EmbeddedMongoServer;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    const started = await startDatabase();
    db = started.db;
    await createTheme();
    [a, b] = await Promise.all([startApi(started.uri), startApi(started.uri)]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await mongoose.disconnect();
    await db?.stop();
  }, 60_000);

  /** The same signed-in session, its requests sent to another process. */
  function through(server: ServerProcess, session: TestClient): TestClient {
    const other = anonymousClient(remoteApp(server.url));
    other.cookie = session.cookie;
    other.csrfToken = session.csrfToken;
    return other;
  }

  it('reads through one process the new hash of a fiche published through the other', async () => {
    const editor = await login(remoteApp(a.url), await createUser({ roles: ['editor'], config: opsConfig }));
    const created = await editor.post<AdminFiche>('/api/v1/admin/fiches', { content: demarche() });
    expect(created.status).toBe(201);
    const published = await editor.post<AdminFiche>(`/api/v1/admin/fiches/${created.body.id}/publish`, {});
    expect(published.status).toBe(200);
    const slug = published.body.slug;

    const first = await fetch(`${b.url}/api/v1/fiches/${slug}?lang=fr`);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    const manifest = await fetch(`${b.url}/api/v1/packs/fr/manifest`);
    const manifestEtag = manifest.headers.get('etag');

    const saved = await editor.put<AdminFiche>(`/api/v1/admin/fiches/${created.body.id}`, {
      revision: published.body.revision,
      content: demarche({ summary: 'La carte Vitale prouve vos droits, même en voyage.' }),
    });
    expect(saved.status).toBe(200);
    const republished = await editor.post(`/api/v1/admin/fiches/${created.body.id}/publish`, {});
    expect(republished.status).toBe(200);

    // Replicas may keep a read in memory, but only as long as the content version in MongoDB is unchanged.
    let fresh: Response | undefined;
    await waitFor(
      'the other process to serve the new version',
      async () => {
        fresh = await fetch(`${b.url}/api/v1/fiches/${slug}?lang=fr`, {
          headers: { 'if-none-match': etag! },
        });
        return fresh.status === 200;
      },
      3_000,
    );
    expect(fresh!.headers.get('etag')).not.toBe(etag);
    expect(((await fresh!.json()) as { header: { summary: string } }).header.summary).toContain(
      'même en voyage',
    );
    const newManifest = await fetch(`${b.url}/api/v1/packs/fr/manifest`);
    expect(newManifest.headers.get('etag')).not.toBe(manifestEtag);
  });

  it('accepts through one process a session opened through the other, and its sign-out everywhere', async () => {
    const user = await createUser({ roles: ['editor'], config: opsConfig });
    const onA = await login(remoteApp(a.url), user);
    const onB = through(b, onA);

    const session = await onB.get('/api/v1/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.user?.email).toBe(user.email);
    const created = await onB.post<AdminFiche>('/api/v1/admin/fiches', {
      content: demarche({ title: 'Ouvrir un compte bancaire' }),
    });
    expect(created.status).toBe(201);
    expect((await onA.get(`/api/v1/admin/fiches/${created.body.id}`)).status).toBe(200);

    expect((await onB.post('/api/v1/auth/logout', {})).status).toBeLessThan(300);
    expect((await onA.get(`/api/v1/admin/fiches/${created.body.id}`)).status).toBe(401);
  });

  it('counts failed sign-ins made through both processes against the same limit', async () => {
    const user = await createUser({ roles: ['contributor'], config: opsConfig });
    const attempt = (server: ServerProcess) =>
      anonymousClient(remoteApp(server.url)).post('/api/v1/auth/login', {
        email: user.email,
        password: 'not-the-password-at-all',
      });
    const statuses: number[] = [];
    for (let i = 0; i < opsConfig.LOGIN_MAX_PER_ACCOUNT; i++)
      statuses.push((await attempt(i % 2 ? b : a)).status);
    expect(statuses.every((s) => s === 401)).toBe(true);
    expect((await attempt(a)).status).toBe(429);
    expect((await attempt(b)).status).toBe(429);
  });
});
