import type { Request, RequestHandler } from 'express';
import type { AuthUser } from '@reperes/shared';
import type { Config } from '../config.js';
import { AppError } from '../errors/app-error.js';
import { ALLOWED_DURING_TOTP_ENROLMENT } from '../modules/auth/auth.permissions.js';
import type { CompiledRoute } from '../permissions/match.js';
import { allows, rulesFor } from '../permissions/table.js';
import { csrfProtection } from './csrf.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** The permission-table entries matching this request (set once per request by authorize()). */
    permission?: CompiledRoute[];
  }
}

const API_BASE = '/api/v1';

/**
 * Finds the request's entries in the permission table. A path the table does not know answers 404 here:
 * routes missing from the table are unreachable (and the app refuses to start with one, permissions/routes.ts).
 */
export const matchPermission: RequestHandler = (req, _res, next) => {
  const rules = rulesFor(req.method, API_BASE + req.path);
  if (rules.length === 0)
    return next(new AppError('NOT_FOUND', `No route for ${req.method} ${req.originalUrl.split('?')[0]}`));
  req.permission = rules;
  next();
};

function denial(req: Request, rule: CompiledRoute): AppError | undefined {
  if (rule.access === 'public') return undefined;
  const user = req.user;
  if (!user) {
    return req.session?.totpPending
      ? new AppError('UNAUTHENTICATED', 'Enter the code from your authenticator app to finish signing in.', {
          totpRequired: true,
        })
      : new AppError('UNAUTHENTICATED', 'Sign in first.');
  }
  if (req.session?.totpEnrolmentRequired && !ALLOWED_DURING_TOTP_ENROLMENT.has(rule.key)) {
    return new AppError('TOTP_REQUIRED', 'Your role requires two-step verification: set it up first.');
  }
  if (!allows(rule.access, user)) return new AppError('FORBIDDEN', 'Your roles do not allow this action.');
  return undefined;
}

export const enforcePermission: RequestHandler = (req, _res, next) => {
  for (const rule of req.permission ?? []) {
    const error = denial(req, rule);
    if (error) return next(error);
  }
  next();
};

/**
 * Mounted once in front of every /api/v1 router: route lookup in the permission table, CSRF, then access
 * (401 UNAUTHENTICATED, 403 TOTP_REQUIRED, 403 FORBIDDEN). Finer checks (own organisation, own languages)
 * are the services' job.
 */
export function authorize(config: Config): RequestHandler[] {
  return [matchPermission, csrfProtection(config), enforcePermission];
}

/** The signed-in person on a route the table marks `authenticated` or role-restricted. */
export function signedInUser(req: Request): AuthUser {
  if (!req.user) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return req.user;
}
