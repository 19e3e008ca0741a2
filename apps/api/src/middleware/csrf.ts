import type { Request, RequestHandler } from 'express';
import type { Config } from '../config.js';
import { AppError } from '../errors/app-error.js';
import { safeEqual } from '../modules/auth/crypto.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * Whether a browser says this request comes from another site. `Sec-Fetch-Site` (all current browsers) is
 * trusted first: `same-origin` and `none` (typed by the user) pass. Without it, `Origin` must be this
 * server's origin, PUBLIC_URL's, or a CSRF_TRUSTED_ORIGINS entry. Requests with neither header are not
 * from a browser form or script (curl, server-to-server) and cannot carry a victim's cookie.
 */
export function isCrossSite(req: Request, config: Config): boolean {
  const origin = req.get('origin');
  const trusted = [new URL(config.PUBLIC_URL).origin, ...config.CSRF_TRUSTED_ORIGINS];
  if (origin && trusted.includes(origin)) return false;
  const site = req.get('sec-fetch-site');
  if (site) return site !== 'same-origin' && site !== 'none';
  if (!origin) return false;
  return origin !== `${req.protocol}://${req.host}`;
}

/**
 * CSRF defence for POST/PUT/PATCH/DELETE, in two layers:
 * 1. every such request: refused when a browser says it is cross-site (this blocks login CSRF and forged
 *    posts to the public endpoints, which have no session to carry a token);
 * 2. with a session: the `X-CSRF-Token` header must equal the session's token (constant-time compare).
 *    On a public route a session without the right token is ignored instead (treated as anonymous): the
 *    reader app, which knows no token, keeps working in a browser also signed in to the back-office, and a
 *    forged logout or code verification finds no session to act on.
 * Runs after `matchPermission` (authorize.ts), which sets `req.permission`.
 */
export function csrfProtection(config: Config): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (isCrossSite(req, config)) {
      return next(new AppError('CSRF_REJECTED', 'Cross-site request refused.'));
    }
    const session = req.session;
    if (!session) return next();
    const header = req.get(CSRF_HEADER);
    if (header && safeEqual(header, session.csrfToken)) return next();
    const rules = req.permission ?? [];
    if (rules.length > 0 && rules.every((r) => r.access === 'public')) {
      req.session = undefined;
      req.user = undefined;
      return next();
    }
    next(new AppError('CSRF_REJECTED', `Missing or wrong ${CSRF_HEADER} header.`));
  };
}
