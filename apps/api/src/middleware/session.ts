import type { RequestHandler, Response } from 'express';
import { requiresTotp, type AuthUser } from '@reperes/shared';
import type { Config } from '../config.js';
import type { SessionDoc } from '../modules/auth/session.model.js';
import { loadSession } from '../modules/auth/session.service.js';
import { toAuthUser } from '../modules/users/users.service.js';

export const SESSION_COOKIE = 'reperes_sid';
/** The cookie is only needed by the API; browsers do not send it with page and asset requests. */
const COOKIE_PATH = '/api';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** What the rest of the API knows about the session making the request. */
export interface RequestSession {
  /** Stored id (sha256 of the cookie value). */
  id: string;
  userId: string;
  csrfToken: string;
  /** Password accepted, second factor not yet: `req.user` stays unset. */
  totpPending: boolean;
  /** A privileged role without TOTP: only the enrolment endpoints answer (403 TOTP_REQUIRED elsewhere). */
  totpEnrolmentRequired: boolean;
  doc: SessionDoc;
}

declare module 'express-serve-static-core' {
  interface Request {
    /** The signed-in person (session valid, second factor done when enrolled). */
    user?: AuthUser;
    session?: RequestSession;
  }
}

/** Reads one cookie from a Cookie header (RFC 6265 syntax; no dependency: `cookie` ≥ 2 needs Node 22). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    return value;
  }
  return undefined;
}

/**
 * httpOnly (no script can read it), SameSite=Lax (not sent on cross-site POSTs), Secure per COOKIE_SECURE,
 * and no Max-Age: a browser-session cookie, gone when the browser closes; the server enforces the idle and
 * absolute expiries whatever the browser keeps.
 */
export function setSessionCookie(res: Response, config: Config, token: string): void {
  const attrs = [`${SESSION_COOKIE}=${token}`, `Path=${COOKIE_PATH}`, 'HttpOnly', 'SameSite=Lax'];
  if (config.COOKIE_SECURE) attrs.push('Secure');
  res.append('Set-Cookie', attrs.join('; '));
}

export function clearSessionCookie(res: Response, config: Config): void {
  const attrs = [
    `${SESSION_COOKIE}=`,
    `Path=${COOKIE_PATH}`,
    'HttpOnly',
    'SameSite=Lax',
    'Max-Age=0',
    'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
  ];
  if (config.COOKIE_SECURE) attrs.push('Secure');
  res.append('Set-Cookie', attrs.join('; '));
}

/** The raw cookie value of the request, if well formed. */
export function sessionToken(cookieHeader: string | undefined): string | undefined {
  const value = readCookie(cookieHeader, SESSION_COOKIE);
  return value && TOKEN.test(value) ? value : undefined;
}

/**
 * Loads the session named by the cookie and sets `req.session` and `req.user` for every /api request.
 * A cookie naming no live session is cleared. Requests without the cookie cost nothing.
 */
export function sessionMiddleware(config: Config): RequestHandler {
  return async (req, res, next) => {
    const raw = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (raw === undefined) return next();
    const token = TOKEN.test(raw) ? raw : undefined;
    const loaded = token ? await loadSession(config, token) : null;
    if (!loaded) {
      clearSessionCookie(res, config);
      return next();
    }
    const { session, user } = loaded;
    const authUser = toAuthUser(user);
    req.session = {
      id: session._id,
      userId: String(user._id),
      csrfToken: session.csrfToken,
      totpPending: session.totpPending,
      totpEnrolmentRequired: !session.totpPending && requiresTotp(authUser.roles) && !authUser.totpEnabled,
      doc: session,
    };
    if (!session.totpPending) req.user = authUser;
    next();
  };
}
