import type { Role } from '@reperes/shared';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** `'METHOD /api/v1/path/:param'`, exactly as the route is registered (Express path syntax). */
export type RouteKey = `${HttpMethod} /api/v1${string}`;

/**
 * Who may call a route: anyone (`public`), anyone signed in (`authenticated`), or a signed-in person holding
 * at least one of the roles. Finer rules (own organisation, own languages) stay in the services.
 */
export type Access = 'public' | 'authenticated' | readonly Role[];

/** One module's part of the permission table (apps/api/src/permissions/table.ts merges them). */
export type PermissionSegment = Readonly<Partial<Record<RouteKey, Access>>>;
