import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { seal, unseal } from '../../src/modules/auth/crypto.js';

const KEY = 'k'.repeat(48);

describe('security settings', () => {
  it('requires SECRET_KEY in production on MONGODB_URI and marks the cookie Secure there by default', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', MONGODB_URI: 'mongodb://db/reperes' })).toThrow(
      /SECRET_KEY/,
    );
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reperes-key-'));
    const embedded = loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir });
    expect(embedded.SECRET_KEY).toBe(fs.readFileSync(path.join(dataDir, '.secret-key'), 'utf8').trim());
    expect(loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir }).SECRET_KEY).toBe(embedded.SECRET_KEY);
    expect(() => loadConfig({ NODE_ENV: 'production', SECRET_KEY: 'short' })).toThrow(/SECRET_KEY/);
    const prod = loadConfig({ NODE_ENV: 'production', SECRET_KEY: KEY });
    expect(prod.COOKIE_SECURE).toBe(true);
    expect(prod.SECRET_KEY).toBe(KEY);
    expect(
      loadConfig({ NODE_ENV: 'production', SECRET_KEY: KEY, COOKIE_SECURE: 'false' }).COOKIE_SECURE,
    ).toBe(false);
  });

  it('defaults to a non-Secure cookie and a generated key outside production', () => {
    const test = loadConfig({ NODE_ENV: 'test' });
    expect(test.COOKIE_SECURE).toBe(false);
    expect(test.SECRET_KEY.length).toBeGreaterThanOrEqual(32);
    expect(test.SESSION_IDLE_MINUTES).toBe(120);
    expect(test.SESSION_ABSOLUTE_HOURS).toBe(12);
    expect(test.PUBLIC_URL).toBe('http://localhost:8080');
  });

  it('seals TOTP seeds with AES-GCM bound to their owner', () => {
    const sealed = seal(KEY, 'JBSWY3DPEHPK3PXP', 'user:1');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(unseal(KEY, sealed, 'user:1')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => unseal(KEY, sealed, 'user:2')).toThrow();
    expect(() => unseal('x'.repeat(48), sealed, 'user:1')).toThrow();
  });
});

describe('production wiring', () => {
  it('registers the development mail page only where its sign-in links cannot leak', async () => {
    const { pino } = await import('pino');
    const { createApp } = await import('../../src/app.js');
    const { listApiRoutes } = await import('../../src/permissions/routes.js');
    const routes = (env: string, more: Record<string, string> = {}) =>
      listApiRoutes(
        createApp({
          config: loadConfig({
            NODE_ENV: env,
            SECRET_KEY: KEY,
            SERVE_STATIC: 'false',
            HOST: '0.0.0.0',
            ...more,
          }),
          logger: pino({ level: 'silent' }),
          dbKind: 'external',
        }),
      ).map((r) => `${r.method} ${r.path}`);
    expect(routes('production')).not.toContain('GET /api/v1/dev/mail');
    expect(routes('test')).toContain('GET /api/v1/dev/mail');
    // `npm start`: production build, embedded database, no SMTP, this machine only.
    expect(routes('production', { HOST: '127.0.0.1' })).toContain('GET /api/v1/dev/mail');
    // Reachable from elsewhere, on a real database, with SMTP, or turned off: never.
    expect(routes('production', { HOST: '0.0.0.0' })).not.toContain('GET /api/v1/dev/mail');
    expect(routes('production', { HOST: '127.0.0.1', MONGODB_URI: 'mongodb://db:27017/x' })).not.toContain(
      'GET /api/v1/dev/mail',
    );
    expect(routes('production', { HOST: '127.0.0.1', SMTP_URL: 'smtp://mail:25' })).not.toContain(
      'GET /api/v1/dev/mail',
    );
    expect(routes('test', { DEV_MAIL_PAGE: 'false' })).not.toContain('GET /api/v1/dev/mail');
  });

  it('adds Secure to the session cookie when COOKIE_SECURE is on', async () => {
    const { setSessionCookie, clearSessionCookie } = await import('../../src/middleware/session.js');
    const headers: string[] = [];
    const res = { append: (_name: string, value: string) => headers.push(value) } as never;
    setSessionCookie(res, loadConfig({ NODE_ENV: 'production', SECRET_KEY: KEY }), 'a'.repeat(43));
    clearSessionCookie(res, loadConfig({ NODE_ENV: 'production', SECRET_KEY: KEY }));
    expect(headers[0]).toBe(`reperes_sid=${'a'.repeat(43)}; Path=/api; HttpOnly; SameSite=Lax; Secure`);
    expect(headers[1]).toMatch(/^reperes_sid=; Path=\/api; HttpOnly; SameSite=Lax; Max-Age=0; .*; Secure$/);
  });
});

describe('apps/api/.env.example', () => {
  it('documents every setting config.ts reads', async () => {
    const fs = await import('node:fs');
    const { configSchema } = await import('../../src/config.js');
    const example = fs.readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const missing = Object.keys(configSchema.shape).filter(
      (key) => !new RegExp(`^#? ?${key}=`, 'm').test(example),
    );
    expect(missing, 'add these keys to apps/api/.env.example').toEqual([]);
  });
});
