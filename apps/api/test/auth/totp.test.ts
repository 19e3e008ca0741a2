import { describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import type { SessionInfo } from '@reperes/shared';
import { SessionModel } from '../../src/modules/auth/session.model.js';
import { UserModel } from '../../src/modules/users/user.model.js';
import {
  anonymousClient,
  createUser,
  login,
  totpCode,
  type TestClient,
  type TestUser,
} from '../support/auth.js';
import { useAuthTestApp } from './harness.js';

const app = useAuthTestApp();

async function passwordStep(user: TestUser): Promise<TestClient> {
  const c = anonymousClient(app());
  const res = await c.post<SessionInfo>('/api/v1/auth/login', { email: user.email, password: user.password });
  expect(res.status).toBe(200);
  c.csrfToken = res.body.csrfToken ?? '';
  c.session = res.body;
  return c;
}

describe('TOTP is required for admin, editor and reviewer', () => {
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    it(`limits a ${role} without TOTP to enrolment (403 TOTP_REQUIRED elsewhere), then opens up once enrolled`, async () => {
      const user = await createUser({ roles: [role], languages: ['ar'], totp: false });
      const c = await login(app(), user);
      expect(c.session).toMatchObject({
        totpEnrolmentRequired: true,
        user: { id: user.id, totpEnabled: false },
      });
      expect((await c.get('/api/v1/auth/session')).body.totpEnrolmentRequired).toBe(true);

      for (const [method, path, body] of [
        ['GET', '/api/v1/admin/audit', undefined],
        ['GET', '/api/v1/organisations', undefined],
        ['GET', '/api/v1/auth/sessions', undefined],
        ['POST', '/api/v1/auth/password', { currentPassword: user.password, newPassword: 'x' }],
      ] as const) {
        const res = await c.request(method, path, body);
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(res.body.error.code).toBe('TOTP_REQUIRED');
      }
      // public routes stay public
      expect((await c.get('/api/v1/languages')).status).toBe(200);

      const setup = await c.post('/api/v1/auth/totp/setup');
      expect(setup.status).toBe(200);
      expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Rep%C3%A8res:/);
      expect(setup.body.otpauthUri).toContain(`secret=${setup.body.secret}`);
      const stored = await UserModel.findById(user.id).lean();
      expect(stored?.totp.pendingSecret).toMatch(/^v1\./);
      expect(JSON.stringify(stored)).not.toContain(setup.body.secret);

      const wrong = await c.post('/api/v1/auth/totp/enable', { code: '000000' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.code).toBe('INVALID_TOTP_CODE');
      const enabled = await c.post('/api/v1/auth/totp/enable', { code: await totpCode(setup.body.secret) });
      expect(enabled.status).toBe(200);
      expect(enabled.body.recoveryCodes).toHaveLength(10);
      expect(new Set(enabled.body.recoveryCodes).size).toBe(10);
      for (const code of enabled.body.recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      const after = await UserModel.findById(user.id).lean();
      expect(after?.totp.enabled).toBe(true);
      expect(after?.totp.recoveryCodes).toHaveLength(10);
      expect(JSON.stringify(after)).not.toContain(enabled.body.recoveryCodes[0]);

      expect((await c.get('/api/v1/organisations')).status).toBe(200);
      expect((await c.get('/api/v1/auth/session')).body.totpEnrolmentRequired).toBeUndefined();
      const again = await c.post('/api/v1/auth/totp/setup');
      expect(again.body.error.code).toBe('TOTP_ALREADY_ENABLED');
    });
  }

  it('does not require TOTP from contributors and translators', async () => {
    for (const roles of [['contributor'], ['translator']] as const) {
      const c = await login(app(), await createUser({ roles: [...roles], languages: ['en'] }));
      expect(c.session?.totpEnrolmentRequired).toBeUndefined();
      expect((await c.get('/api/v1/auth/sessions')).status).toBe(200);
    }
  });

  it('requires enrolment at once when a contributor is given the editor role', async () => {
    const user = await createUser({ roles: ['contributor'] });
    const c = await login(app(), user);
    expect((await c.get('/api/v1/organisations')).status).toBe(200);
    await UserModel.updateOne({ _id: user.id }, { $set: { roles: ['contributor', 'editor'] } });
    expect((await c.get('/api/v1/organisations')).body.error.code).toBe('TOTP_REQUIRED');
  });

  it('refuses enabling before setting up', async () => {
    const c = await login(app(), await createUser({ roles: ['admin'], totp: false }));
    const res = await c.post('/api/v1/auth/totp/enable', { code: '123456' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('TOTP_NOT_SET_UP');
  });
});

describe('signing in with TOTP enrolled', () => {
  it('keeps the session pending until the code, then replaces it with a fresh session', async () => {
    const user = await createUser({ roles: ['editor'] });
    const c = await passwordStep(user);
    expect(c.session).toEqual({ user: null, totpRequired: true, csrfToken: expect.any(String) });
    const pendingCookie = c.cookie;
    expect((await c.get('/api/v1/auth/session')).body).toEqual({
      user: null,
      totpRequired: true,
      csrfToken: c.csrfToken,
    });
    const blocked = await c.get('/api/v1/organisations');
    expect(blocked.status).toBe(401);
    expect(blocked.body.error).toMatchObject({ code: 'UNAUTHENTICATED', details: { totpRequired: true } });

    const wrong = await c.post('/api/v1/auth/totp/verify', { code: '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('INVALID_TOTP_CODE');

    const ok = await c.post<SessionInfo>('/api/v1/auth/totp/verify', {
      code: await totpCode(user.totpSecret!),
    });
    expect(ok.status).toBe(200);
    expect(ok.body.user?.id).toBe(user.id);
    expect(ok.body.csrfToken).not.toBe(c.csrfToken);
    expect(c.cookie).not.toBe(pendingCookie);
    c.csrfToken = ok.body.csrfToken ?? '';
    expect((await c.get('/api/v1/organisations')).status).toBe(200);
    const old = await app().api('/api/v1/auth/session', { headers: { cookie: pendingCookie } });
    expect(await old.json()).toEqual({ user: null });
  });

  it('accepts a code once only (replay protection)', async () => {
    const user = await createUser({ roles: ['editor'] });
    const code = await totpCode(user.totpSecret!);
    const first = await passwordStep(user);
    expect((await first.post('/api/v1/auth/totp/verify', { code })).status).toBe(200);
    const second = await passwordStep(user);
    const replay = await second.post('/api/v1/auth/totp/verify', { code });
    expect(replay.status).toBe(400);
    expect(replay.body.error.code).toBe('INVALID_TOTP_CODE');
  });

  it('accepts the code of the previous or next 30 s period (clock drift), not older ones', async () => {
    const user = await createUser({ roles: ['editor'] });
    const now = Math.floor(Date.now() / 1000);
    const previous = await generate({ secret: user.totpSecret!, epoch: now - 30 });
    const old = await generate({ secret: user.totpSecret!, epoch: now - 120 });
    const c = await passwordStep(user);
    expect((await c.post('/api/v1/auth/totp/verify', { code: old })).status).toBe(400);
    expect((await c.post('/api/v1/auth/totp/verify', { code: previous })).status).toBe(200);
  });

  it('uses each recovery code once', async () => {
    const user = await createUser({ roles: ['reviewer'], languages: ['fa'] });
    const [code, other] = user.recoveryCodes!;
    const c = await passwordStep(user);
    const ok = await c.post('/api/v1/auth/totp/verify', {
      recoveryCode: code!.toUpperCase().replace('-', ' '),
    });
    expect(ok.status).toBe(200);
    expect(ok.body.user.id).toBe(user.id);
    expect((await UserModel.findById(user.id).lean())?.totp.recoveryCodes).toHaveLength(9);

    const again = await passwordStep(user);
    const reused = await again.post('/api/v1/auth/totp/verify', { recoveryCode: code });
    expect(reused.status).toBe(400);
    expect(reused.body.error.code).toBe('INVALID_TOTP_CODE');
    expect((await again.post('/api/v1/auth/totp/verify', { recoveryCode: other })).status).toBe(200);
  });

  it('lets exactly one of two concurrent requests use the same recovery code', async () => {
    const user = await createUser({ roles: ['editor'] });
    const a = await passwordStep(user);
    const b = await passwordStep(user);
    const code = user.recoveryCodes![0];
    const results = await Promise.all(
      [a, b].map((c) => c.post('/api/v1/auth/totp/verify', { recoveryCode: code })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
  });

  it('throttles code guessing: the sixth wrong code within the window is refused with 429', async () => {
    const user = await createUser({ roles: ['admin'] });
    const c = await passwordStep(user);
    for (let i = 0; i < 5; i++)
      expect((await c.post('/api/v1/auth/totp/verify', { code: '000000' })).status).toBe(400);
    const limited = await c.post('/api/v1/auth/totp/verify', { code: await totpCode(user.totpSecret!) });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    const viaRecovery = await c.post('/api/v1/auth/totp/verify', { recoveryCode: user.recoveryCodes![0] });
    expect(viaRecovery.status).toBe(429);
  });

  it('lets a pending session expire after 10 minutes', async () => {
    const user = await createUser({ roles: ['editor'] });
    const c = await passwordStep(user);
    await SessionModel.updateMany({}, { $set: { absoluteExpiresAt: new Date(Date.now() - 1000) } });
    const res = await c.post('/api/v1/auth/totp/verify', { code: await totpCode(user.totpSecret!) });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 to a code without a pending sign-in', async () => {
    const res = await anonymousClient(app()).post('/api/v1/auth/totp/verify', { code: '123456' });
    expect(res.status).toBe(401);
  });

  it('lets an admin reset a person’s TOTP: their sessions end and they enrol again', async () => {
    const admin = await login(app(), await createUser({ roles: ['admin'] }));
    const user = await createUser({ roles: ['editor'] });
    const c = await login(app(), user);
    const res = await admin.post(`/api/v1/admin/users/${user.id}/totp/reset`);
    expect(res.status).toBe(200);
    expect(res.body.totpEnabled).toBe(false);
    expect((await c.get('/api/v1/auth/session')).body).toEqual({ user: null });
    const again = await login(app(), { ...user, totpSecret: undefined });
    expect(again.session?.totpEnrolmentRequired).toBe(true);
  });
});
