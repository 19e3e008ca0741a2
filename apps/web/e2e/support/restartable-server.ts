import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, findFreePort, type RunningServer } from './server';

const HOST = '127.0.0.1';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An API server that can be stopped and started again at the SAME origin (port) and with the SAME
 * database files, so a browser context keeps its service worker and IndexedDB across the restart — what
 * the offline tests need ("stop the server, read offline, bring it back, sync"). Like `startServer()`
 * (support/server.ts) otherwise: production mode, the built apps, a temporary data folder; the embedded
 * database is kept on disk (EMBEDDED_DB_IN_MEMORY=false, unless `inMemory`) on a fixed port so tests can
 * connect mongoose.
 */
export interface RestartableServer {
  url: string;
  /** mongodb://127.0.0.1:<port>/reperes — valid while the server runs. */
  mongoUri: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops and deletes the data folder. */
  dispose(): Promise<void>;
  pid(): number | undefined;
  output(): string;
}

export async function createRestartableServer(
  opts: { env?: Record<string, string>; inMemory?: boolean } = {},
): Promise<RestartableServer> {
  const port = await findFreePort();
  const dbPort = await findFreePort();
  const url = `http://${HOST}:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'reperes-e2e-offline-'));
  const secret = randomBytes(48).toString('base64');
  let child: ReturnType<typeof spawn> | undefined;
  let exited: Promise<void> | undefined;
  let log = '';

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST,
    PORT: String(port),
    EMBEDDED_DB_IN_MEMORY: opts.inMemory ? 'true' : 'false',
    EMBEDDED_DB_PORT: String(dbPort),
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    SECRET_KEY: secret,
    ...opts.env,
  };
  delete env.MONGODB_URI;

  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) {
      child = undefined;
      return;
    }
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    child = undefined;
  };
  const killNow = () => child?.kill('SIGKILL');
  process.once('exit', killNow);

  const start = async () => {
    if (child) throw new Error('already running');
    const spawned = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = spawned;
    const append = (chunk: Buffer) => {
      log = (log + chunk.toString('utf8')).slice(-64 * 1024);
    };
    spawned.stdout?.on('data', append);
    spawned.stderr?.on('data', append);
    exited = new Promise((resolve) => spawned.once('exit', () => resolve()));
    // Generous: a cold start compiles the API with tsx and seeds the database, on a shared machine.
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (spawned.exitCode !== null) throw new Error(`The API server exited early.\n${log}`);
      try {
        const response = await fetch(`${url}/api/v1/health/ready`, { signal: AbortSignal.timeout(2_000) });
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`The API server did not become ready.\n${log}`);
      }
      await sleep(100);
    }
  };

  return {
    url,
    mongoUri: `mongodb://${HOST}:${dbPort}/reperes`,
    start,
    stop,
    async dispose() {
      await stop();
      process.removeListener('exit', killNow);
      rmSync(dataDir, { recursive: true, force: true });
    },
    pid: () => child?.pid,
    output: () => log,
  };
}

export type { RunningServer };
