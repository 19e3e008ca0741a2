import { describe, expect, it } from 'vitest';
import { anonymousClient, createUser, login } from '../support/auth.js';
import { bodyOf, useAuthTestApp } from './harness.js';

const app = useAuthTestApp({
  PUBLIC_URL: 'https://reperes.example.org',
  CSRF_TRUSTED_ORIGINS: 'http://localhost:5174',
});

describe('CSRF token on requests made with a session', () => {
  it('refuses a state-changing request without the X-CSRF-Token header', async () => {
    const c = await login(app(), await createUser({ roles: ['admin'] }));
    const res = await c.post('/api/v1/admin/organisations', { name: 'Croix-Rouge' }, { 'x-csrf-token': '' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF_REJECTED');
    const ok = await c.post('/api/v1/admin/organisations', { name: 'Croix-Rouge' });
    expect(ok.status).toBe(201);
  });

  it('refuses a wrong token, including the token of another session', async () => {
    const admin = await createUser({ roles: ['admin'] });
    const a = await login(app(), admin);
    const b = await login(app(), admin);
    for (const token of ['x'.repeat(43), b.csrfToken, a.csrfToken.slice(0, -1)]) {
      const res = await a.patch(
        `/api/v1/admin/users/${admin.id}`,
        { name: 'Nouveau nom' },
        { 'x-csrf-token': token },
      );
      expect(res.status, token).toBe(403);
      expect(res.body.error.code).toBe('CSRF_REJECTED');
    }
  });

  it('checks every unsafe method: PUT, PATCH and DELETE as well as POST', async () => {
    const c = await login(app(), await createUser({ roles: ['contributor'] }));
    const list = await c.get('/api/v1/auth/sessions');
    const id = list.body.sessions[0].id;
    const del = await c.del(`/api/v1/auth/sessions/${id}`, undefined, { 'x-csrf-token': 'nope' });
    expect(del.status).toBe(403);
    expect(del.body.error.code).toBe('CSRF_REJECTED');
    const pwd = await c.post(
      '/api/v1/auth/password',
      { currentPassword: 'a', newPassword: 'b' },
      { 'x-csrf-token': 'nope' },
    );
    expect(pwd.body.error.code).toBe('CSRF_REJECTED');
  });

  it('ignores a session without its token on public routes: a forged logout does nothing', async () => {
    const c = await login(app(), await createUser({ roles: ['contributor'] }));
    const forged = await c.post('/api/v1/auth/logout', {}, { 'x-csrf-token': '' });
    expect(forged.status).toBe(204);
    expect(forged.headers.getSetCookie()).toEqual([]);
    expect((await c.get('/api/v1/auth/session')).body.user).not.toBeNull();
  });
});

describe('cross-site requests (login CSRF and public endpoints)', () => {
  const loginBody = (email: string, password: string) => JSON.stringify({ email, password });

  it('refuses a sign-in posted from another site, by Origin or by Sec-Fetch-Site', async () => {
    const user = await createUser({ roles: ['contributor'] });
    for (const headers of <Record<string, string>[]>[
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://evil.reperes.example.org' },
    ]) {
      const res = await app().api('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: loginBody(user.email, user.password),
      });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect((await bodyOf(res)).error.code).toBe('CSRF_REJECTED');
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it('accepts same-origin sign-ins: Sec-Fetch-Site same-origin, PUBLIC_URL, a trusted origin, or no browser headers', async () => {
    const user = await createUser({ roles: ['contributor'] });
    for (const headers of <Record<string, string>[]>[
      { 'sec-fetch-site': 'same-origin', origin: app().url },
      { origin: app().url },
      { origin: 'https://reperes.example.org' },
      { origin: 'http://localhost:5174', 'sec-fetch-site': 'same-site' },
      {},
    ]) {
      const res = await app().api('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: loginBody(user.email, user.password),
      });
      expect(res.status, JSON.stringify(headers)).toBe(200);
    }
  });

  it('refuses cross-site posts to the other session-less endpoints', async () => {
    for (const [path, body] of [
      ['/api/v1/auth/password-reset/request', { email: 'a@example.test' }],
      ['/api/v1/auth/invite/accept', { token: 'a'.repeat(43), name: 'A', password: 'x' }],
      ['/api/v1/packs/fr/sync', { have: {} }],
    ] as const) {
      const res = await app().api(path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: 'https://evil.example',
          'sec-fetch-site': 'cross-site',
        },
        body: JSON.stringify(body),
      });
      expect(res.status, path).toBe(403);
      expect((await bodyOf(res)).error.code).toBe('CSRF_REJECTED');
    }
  });

  it('lets the reader app sync a pack from a browser that is also signed in to the back-office', async () => {
    const c = await login(app(), await createUser({ roles: ['contributor'] }));
    const res = await c.post(
      '/api/v1/packs/fr/sync',
      { have: {} },
      { 'x-csrf-token': '', 'sec-fetch-site': 'same-origin' },
    );
    expect(res.status).toBe(200);
  });

  it('does not need a token for safe methods', async () => {
    const c = await login(app(), await createUser({ roles: ['admin'] }));
    expect((await c.get('/api/v1/admin/users', { 'x-csrf-token': '' })).status).toBe(200);
    expect((await anonymousClient(app()).get('/api/v1/auth/session')).status).toBe(200);
  });
});
