import { describe, expect, it } from 'vitest';
import { InviteModel } from '../../src/modules/users/invite.model.js';
import { PasswordResetModel } from '../../src/modules/auth/password-reset.model.js';
import { SessionModel } from '../../src/modules/auth/session.model.js';
import { UserModel } from '../../src/modules/users/user.model.js';
import { AuditModel } from '../../src/modules/audit/audit.model.js';
import {
  allMail,
  anonymousClient,
  createUser,
  lastMailTo,
  login,
  tokenFromMail,
  waitForMail,
} from '../support/auth.js';
import { useAuthTestApp } from './harness.js';

const app = useAuthTestApp({ PUBLIC_URL: 'https://reperes.example.org/' });
const STRONG = 'Quatre-chevaux-bleus-dans-la-cuisine-1987';

async function invite(email = 'nadia@example.test', roles = ['translator'], languages = ['ar']) {
  const admin = await login(app(), await createUser({ roles: ['admin'] }));
  const res = await admin.post('/api/v1/admin/users/invite', { email, name: 'Nadia', roles, languages });
  expect(res.status).toBe(201);
  const mail = await lastMailTo(app().config, email);
  return { admin, res, mail: mail!, token: tokenFromMail(mail!) };
}

describe('invitations', () => {
  it('emails a single-use link to /admin/accept-invite and stores only the token hash', async () => {
    const { res, mail, token } = await invite('Nadia@Example.test');
    expect(res.body).toMatchObject({ email: 'nadia@example.test', roles: ['translator'], languages: ['ar'] });
    expect(mail.subject).toContain('Invitation');
    expect(mail.text).toContain(`https://reperes.example.org/admin/accept-invite?token=${token}`);
    const stored = await InviteModel.findOne().lean();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(7 * 24 * 3_600_000);
  });

  it('creates the account once; the same link cannot be used again', async () => {
    const { token } = await invite();
    const anon = anonymousClient(app());
    const ok = await anon.post('/api/v1/auth/invite/accept', { token, name: 'Nadia K.', password: STRONG });
    expect(ok.status).toBe(201);
    expect(ok.body.user).toMatchObject({
      email: 'nadia@example.test',
      name: 'Nadia K.',
      roles: ['translator'],
      languages: ['ar'],
    });
    const again = await anon.post('/api/v1/auth/invite/accept', { token, name: 'Mallory', password: STRONG });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('INVALID_TOKEN');
    expect(await UserModel.countDocuments({ email: 'nadia@example.test' })).toBe(1);
    const c = await login(app(), {
      id: ok.body.user.id,
      email: 'nadia@example.test',
      password: STRONG,
    } as never);
    expect(c.user?.name).toBe('Nadia K.');
    expect(await AuditModel.countDocuments({ action: 'invite.accept', actorId: ok.body.user.id })).toBe(1);
  });

  it('lets exactly one of two concurrent accepts of the same link succeed', async () => {
    const { token } = await invite();
    const anon = anonymousClient(app());
    const results = await Promise.all(
      [1, 2].map((i) =>
        anon.post('/api/v1/auth/invite/accept', { token, name: `Nadia ${i}`, password: STRONG }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
  });

  it('refuses an expired link', async () => {
    const { token } = await invite();
    await InviteModel.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await anonymousClient(app()).post('/api/v1/auth/invite/accept', {
      token,
      name: 'Nadia',
      password: STRONG,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_TOKEN');
    expect(await UserModel.countDocuments({ email: 'nadia@example.test' })).toBe(0);
  });

  it('refuses a weak password with zxcvbn feedback and keeps the link usable', async () => {
    const { token } = await invite();
    const anon = anonymousClient(app());
    for (const weak of ['password123', 'nadia2026', 'azertyuiop', 'Nadia@example.test']) {
      const res = await anon.post('/api/v1/auth/invite/accept', { token, name: 'Nadia', password: weak });
      expect(res.status, weak).toBe(400);
      expect(res.body.error.code).toBe('WEAK_PASSWORD');
      expect(res.body.error.details).toMatchObject({ minScore: 3, score: expect.any(Number) });
      expect(res.body.error.details.score).toBeLessThan(3);
      expect(Array.isArray(res.body.error.details.suggestions)).toBe(true);
    }
    // no character-class rules: a long lower-case passphrase is fine
    const ok = await anon.post('/api/v1/auth/invite/accept', {
      token,
      name: 'Nadia',
      password: 'la mer est calme ce soir sur le port',
    });
    expect(ok.status).toBe(201);
  });

  it('replaces a pending invitation when the same address is invited again', async () => {
    const first = await invite();
    const admin = first.admin;
    await new Promise((r) => setTimeout(r, 5));
    await admin.post('/api/v1/admin/users/invite', {
      email: 'nadia@example.test',
      name: 'Nadia',
      roles: ['contributor'],
    });
    const second = tokenFromMail((await lastMailTo(app().config, 'nadia@example.test'))!);
    expect(second).not.toBe(first.token);
    const anon = anonymousClient(app());
    expect(
      (await anon.post('/api/v1/auth/invite/accept', { token: first.token, name: 'N', password: STRONG }))
        .status,
    ).toBe(400);
    const ok = await anon.post('/api/v1/auth/invite/accept', { token: second, name: 'N', password: STRONG });
    expect(ok.body.user.roles).toEqual(['contributor']);
  });

  it('refuses inviting an existing account, an unknown organisation, or a translator without languages', async () => {
    const admin = await login(app(), await createUser({ roles: ['admin'], email: 'boss@example.test' }));
    const taken = await admin.post('/api/v1/admin/users/invite', {
      email: 'boss@example.test',
      name: 'B',
      roles: ['editor'],
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('EMAIL_TAKEN');
    const org = await admin.post('/api/v1/admin/users/invite', {
      email: 'x@example.test',
      name: 'X',
      roles: ['contributor'],
      organisationIds: ['0123456789abcdef01234567'],
    });
    expect(org.body.error.code).toBe('UNKNOWN_ORGANISATION');
    const noLang = await admin.post('/api/v1/admin/users/invite', {
      email: 'y@example.test',
      name: 'Y',
      roles: ['reviewer'],
    });
    expect(noLang.status).toBe(400);
    expect(noLang.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('lists pending invitations and revokes one', async () => {
    const { admin, token } = await invite();
    const list = await admin.get('/api/v1/admin/invites');
    expect(list.body.items).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect((await admin.del(`/api/v1/admin/invites/${list.body.items[0].id}`)).status).toBe(204);
    const res = await anonymousClient(app()).post('/api/v1/auth/invite/accept', {
      token,
      name: 'N',
      password: STRONG,
    });
    expect(res.body.error.code).toBe('INVALID_TOKEN');
  });
});

describe('password reset', () => {
  const request = (email: string, headers: Record<string, string> = {}) =>
    anonymousClient(app()).post('/api/v1/auth/password-reset/request', { email }, headers);

  it('answers the same whether or not the address has an account, and mails only real accounts', async () => {
    const user = await createUser({ roles: ['contributor'] });
    const since = new Date();
    const known = await request(user.email);
    const unknown = await request('nobody@example.test');
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    const mail = await waitForMail(app().config, user.email);
    expect(mail.text).toMatch(
      /https:\/\/reperes\.example\.org\/admin\/reset-password\?token=[A-Za-z0-9_-]{43}/,
    );
    await new Promise((r) => setTimeout(r, 100));
    const sent = (await allMail(app().config)).filter((m) => new Date(m.at) >= since);
    expect(sent.map((m) => m.to)).toEqual([user.email]);
  });

  it('sets the new password once, signs the account out everywhere, and refuses the link again', async () => {
    const user = await createUser({ roles: ['contributor'] });
    const c = await login(app(), user);
    await request(user.email);
    const token = tokenFromMail(await waitForMail(app().config, user.email));
    const anon = anonymousClient(app());
    const ok = await anon.post('/api/v1/auth/password-reset/confirm', { token, newPassword: STRONG });
    expect(ok.status).toBe(204);
    expect(await SessionModel.countDocuments()).toBe(0);
    expect((await c.get('/api/v1/auth/session')).body).toEqual({ user: null });
    const again = await anon.post('/api/v1/auth/password-reset/confirm', {
      token,
      newPassword: `${STRONG}!`,
    });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('INVALID_TOKEN');
    await login(app(), { ...user, password: STRONG });
    expect(await PasswordResetModel.findOne({ usedAt: null })).toBeNull();
  });

  it('refuses an expired link (1 hour)', async () => {
    const user = await createUser({ roles: ['contributor'] });
    await request(user.email);
    const token = tokenFromMail(await waitForMail(app().config, user.email));
    const stored = await PasswordResetModel.findOne().lean();
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(3_600_000);
    await PasswordResetModel.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1) } });
    const res = await anonymousClient(app()).post('/api/v1/auth/password-reset/confirm', {
      token,
      newPassword: STRONG,
    });
    expect(res.body.error.code).toBe('INVALID_TOKEN');
  });

  it('refuses a weak new password without using the link up', async () => {
    const user = await createUser({ roles: ['contributor'] });
    await request(user.email);
    const token = tokenFromMail(await waitForMail(app().config, user.email));
    const anon = anonymousClient(app());
    const weak = await anon.post('/api/v1/auth/password-reset/confirm', { token, newPassword: '12345678' });
    expect(weak.body.error.code).toBe('WEAK_PASSWORD');
    expect(
      (await anon.post('/api/v1/auth/password-reset/confirm', { token, newPassword: STRONG })).status,
    ).toBe(204);
  });

  it('keeps TOTP on after a reset: the emailed link does not bypass the second factor', async () => {
    const user = await createUser({ roles: ['editor'] });
    await request(user.email);
    const token = tokenFromMail(await waitForMail(app().config, user.email));
    await anonymousClient(app()).post('/api/v1/auth/password-reset/confirm', { token, newPassword: STRONG });
    const res = await anonymousClient(app()).post('/api/v1/auth/login', {
      email: user.email,
      password: STRONG,
    });
    expect(res.body).toMatchObject({ user: null, totpRequired: true });
  });

  it('throttles requests per address (3 an hour) the same way for unknown addresses', async () => {
    const user = await createUser({ roles: ['contributor'] });
    for (const email of [user.email, 'nobody@example.test']) {
      for (let i = 0; i < 3; i++)
        expect((await request(email, { 'x-forwarded-for': `10.5.0.${i}` })).status).toBe(202);
      const limited = await request(email, { 'x-forwarded-for': '10.5.1.1' });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(3000);
    }
  });

  it('gives a newer link precedence: requesting again voids the previous link', async () => {
    const user = await createUser({ roles: ['contributor'] });
    await request(user.email);
    const first = tokenFromMail(await waitForMail(app().config, user.email));
    const since = new Date();
    await request(user.email);
    const second = tokenFromMail(await waitForMail(app().config, user.email, { since }));
    expect(second).not.toBe(first);
    const anon = anonymousClient(app());
    expect(
      (await anon.post('/api/v1/auth/password-reset/confirm', { token: first, newPassword: STRONG })).status,
    ).toBe(400);
    expect(
      (await anon.post('/api/v1/auth/password-reset/confirm', { token: second, newPassword: STRONG })).status,
    ).toBe(204);
  });
});
