import type { Express, Router } from 'express';
import { permissionTable } from './table.js';

export interface RegisteredRoute {
  method: string;
  path: string;
}

interface RouteInfo {
  path: string | RegExp;
  methods: string[] | undefined;
  router: { listRoutes?: () => RouteInfo[] } | undefined;
}

function join(base: string, path: string): string {
  const joined = `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  return joined.length > 1 ? joined.replace(/\/+$/, '') : joined;
}

/**
 * Every route registered under /api/v1, walked through the routers' public `listRoutes()` (router ≥ 2.3,
 * Express 5), as `{ method, path }` with the full path as written (`/api/v1/fiches/:slug`).
 */
export function listApiRoutes(app: Express): RegisteredRoute[] {
  const out: RegisteredRoute[] = [];
  const walk = (router: { listRoutes?: () => RouteInfo[] }, base: string) => {
    if (typeof router.listRoutes !== 'function') {
      throw new Error(`cannot list the routes mounted at ${base || '/'} (router without listRoutes)`);
    }
    for (const r of router.listRoutes()) {
      if (typeof r.path !== 'string') {
        if (base.startsWith('/api')) throw new Error(`route under ${base} uses a RegExp path: not checkable`);
        continue;
      }
      const full = join(base, r.path);
      if (r.router) {
        walk(r.router, full);
        continue;
      }
      for (const method of r.methods ?? []) {
        if (method === 'HEAD' && r.methods?.includes('GET')) continue;
        if (method === 'OPTIONS') continue;
        out.push({ method: method === '*' ? 'ALL' : method, path: full });
      }
    }
  };
  walk((app as unknown as { router: Router }).router as never, '');
  return out.filter((r) => r.path === '/api/v1' || r.path.startsWith('/api/v1/'));
}

/**
 * Refuses to start an app with a /api/v1 route missing from the permission table: a route nobody decided
 * about is a hole. (The authorize middleware also answers 404 for any path the table does not know.)
 */
export function assertRoutesInTable(app: Express): void {
  const missing = listApiRoutes(app)
    .map((r) => `${r.method} ${r.path}`)
    .filter((key) => !permissionTable.has(key as never));
  if (missing.length > 0) {
    throw new Error(
      `These routes are not in the permission table (add them to your module's *.permissions.ts):\n  ${missing.join('\n  ')}`,
    );
  }
}
