/**
 * Helpers for the operations tests: real API server processes (apps/api/src/server.ts, production mode)
 * against a database the test starts, and clients for them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import mongoose from 'mongoose';
import { loadConfig, type Config } from '../../src/config.js';
import { startEmbeddedMongo, type EmbeddedMongoServer } from '../../src/db/embedded/index.js';
import type { TestApp } from '../support/test-app.js';

/** The server processes and the test process share this secret, so test users' TOTP seeds open on both. */
export const OPS_SECRET_KEY = 'ops-tests-secret-key-0123456789-abcdefghij';

/** The config the test process uses to create users for the spawned servers. */
export const opsConfig: Config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  SECRET_KEY: OPS_SECRET_KEY,
});

/** Start-up is slow on a busy two-core machine running other test files at the same time. */
const READY_TIMEOUT_MS = 120_000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port that was free a moment ago. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal name) once the process ended. */
  exited: Promise<number | string>;
  /** What the process wrote (stdout and stderr). */
  output(): string;
  /** SIGTERM, then SIGKILL after 10 s; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * apps/api/src/server.ts as its own process, production mode, on a free port, with `env` added. Resolves once
 * GET /api/v1/health/live answers.
 */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await findFreePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    SECRET_KEY: OPS_SECRET_KEY,
    SERVE_STATIC: 'false',
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'warn',
    ...env,
  };
  // A developer's own database must never receive test data.
  if (!env.MONGODB_URI) delete childEnv.MONGODB_URI;
  const root = new URL('../../../../', import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (c: string) => (out = (out + c).slice(-64 * 1024));
  child.stdout.setEncoding('utf8').on('data', keep);
  child.stderr.setEncoding('utf8').on('data', keep);
  let done = false;
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => {
      done = true;
      resolve(code ?? signal ?? 'unknown');
    }),
  );
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const stop = async () => {
    if (!done) {
      child.kill('SIGTERM');
      const timer = setTimeout(kill, 10_000);
      await exited;
      clearTimeout(timer);
    }
    process.off('exit', kill);
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (done) throw new Error(`the server exited before answering:\n${out}`);
    const live = await fetch(`${url}/api/v1/health/live`).then(
      (r) => r.ok,
      () => false,
    );
    if (live) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer within ${READY_TIMEOUT_MS / 1000} s:\n${out}`);
    }
    await sleep(100);
  }
  return { url, child, exited, output: () => out, stop };
}

/** A real API process using the database at `mongoUri` (no seeding, no static files). */
export function startApi(mongoUri: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return spawnServer({ MONGODB_URI: mongoUri, SEED_ON_EMPTY: 'false', LOG_LEVEL: 'error', ...env });
}

/**
 * The shape the auth helpers (test/support/auth.ts) expect; they only call `api`, which here goes to a
 * spawned server.
 */
export function remoteApp(url: string): TestApp {
  return {
    url,
    config: opsConfig,
    db: undefined as unknown as EmbeddedMongoServer,
    api: (path, init) => fetch(url + path, init),
    close: async () => {},
  };
}

/** An embedded database in the test process, with the test process's mongoose connected to it. */
export async function startDatabase(
  options: { port?: number; dataDir?: string } = {},
): Promise<{ db: EmbeddedMongoServer; uri: string }> {
  const db = await startEmbeddedMongo({ ...options, flushIntervalMs: 100 });
  const uri = `${db.uri}reperes`;
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 5_000 });
  await Promise.all(Object.values(mongoose.models).map((m) => m.init()));
  return { db, uri };
}

/** Polls `check` until it returns true (or throws after `timeoutMs`). */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
