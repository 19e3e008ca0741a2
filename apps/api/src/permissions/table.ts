import type { AuthUser } from '@reperes/shared';
import { auditPermissions } from '../modules/audit/audit.permissions.js';
import { authPermissions } from '../modules/auth/auth.permissions.js';
import { editorialPermissions } from '../modules/editorial/editorial.permissions.js';
import { translationsPermissions } from '../modules/translations/translations.permissions.js';
import { mailPermissions } from '../modules/mail/mail.permissions.js';
import { organisationsPermissions } from '../modules/organisations/organisations.permissions.js';
import { themesPermissions } from '../modules/themes/themes.permissions.js';
import { usersPermissions } from '../modules/users/users.permissions.js';
import { compileKey, matchesParts, requestParts, type CompiledRoute } from './match.js';
import { publicPermissions } from './segments/public.js';
import type { Access, PermissionSegment, RouteKey } from './types.js';

/**
 * THE permission table: every /api/v1 route × who may call it, merged from one segment per module (each
 * module owns its file, so engineers do not edit the same lines). The app refuses to start when a registered
 * route is missing here (see routes.ts), and test/auth/permission-matrix.test.ts calls every entry as every
 * role.
 */
const SEGMENTS: Record<string, PermissionSegment> = {
  public: publicPermissions,
  auth: authPermissions,
  users: usersPermissions,
  organisations: organisationsPermissions,
  audit: auditPermissions,
  mail: mailPermissions,
  editorial: editorialPermissions,
  translations: translationsPermissions,
  themes: themesPermissions,
};

function merge(segments: Record<string, PermissionSegment>): ReadonlyMap<RouteKey, Access> {
  const table = new Map<RouteKey, Access>();
  const owner = new Map<RouteKey, string>();
  for (const [name, segment] of Object.entries(segments)) {
    for (const [key, access] of Object.entries(segment) as [RouteKey, Access][]) {
      if (table.has(key)) {
        throw new Error(`permission table: ${key} is listed by both ${owner.get(key)} and ${name}`);
      }
      table.set(key, access);
      owner.set(key, name);
    }
  }
  return table;
}

export const permissionTable: ReadonlyMap<RouteKey, Access> = merge(SEGMENTS);

const compiled: readonly CompiledRoute[] = [...permissionTable].map(([key, access]) =>
  compileKey(key, access),
);

/** The compiled routes per method: a request is compared with its method's routes only, path split once. */
const byMethod = new Map<string, CompiledRoute[]>();
for (const route of compiled) byMethod.set(route.method, [...(byMethod.get(route.method) ?? []), route]);

/**
 * Every table entry matching a request. Usually one; when several patterns match the same path (e.g.
 * `/users/me` and `/users/:id`) all of them are enforced, so an overlap can only make access stricter.
 */
export function rulesFor(method: string, path: string): CompiledRoute[] {
  const m = method === 'HEAD' ? 'GET' : method;
  const parts = requestParts(path);
  return (byMethod.get(m) ?? []).filter((r) => matchesParts(r, m, parts));
}

/** Whether a signed-in person (or `null`: anonymous) passes one access rule. */
export function allows(access: Access, user: AuthUser | null | undefined): boolean {
  if (access === 'public') return true;
  if (!user) return false;
  if (access === 'authenticated') return true;
  return user.roles.some((r) => access.includes(r));
}

/** For UIs and services: may this person call this route? (The TOTP enrolment gate is not modelled.) */
export function can(user: AuthUser | null | undefined, key: RouteKey): boolean {
  const access = permissionTable.get(key);
  return access !== undefined && allows(access, user);
}
