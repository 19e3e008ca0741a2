import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '@reperes/shared';
import { sha256 } from '../../src/modules/auth/crypto.js';
import { SessionModel } from '../../src/modules/auth/session.model.js';
import { UserModel } from '../../src/modules/users/user.model.js';
import { anonymousClient, createUser, DEFAULT_PASSWORD, login } from '../support/auth.js';
import { useAuthTestApp } from './harness.js';

const app = useAuthTestApp();
const MIN = 60_000;
const HOUR = 60 * MIN;

function storedIdOf(cookie: string): string {
  return sha256(cookie.split('=')[1] ?? '');
}

describe('session cookie and GET /auth/session', () => {
  it('sets an httpOnly, SameSite=Lax cookie on /api holding 32 random bytes, stored only as a hash', async () => {
    const user = await createUser({ roles: ['contributor'] });
    const res = await app().api('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    expect(res.status).toBe(200);
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(/^reperes_sid=[A-Za-z0-9_-]{43}; Path=\/api; HttpOnly; SameSite=Lax$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const raw = /reperes_sid=([^;]+)/.exec(cookie ?? '')?.[1] ?? '';
    expect(await SessionModel.findById(raw)).toBeNull();
    const stored = await SessionModel.findById(sha256(raw)).lean();
    if (!stored) throw new Error('no stored session');
    expect(stored).toMatchObject({ totpPending: false });
    expect(stored.absoluteExpiresAt.getTime() - stored.createdAt.getTime()).toBe(12 * HOUR);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(2 * HOUR);
  });

  it('answers the signed-in person and a CSRF token, or { user: null } without a session', async () => {
    const user = await createUser({ roles: ['translator'], languages: ['ar'] });
    const c = await login(app(), user);
    const me = await c.get<SessionInfo>('/api/v1/auth/session');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        roles: ['translator'],
        languages: ['ar'],
        organisationIds: [],
        totpEnabled: false,
      },
      csrfToken: c.csrfToken,
    });
    const anon = await anonymousClient(app()).get('/api/v1/auth/session');
    expect(anon.body).toEqual({ user: null });
  });

  it('clears a cookie that names no live session', async () => {
    const res = await app().api('/api/v1/auth/session', {
      headers: { cookie: `reperes_sid=${'a'.repeat(43)}` },
    });
    expect(await res.json()).toEqual({ user: null });
    expect(res.headers.getSetCookie()[0]).toMatch(/^reperes_sid=; Path=\/api; .*Max-Age=0/);
  });
});

describe('session expiry', () => {
  it('ends a session idle for longer than SESSION_IDLE_MINUTES (2 h)', async () => {
    const c = await login(app(), await createUser({ roles: ['contributor'] }));
    const id = storedIdOf(c.cookie);
    const idleSince = new Date(Date.now() - 2 * HOUR - MIN);
    await SessionModel.updateOne(
      { _id: id },
      { $set: { lastSeenAt: idleSince, expiresAt: new Date(idleSince.getTime() + 2 * HOUR) } },
    );
    const res = await c.get('/api/v1/auth/session');
    expect(res.body).toEqual({ user: null });
    expect(await SessionModel.findById(id)).toBeNull();
    expect((await c.get('/api/v1/auth/sessions')).status).toBe(401);
  });

  it('keeps an active session alive by moving its idle expiry forward', async () => {
    const c = await login(app(), await createUser({ roles: ['contributor'] }));
    const id = storedIdOf(c.cookie);
    const seen = new Date(Date.now() - 90 * MIN);
    await SessionModel.updateOne(
      { _id: id },
      { $set: { lastSeenAt: seen, expiresAt: new Date(seen.getTime() + 2 * HOUR) } },
    );
    expect((await c.get('/api/v1/auth/session')).body.user).not.toBeNull();
    const after = await SessionModel.findById(id).lean();
    expect(after!.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - MIN);
    expect(after!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 2 * HOUR - MIN);
  });

  it('ends a session SESSION_ABSOLUTE_HOURS (12 h) after sign-in however active it is', async () => {
    const c = await login(app(), await createUser({ roles: ['contributor'] }));
    const id = storedIdOf(c.cookie);
    const created = new Date(Date.now() - 12 * HOUR - MIN);
    await SessionModel.updateOne(
      { _id: id },
      {
        $set: {
          createdAt: created,
          absoluteExpiresAt: new Date(created.getTime() + 12 * HOUR),
          lastSeenAt: new Date(),
        },
      },
    );
    expect((await c.get('/api/v1/auth/session')).body).toEqual({ user: null });
    expect(await SessionModel.findById(id)).toBeNull();
  });

  it('never extends the idle expiry past the absolute expiry', async () => {
    const c = await login(app(), await createUser({ roles: ['contributor'] }));
    const id = storedIdOf(c.cookie);
    const created = new Date(Date.now() - 11 * HOUR);
    const absolute = new Date(created.getTime() + 12 * HOUR);
    await SessionModel.updateOne(
      { _id: id },
      {
        $set: { createdAt: created, absoluteExpiresAt: absolute, lastSeenAt: new Date(Date.now() - 5 * MIN) },
      },
    );
    await c.get('/api/v1/auth/session');
    expect((await SessionModel.findById(id).lean())!.expiresAt.getTime()).toBe(absolute.getTime());
  });
});

describe('revocation', () => {
  it('revokes the session on logout: the old cookie no longer works', async () => {
    const c = await login(app(), await createUser({ roles: ['contributor'] }));
    const oldCookie = c.cookie;
    const out = await c.post('/api/v1/auth/logout');
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/^reperes_sid=;.*Max-Age=0/);
    expect(await SessionModel.countDocuments()).toBe(0);
    const replay = await app().api('/api/v1/auth/sessions', { headers: { cookie: oldCookie } });
    expect(replay.status).toBe(401);
  });

  it('revokes every other session on password change and keeps the current one', async () => {
    const user = await createUser({ roles: ['contributor'] });
    const laptop = await login(app(), user);
    const phone = await login(app(), user);
    const tablet = await login(app(), user);
    const newPassword = 'Un-nouveau-mot-de-passe-pour-la-bibliotheque-42';
    const res = await laptop.post('/api/v1/auth/password', {
      currentPassword: DEFAULT_PASSWORD,
      newPassword,
    });
    expect(res.status).toBe(204);
    expect((await laptop.get('/api/v1/auth/session')).body.user?.id).toBe(user.id);
    expect((await phone.get('/api/v1/auth/session')).body).toEqual({ user: null });
    expect((await tablet.get('/api/v1/auth/sessions')).status).toBe(401);
    expect(await SessionModel.countDocuments()).toBe(1);
    // the old password is gone, the new one works
    const old = await anonymousClient(app()).post('/api/v1/auth/login', {
      email: user.email,
      password: DEFAULT_PASSWORD,
    });
    expect(old.status).toBe(401);
    await login(app(), { ...user, password: newPassword });
  });

  it('voids a session authenticated before the last password change even if it was not deleted', async () => {
    const user = await createUser({ roles: ['contributor'] });
    const c = await login(app(), user);
    await UserModel.updateOne({ _id: user.id }, { $set: { passwordChangedAt: new Date(Date.now() + 1000) } });
    expect((await c.get('/api/v1/auth/session')).body).toEqual({ user: null });
  });

  it('refuses a password change with a wrong current password or a weak new one', async () => {
    const c = await login(app(), await createUser({ roles: ['contributor'] }));
    const wrong = await c.post('/api/v1/auth/password', {
      currentPassword: 'not-my-password',
      newPassword: 'Un-nouveau-mot-de-passe-pour-la-bibliotheque-42',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('WRONG_PASSWORD');
    const weak = await c.post('/api/v1/auth/password', {
      currentPassword: DEFAULT_PASSWORD,
      newPassword: 'password1',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('WEAK_PASSWORD');
    expect((await c.get('/api/v1/auth/session')).body.user).not.toBeNull();
  });

  it('lists the person’s sessions and revokes one of them', async () => {
    const user = await createUser({ roles: ['contributor'] });
    const a = await login(app(), user);
    const b = await login(app(), user);
    const list = await a.get('/api/v1/auth/sessions');
    expect(list.status).toBe(200);
    expect(list.body.sessions).toHaveLength(2);
    const other = list.body.sessions.find((s: { current: boolean }) => !s.current);
    expect(other.id).toMatch(/^[a-f0-9]{32}$/);
    expect((await a.del(`/api/v1/auth/sessions/${other.id}`)).status).toBe(204);
    expect((await b.get('/api/v1/auth/session')).body).toEqual({ user: null });
    expect((await a.get('/api/v1/auth/session')).body.user).not.toBeNull();
    expect((await a.del(`/api/v1/auth/sessions/${'0'.repeat(32)}`)).status).toBe(404);
  });
});
