import { describe, expect, it } from 'vitest';
import { AuditModel } from '../../src/modules/audit/audit.model.js';
import { audit } from '../../src/modules/audit/audit.service.js';
import { sendMail } from '../../src/modules/mail/mail.service.js';
import { createUser, login, type TestClient } from '../support/auth.js';
import { bodyOf, useAuthTestApp } from './harness.js';

const app = useAuthTestApp();

async function adminClient(): Promise<TestClient> {
  return login(
    app(),
    await createUser({ roles: ['admin'], name: 'Alice Admin', email: 'alice@example.test' }),
  );
}

describe('accounts administration', () => {
  it('lists and searches accounts by name or email, role, language, organisation and state', async () => {
    const admin = await adminClient();
    const org = (await admin.post('/api/v1/admin/organisations', { name: 'France terre d’asile' })).body;
    await createUser({
      roles: ['translator'],
      languages: ['ar', 'fa'],
      name: 'Karim Haddad',
      email: 'karim@example.test',
    });
    await createUser({
      roles: ['contributor'],
      organisationIds: [org.id],
      name: 'Léa Martin',
      email: 'lea@ftda.example.test',
    });
    await createUser({ roles: ['reviewer'], languages: ['uk'], active: false, email: 'olena@example.test' });
    const emails = async (q: string) =>
      (await admin.get(`/api/v1/admin/users?${q}`)).body.items.map((u: { email: string }) => u.email);
    expect(await emails('')).toEqual([
      'alice@example.test',
      'karim@example.test',
      'lea@ftda.example.test',
      'olena@example.test',
    ]);
    expect(await emails('q=HADDAD')).toEqual(['karim@example.test']);
    expect(await emails('q=ftda')).toEqual(['lea@ftda.example.test']);
    expect(await emails('q=.*')).toEqual([]);
    expect(await emails('role=translator')).toEqual(['karim@example.test']);
    expect(await emails('language=fa')).toEqual(['karim@example.test']);
    expect(await emails(`organisationId=${org.id}`)).toEqual(['lea@ftda.example.test']);
    expect(await emails('active=false')).toEqual(['olena@example.test']);
    const page = await admin.get('/api/v1/admin/users?pageSize=2&page=2');
    expect(page.body).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(JSON.stringify(page.body)).not.toMatch(/passwordHash|totp"|secret/);
  });

  it('changes roles, languages and organisations, and records it in the audit log', async () => {
    const admin = await adminClient();
    const org = (await admin.post('/api/v1/admin/organisations', { name: 'Cimade' })).body;
    const user = await createUser({ roles: ['contributor'] });
    const res = await admin.patch(`/api/v1/admin/users/${user.id}`, {
      roles: ['contributor', 'translator'],
      languages: ['ps'],
      organisationIds: [org.id],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      roles: ['contributor', 'translator'],
      languages: ['ps'],
      organisationIds: [org.id],
    });
    const log = await admin.get(`/api/v1/admin/audit?targetType=user&targetId=${user.id}`);
    expect(log.body.items[0]).toMatchObject({
      action: 'user.update',
      actorId: admin.user?.id,
      details: { before: { roles: ['contributor'] }, after: { languages: ['ps'] } },
    });
    const bad = await admin.patch(`/api/v1/admin/users/${user.id}`, { languages: [] });
    expect(bad.status).toBe(400);
    const unknownOrg = await admin.patch(`/api/v1/admin/users/${user.id}`, {
      organisationIds: ['0123456789abcdef01234567'],
    });
    expect(unknownOrg.body.error.code).toBe('UNKNOWN_ORGANISATION');
    expect((await admin.patch('/api/v1/admin/users/0123456789abcdef01234567', { name: 'X' })).status).toBe(
      404,
    );
  });

  it('deactivates an account: its sessions end at once and it cannot sign in; reactivation restores sign-in', async () => {
    const admin = await adminClient();
    const user = await createUser({ roles: ['translator'], languages: ['ru'] });
    const c = await login(app(), user);
    const res = await admin.post(`/api/v1/admin/users/${user.id}/deactivate`);
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    expect((await c.get('/api/v1/auth/session')).body).toEqual({ user: null });
    await expect(login(app(), user)).rejects.toThrow(/401/);
    expect((await admin.post(`/api/v1/admin/users/${user.id}/reactivate`)).body.active).toBe(true);
    await login(app(), user);
    const actions = (await AuditModel.find({ targetId: user.id }).sort({ at: 1 }).lean()).map(
      (a) => a.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['user.deactivate', 'user.reactivate']));
  });

  it('stops an admin from locking themselves out', async () => {
    const admin = await adminClient();
    const id = admin.user!.id;
    const demote = await admin.patch(`/api/v1/admin/users/${id}`, { roles: ['editor'] });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe('SELF_LOCKOUT');
    expect((await admin.post(`/api/v1/admin/users/${id}/deactivate`)).body.error.code).toBe('SELF_LOCKOUT');
  });
});

describe('organisations', () => {
  it('creates, renames and lists organisations with their members; names are unique whatever the spelling', async () => {
    const admin = await adminClient();
    const created = await admin.post('/api/v1/admin/organisations', {
      name: 'Croix-Rouge française',
      kind: 'association',
      website: 'https://www.croix-rouge.fr',
    });
    expect(created.status).toBe(201);
    const dup = await admin.post('/api/v1/admin/organisations', { name: '  croix-rouge  FRANCAISE ' });
    expect(dup.status).toBe(409);
    const bad = await admin.post('/api/v1/admin/organisations', {
      name: 'X',
      website: 'javascript:alert(1)',
    });
    expect(bad.status).toBe(400);
    const member = await createUser({
      roles: ['contributor'],
      organisationIds: [created.body.id],
      email: 'm@example.test',
    });
    const detail = await admin.get(`/api/v1/admin/organisations/${created.body.id}`);
    expect(detail.body.members).toEqual([
      { id: member.id, name: member.name, email: 'm@example.test', roles: ['contributor'], active: true },
    ]);
    const renamed = await admin.patch(`/api/v1/admin/organisations/${created.body.id}`, {
      name: 'Croix-Rouge',
      active: false,
    });
    expect(renamed.body).toMatchObject({ name: 'Croix-Rouge', active: false });
    const contributor = await login(app(), member);
    const list = await contributor.get('/api/v1/organisations?q=croix');
    expect(list.body.items.map((o: { name: string }) => o.name)).toEqual(['Croix-Rouge']);
    expect((await contributor.get('/api/v1/organisations?active=true')).body.items).toEqual([]);
  });
});

describe('audit log', () => {
  it('filters by target and actor, newest first', async () => {
    const admin = await adminClient();
    const other = await createUser({ roles: ['contributor'] });
    await audit({ user: { id: other.id } }, 'fiche.submit', { type: 'fiche', id: 'f1' }, { revision: 3 });
    await audit({ user: { id: admin.user!.id } }, 'fiche.publish', { type: 'fiche', id: 'f1' });
    await audit({ user: { id: admin.user!.id } }, 'fiche.publish', { type: 'fiche', id: 'f2' });
    const byTarget = await admin.get('/api/v1/admin/audit?targetType=fiche&targetId=f1');
    expect(byTarget.body.items.map((e: { action: string }) => e.action)).toEqual([
      'fiche.publish',
      'fiche.submit',
    ]);
    const byActor = await admin.get(`/api/v1/admin/audit?actorId=${other.id}`);
    expect(byActor.body.items).toEqual([
      expect.objectContaining({
        action: 'fiche.submit',
        targetType: 'fiche',
        targetId: 'f1',
        details: { revision: 3 },
      }),
    ]);
    expect((await admin.get('/api/v1/admin/audit?targetType[$ne]=x')).status).toBe(400);
  });

  it('is append-only: the model refuses updates and deletes', async () => {
    await audit(null, 'test.event', { type: 'test' });
    await expect(AuditModel.updateOne({}, { $set: { action: 'x' } })).rejects.toThrow(/append-only/);
    await expect(AuditModel.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await AuditModel.countDocuments()).toBe(1);
  });
});

describe('development mail page', () => {
  it('lists the mails written to MAIL_DIR, newest first', async () => {
    await sendMail(app().config, { to: 'a@example.test', subject: 'Premier', text: 'un' });
    await new Promise((r) => setTimeout(r, 2));
    await sendMail(app().config, { to: 'b@example.test', subject: 'Second', text: 'deux' });
    const res = await app().api('/api/v1/dev/mail');
    const body = await bodyOf(res);
    expect(body.smtp).toBe(false);
    expect(body.mails.slice(0, 2).map((m: { subject: string }) => m.subject)).toEqual(['Second', 'Premier']);
  });
});
