import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { MIN_READER_SHELL } from '@reperes/shared/reader-shell';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * Every setting the API reads, with its default and meaning. This is the only reader of process.env
 * (conventions.md rule 6); tests build a config with `loadConfig({...})`.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development').describe('Runtime mode.'),
  HOST: z.string().default('127.0.0.1').describe('Interface to listen on (0.0.0.0 in a container).'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080).describe('HTTP port.'),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'a mongodb:// or mongodb+srv:// URI')
    .optional()
    .describe('MongoDB connection string. Unset: start the embedded server.'),
  DATA_DIR: z
    .string()
    .default(path.join(repoRoot, 'data'))
    .describe('Folder for the embedded database files and mail written to disk.'),
  EMBEDDED_DB_IN_MEMORY: bool
    .default(false)
    .describe('Keep the embedded database in memory only (tests, demos).'),
  EMBEDDED_DB_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65_535)
    .default(0)
    .describe('Port of the embedded database (0: any free port).'),
  SEED_ON_EMPTY: bool.default(true).describe('Load the seed corpus when the database is empty.'),
  SERVE_STATIC: bool
    .optional()
    .describe('Serve the built reader at / and back-office at /admin/ (default: on in production).'),
  WEB_DIST: z.string().default(path.join(repoRoot, 'apps/web/dist')).describe('Built reader app folder.'),
  ADMIN_DIST: z
    .string()
    .default(path.join(repoRoot, 'apps/admin/dist'))
    .describe('Built back-office folder.'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Log level.'),
  TRUST_PROXY: z.string().default('loopback').describe('Express trust proxy setting (hops or subnets).'),
  BODY_LIMIT: z.string().default('200kb').describe('Largest JSON body accepted.'),
  // --- accounts, sessions, mail (issue 6) -------------------------------------------------------------
  SECRET_KEY: z
    .string()
    .min(32, 'at least 32 characters (e.g. `openssl rand -base64 48`)')
    .optional()
    .describe(
      'Server secret (≥ 32 random characters) from which the key encrypting TOTP secrets at rest is derived. ' +
        'Required in production with MONGODB_URI; keep it stable (changing it makes enrolled TOTP unusable). ' +
        'Otherwise (development, or the embedded database) a key is generated once into DATA_DIR/.secret-key ' +
        '(tests use a fixed test key).',
    ),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .default('http://localhost:8080')
    .transform((u) => u.replace(/\/+$/, ''))
    .describe('Public address of the site, used in links sent by email (invites, password resets).'),
  COOKIE_SECURE: bool
    .optional()
    .describe(
      'Mark the session cookie Secure (sent over HTTPS only). Default: true in production, false otherwise. ' +
        'Production behind TLS must keep it true.',
    ),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(120)
    .describe('A session without any request for this long expires.'),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12)
    .describe('A session expires this long after sign-in, however active.'),
  LOGIN_MAX_PER_ACCOUNT: z.coerce
    .number()
    .int()
    .min(1)
    .default(5)
    .describe('Sign-in attempts allowed per email address per RATE_LIMIT_WINDOW_MINUTES.'),
  LOGIN_MAX_PER_IP: z.coerce
    .number()
    .int()
    .min(1)
    .default(50)
    .describe('Sign-in attempts allowed per client IP per RATE_LIMIT_WINDOW_MINUTES (offices share one IP).'),
  RATE_LIMIT_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(15)
    .describe('Window of the sign-in and second-factor throttles (counters live in MongoDB).'),
  CSRF_TRUSTED_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .describe(
      'Comma-separated extra origins allowed to send state-changing requests (PUBLIC_URL always is).',
    ),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL')
    .optional()
    .describe(
      'SMTP server for outgoing mail (smtps://user:pass@host:465). Unset: mail is written to MAIL_DIR.',
    ),
  MAIL_FROM: z.string().default('Repères <no-reply@localhost>').describe('Sender of outgoing mail.'),
  DEV_MAIL_PAGE: bool
    .optional()
    .describe(
      'List the mail written to MAIL_DIR (invites, password resets) at GET /api/v1/dev/mail and on the ' +
        "back-office's mail page. Default: on outside production, and in production only for a single machine " +
        'without SMTP on the embedded database listening on a loopback address (the `npm start` quick start). ' +
        'Never turn it on for a server others can reach: the mails hold sign-in links.',
    ),
  MAIL_DIR: z
    .string()
    .optional()
    .describe(
      'Folder where mail is written as JSON files when SMTP_URL is unset (default DATA_DIR/mail; in tests a ' +
        'temporary folder). Listed at GET /api/v1/dev/mail outside production.',
    ),
  // --- operations: shutdown, database outages (issue 8) -------------------------------------------------
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(600_000)
    .default(10_000)
    .describe(
      'On SIGTERM/SIGINT the server stops accepting connections and lets requests in progress finish for at ' +
        'most this long, then closes the remaining connections and the database (the embedded one is written ' +
        'to disk). Keep it below the orchestrator’s grace period (compose: stop_grace_period).',
    ),
  LAST_KNOWN_MAX_MB: z.coerce
    .number()
    .min(0)
    .max(4096)
    .default(32)
    .describe(
      'Memory bound of the copy of public read responses (themes, fiches, lists, pack manifests and syncs) ' +
        'each API process keeps to serve readers, marked stale, while the database is unreachable. 0 turns ' +
        'the fallback off.',
    ),
  MIN_READER_SHELL: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'a version like 0.1.0')
    .default(MIN_READER_SHELL)
    .describe(
      'Oldest reader app version the API accepts, sent as X-Reperes-Min-Shell on every API answer; older ' +
        'installed apps ask the reader to update. Defaults to what this API version needs; raise it to push ' +
        'every reader to the deployed app at once.',
    ),
  // --- end issue 8 ---
  // --- translations (issue 7) ---
  DEEPL_API_KEY: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe(
      'DeepL API key for machine pre-translation of drafts. Unset: the feature is hidden and nothing is sent ' +
        'out. Spending is capped by the monthly character budget admins set in the back-office.',
    ),
  LOCALES_DIR: z
    .string()
    .default(path.join(repoRoot, 'locales'))
    .describe('Folder of the UI message files (<code>.json), read at start-up for the UI strings report.'),
});

export type Config = Readonly<
  Omit<z.infer<typeof configSchema>, 'SECRET_KEY' | 'COOKIE_SECURE' | 'MAIL_DIR' | 'DEV_MAIL_PAGE'> & {
    DEV_MAIL_PAGE: boolean;
    serveStatic: boolean;
    version: string;
    SECRET_KEY: string;
    COOKIE_SECURE: boolean;
    MAIL_DIR: string;
  }
>;

export const APP_VERSION = '0.1.0';

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const c = parsed.data;
  // A deployment on a real MongoDB must set its secret; the zero-config `npm start` (production build on the
  // embedded database, one machine) keeps a generated key beside its data, like development does.
  if (c.NODE_ENV === 'production' && !c.SECRET_KEY && c.MONGODB_URI) {
    throw new Error(
      'Invalid configuration:\n  SECRET_KEY: required in production with MONGODB_URI (see apps/api/.env.example)',
    );
  }
  return Object.freeze({
    ...c,
    serveStatic: c.SERVE_STATIC ?? c.NODE_ENV === 'production',
    version: APP_VERSION,
    SECRET_KEY: c.SECRET_KEY ?? devSecretKey(c.NODE_ENV === 'test' ? 'test' : 'generated', c.DATA_DIR),
    COOKIE_SECURE: c.COOKIE_SECURE ?? c.NODE_ENV === 'production',
    DEV_MAIL_PAGE:
      c.DEV_MAIL_PAGE ??
      (c.NODE_ENV !== 'production' || (!c.MONGODB_URI && !c.SMTP_URL && isLoopback(c.HOST))),
    MAIL_DIR:
      c.MAIL_DIR ??
      (c.NODE_ENV === 'test'
        ? path.join(os.tmpdir(), `reperes-test-mail-${process.pid}`)
        : path.join(c.DATA_DIR, 'mail')),
  });
}

/** 127.0.0.0/8, ::1 or localhost: only this machine can connect. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Without SECRET_KEY (never with MONGODB_URI in production): tests share one fixed key (so helpers and several
 * app instances agree); otherwise
 * generates a random key once and keeps it in DATA_DIR (git-ignored) so enrolled TOTP survives restarts.
 */
function devSecretKey(env: 'generated' | 'test', dataDir: string): string {
  if (env === 'test') return 'test-only-secret-key-never-used-outside-tests';
  const file = path.join(dataDir, '.secret-key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, `${crypto.randomBytes(48).toString('base64url')}\n`, {
        mode: 0o600,
        flag: 'wx',
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return fs.readFileSync(file, 'utf8').trim();
}
