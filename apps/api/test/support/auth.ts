/**
 * Accounts and signed-in HTTP clients for component tests.
 *
 *   const editor = await createUser({ roles: ['editor'] });          // TOTP enrolled (privileged role)
 *   const c = await login(t, editor);                                 // password + TOTP step done
 *   const res = await c.post('/api/v1/...', { ... });                 // cookie + X-CSRF-Token sent
 *   expect(res.status).toBe(201); res.body.…
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- test answers are read loosely on purpose */
import crypto from 'node:crypto';
import { Types } from 'mongoose';
import { generate } from 'otplib';
import { requiresTotp, type AuthUser, type LanguageCode, type Role, type SessionInfo } from '@reperes/shared';
import { loadConfig, type Config } from '../../src/config.js';
import { keyedHash, seal } from '../../src/modules/auth/crypto.js';
import { hashPassword } from '../../src/modules/auth/password.js';
import { newRecoveryCodes, newTotpSecret, normaliseRecoveryCode } from '../../src/modules/auth/totp.js';
import { lastMailTo, listStoredMail, type StoredMail } from '../../src/modules/mail/mail.service.js';
import { UserModel } from '../../src/modules/users/user.model.js';
import { SESSION_COOKIE } from '../../src/middleware/session.js';
import type { TestApp } from './test-app.js';

export { lastMailTo };

/** A password zxcvbn rates 4, used when a test does not care. */
export const DEFAULT_PASSWORD = 'Lanterne-violette-sur-le-quai-73';

export interface CreateUserOptions {
  roles: Role[];
  languages?: LanguageCode[];
  organisationIds?: (string | Types.ObjectId)[];
  email?: string;
  name?: string;
  password?: string;
  /** Enrol TOTP. Default: yes for admin/editor/reviewer (they must have it), no otherwise. */
  totp?: boolean;
  active?: boolean;
  /** The app's config (its SECRET_KEY seals the TOTP seed). Default: the test config's fixed key. */
  config?: Config;
}

export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
  roles: Role[];
  languages: LanguageCode[];
  organisationIds: string[];
  /** The base32 TOTP seed when enrolled. */
  totpSecret?: string;
  /** The ten recovery codes when enrolled. */
  recoveryCodes?: string[];
}

const hashCache = new Map<string, Promise<string>>();
let counter = 0;

/** Inserts a user directly (no invite, no mail); with TOTP enrolled for privileged roles by default. */
export async function createUser(opts: CreateUserOptions): Promise<TestUser> {
  const config = opts.config ?? loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const password = opts.password ?? DEFAULT_PASSWORD;
  let hash = hashCache.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashCache.set(password, hash);
  }
  const _id = new Types.ObjectId();
  counter += 1;
  const email = (
    opts.email ?? `user${counter}-${crypto.randomBytes(3).toString('hex')}@example.test`
  ).toLowerCase();
  const name = opts.name ?? `Test ${opts.roles.join('+') || 'user'} ${counter}`;
  const withTotp = opts.totp ?? requiresTotp(opts.roles);
  const totpSecret = withTotp ? newTotpSecret(email).secret : undefined;
  const recoveryCodes = withTotp ? newRecoveryCodes() : undefined;
  const languages = opts.languages ?? [];
  const organisationIds = (opts.organisationIds ?? []).map((o) => new Types.ObjectId(String(o)));
  await UserModel.create({
    _id,
    email,
    name,
    passwordHash: await hash,
    roles: opts.roles,
    languages,
    organisationIds,
    active: opts.active ?? true,
    totp:
      totpSecret && recoveryCodes
        ? {
            enabled: true,
            enabledAt: new Date(),
            secret: seal(config.SECRET_KEY, totpSecret, `user:${String(_id)}`),
            recoveryCodes: recoveryCodes.map((c) =>
              keyedHash(config.SECRET_KEY, 'recovery-code', normaliseRecoveryCode(c)),
            ),
          }
        : { enabled: false, recoveryCodes: [] },
    passwordChangedAt: new Date(Date.now() - 1000),
  });
  return {
    id: String(_id),
    email,
    name,
    password,
    roles: opts.roles,
    languages,
    organisationIds: organisationIds.map(String),
    ...(totpSecret ? { totpSecret } : {}),
    ...(recoveryCodes ? { recoveryCodes } : {}),
  };
}

/** A parsed answer: status, headers, JSON body (or null), raw text. */
export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface TestClient {
  get<T = any>(path: string, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  put<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  patch<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  del<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse<T>>;
  /** `reperes_sid=…` as sent ('' when signed out). */
  cookie: string;
  /** The session's CSRF token, sent as X-CSRF-Token with every request ('' when none). */
  csrfToken: string;
  /** The signed-in person as the API answered at sign-in (null while anonymous or pending). */
  user: AuthUser | null;
  /** The last session info the API returned (login, verify). */
  session: SessionInfo | null;
}

function sessionCookieFrom(res: Response): string | undefined {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    if (pair?.startsWith(`${SESSION_COOKIE}=`)) {
      const value = pair.slice(SESSION_COOKIE.length + 1);
      return value ? `${SESSION_COOKIE}=${value}` : '';
    }
  }
  return undefined;
}

/** A client that keeps the session cookie the API sets and sends the CSRF token; starts signed out. */
export function anonymousClient(t: TestApp): TestClient {
  const client: TestClient = {
    cookie: '',
    csrfToken: '',
    user: null,
    session: null,
    async request(method, path, body, headers = {}) {
      const h: Record<string, string> = { ...headers };
      if (client.cookie) h.cookie = client.cookie;
      if (client.csrfToken && !('x-csrf-token' in h)) h['x-csrf-token'] = client.csrfToken;
      if (body !== undefined) h['content-type'] ??= 'application/json';
      const res = await t.api(path, {
        method,
        headers: h,
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      const cookie = sessionCookieFrom(res);
      if (cookie !== undefined) client.cookie = cookie;
      const text = await res.text();
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = text;
      }
      return { status: res.status, headers: res.headers, body: parsed as never, text };
    },
    get: (path, headers) => client.request('GET', path, undefined, headers),
    post: (path, body, headers) => client.request('POST', path, body ?? {}, headers),
    put: (path, body, headers) => client.request('PUT', path, body ?? {}, headers),
    patch: (path, body, headers) => client.request('PATCH', path, body ?? {}, headers),
    del: (path, body, headers) => client.request('DELETE', path, body, headers),
  };
  return client;
}

/** A current TOTP code for a test user's seed. */
export function totpCode(secret: string, at = Date.now()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at / 1000) });
}

/**
 * Signs a test user in over HTTP (password, then the TOTP step when enrolled) and returns a client holding
 * the cookie and CSRF token. Several logins of one user within 30 s are fine: the helper clears the stored
 * "last code used" first (replay protection would refuse the same code twice, as it should).
 */
export async function login(t: TestApp, user: TestUser): Promise<TestClient> {
  const client = anonymousClient(t);
  const res = await client.post<SessionInfo>('/api/v1/auth/login', {
    email: user.email,
    password: user.password,
  });
  if (res.status !== 200) throw new Error(`login of ${user.email} failed: ${res.status} ${res.text}`);
  client.session = res.body;
  client.csrfToken = res.body.csrfToken ?? '';
  if (res.body.totpRequired) {
    if (!user.totpSecret)
      throw new Error(`${user.email} has TOTP enrolled but the test does not know the seed`);
    await UserModel.updateOne({ _id: user.id }, { $unset: { 'totp.lastStep': 1 } });
    const verify = await client.post<SessionInfo>('/api/v1/auth/totp/verify', {
      code: await totpCode(user.totpSecret),
    });
    if (verify.status !== 200)
      throw new Error(`TOTP step of ${user.email} failed: ${verify.status} ${verify.text}`);
    client.session = verify.body;
    client.csrfToken = verify.body.csrfToken ?? '';
  }
  client.user = client.session?.user ?? null;
  return client;
}

/** Waits for a mail to an address written after `since` (mail sending may finish after the answer). */
export async function waitForMail(
  config: Config,
  to: string,
  { since = new Date(0), timeoutMs = 3000 }: { since?: Date; timeoutMs?: number } = {},
): Promise<StoredMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = await lastMailTo(config, to);
    if (mail && new Date(mail.at) >= since) return mail;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Every mail written so far (newest first). */
export function allMail(config: Config): Promise<StoredMail[]> {
  return listStoredMail(config, 10_000);
}

/** The token in the first link of a mail (`…?token=<43 chars>`). */
export function tokenFromMail(mail: StoredMail): string {
  const m = /[?&]token=([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!m?.[1]) throw new Error(`no token link in mail "${mail.subject}"`);
  return m[1];
}
