/**
 * The permission matrix, generated from the one table (apps/api/src/permissions/table.ts): every route ×
 * every role, plus anonymous and a privileged person who has not enrolled TOTP yet, over real HTTP with real
 * sessions. A route added without a table entry, or a table entry without a route, fails here.
 */
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { ROLES, type Role } from '@reperes/shared';
import { createApp } from '../../src/app.js';
import { ALLOWED_DURING_TOTP_ENROLMENT } from '../../src/modules/auth/auth.permissions.js';
import { listApiRoutes } from '../../src/permissions/routes.js';
import { permissionTable } from '../../src/permissions/table.js';
import type { Access, RouteKey } from '../../src/permissions/types.js';
import { anonymousClient, createUser, login, type TestClient, type TestUser } from '../support/auth.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Dummy values for route parameters: well-formed, naming nothing (so allowed callers get 400/404). */
const PARAM_VALUES: Record<string, string> = {
  id: '0123456789abcdef01234567',
  slug: 'no-such-fiche',
  lang: 'fr',
};

function pathOf(key: RouteKey): { method: string; path: string } {
  const [method, pattern] = key.split(' ') as [string, string];
  const path = pattern
    .split('/')
    .map((seg) => (seg.startsWith(':') ? (PARAM_VALUES[seg.slice(1)] ?? 'x') : seg))
    .join('/');
  return { method, path };
}

type Caller = 'anonymous' | Role | 'editor without TOTP';
const CALLERS: Caller[] = ['anonymous', ...ROLES, 'editor without TOTP'];

function expected(
  access: Access,
  caller: Caller,
  key: RouteKey,
): { allowed: true } | { allowed: false; status: number; code: string } {
  if (access === 'public') return { allowed: true };
  if (caller === 'anonymous') return { allowed: false, status: 401, code: 'UNAUTHENTICATED' };
  if (caller === 'editor without TOTP' && !ALLOWED_DURING_TOTP_ENROLMENT.has(key)) {
    return { allowed: false, status: 403, code: 'TOTP_REQUIRED' };
  }
  const role: Role = caller === 'editor without TOTP' ? 'editor' : caller;
  if (access === 'authenticated' || access.includes(role)) return { allowed: true };
  return { allowed: false, status: 403, code: 'FORBIDDEN' };
}

let t: TestApp;
const users = new Map<Caller, TestUser>();
const clients = new Map<Caller, TestClient>();

async function clientFor(caller: Caller): Promise<TestClient> {
  const existing = clients.get(caller);
  if (existing && (caller === 'anonymous' || existing.cookie)) return existing;
  const client = caller === 'anonymous' ? anonymousClient(t) : await login(t, users.get(caller)!);
  clients.set(caller, client);
  return client;
}

beforeAll(async () => {
  t = await startTestApp();
  await mongoose.connection.db?.dropDatabase();
  await Promise.all(Object.values(mongoose.models).map((m) => m.createIndexes()));
  for (const role of ROLES) users.set(role, await createUser({ roles: [role], languages: ['en'] }));
  users.set('editor without TOTP', await createUser({ roles: ['editor'], totp: false }));
});
afterAll(async () => {
  await t.close();
});

describe('the permission table matches the routes', () => {
  const routes = () => {
    const app = createApp({ config: t.config, logger: pino({ level: 'silent' }), dbKind: 'embedded' });
    return listApiRoutes(app).map((r) => `${r.method} ${r.path}`);
  };

  it('lists every registered /api/v1 route', () => {
    const missing = routes().filter((key) => !permissionTable.has(key as RouteKey));
    expect(missing, 'routes without a permission entry').toEqual([]);
  });

  it('lists no route that does not exist', () => {
    const registered = new Set(routes());
    const stale = [...permissionTable.keys()].filter((key) => !registered.has(key));
    expect(stale, 'permission entries without a route').toEqual([]);
  });

  it('refuses to build an app with a route missing from the table', async () => {
    const express = (await import('express')).default;
    const { assertRoutesInTable } = await import('../../src/permissions/routes.js');
    const app = express();
    const api = express.Router();
    api.get('/secret/:id', (_req, res) => res.end());
    app.use('/api/v1', api);
    expect(() => assertRoutesInTable(app)).toThrow(/GET \/api\/v1\/secret\/:id/);
  });
});

describe('every route answers 401/403 exactly as the table says', () => {
  for (const [key, access] of permissionTable) {
    const who =
      access === 'public' ? 'everyone' : access === 'authenticated' ? 'anyone signed in' : access.join(', ');
    it(`${key} — ${who}`, async () => {
      const { method, path } = pathOf(key);
      for (const caller of CALLERS) {
        const client = await clientFor(caller);
        const hasBody = method !== 'GET' && method !== 'DELETE';
        const res = await client.request(method, path, hasBody ? {} : undefined);
        const want = expected(access, caller, key);
        const label = `${key} as ${caller} → ${res.status} ${res.text.slice(0, 160)}`;
        if (want.allowed) {
          expect([401, 403], label).not.toContain(res.status);
        } else {
          expect(res.status, label).toBe(want.status);
          expect(res.body?.error?.code, label).toBe(want.code);
        }
      }
    });
  }

  it('answers 404, not a handler, for an /api/v1 path the table does not know, whatever its case', async () => {
    const admin = await clientFor('admin');
    expect((await admin.get('/api/v1/admin/nothing-here')).status).toBe(404);
    const anon = await clientFor('anonymous');
    const upper = await anon.get('/API/V1/ADMIN/USERS');
    expect(upper.status).toBe(401);
    expect((await anon.get('/api/v1/admin/users/')).status).toBe(401);
    expect((await anon.request('HEAD', '/api/v1/admin/users')).status).toBe(401);
  });
});
