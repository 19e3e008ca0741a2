import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is apps/web/e2e/support/server.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

const HOST = '127.0.0.1';
// A loaded CI machine can take a while to compile the API at start (tsx); the hooks allow 120 s.
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;
const OUTPUT_LIMIT = 64 * 1024;

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  pid: number;
  /** SIGTERM, wait for the exit; SIGKILL after 10 s. Safe to call twice. */
  stop(): Promise<void>;
  /** What the server wrote so far (stdout and stderr, last 64 KB each). */
  output(): { stdout: string; stderr: string };
}

/** A port that was free a moment ago: listen on port 0, read the port, close. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('Could not read the free port.'))));
    });
  });
}

// Servers still running when the test process exits (a crash, an aborted run) are killed with it.
const running = new Set<() => void>();
process.once('exit', () => running.forEach((kill) => kill()));

function tail(chunks: string[], chunk: string): void {
  chunks.push(chunk);
  let size = chunks.reduce((n, c) => n + c.length, 0);
  while (size > OUTPUT_LIMIT && chunks.length > 1) size -= chunks.shift()!.length;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the real API server (apps/api/src/server.ts) in production mode, so it also serves the built
 * reader at / and the back-office at /admin/ (run `npm run build` first), with an in-memory embedded
 * database, on a free port. Resolves once GET /api/v1/health/live answers 200.
 */
export async function startServer(opts: { env?: Record<string, string> } = {}): Promise<RunningServer> {
  const port = await findFreePort();
  const url = `http://${HOST}:${port}`;
  // Its own data folder (mail written to disk…), never the developer's data/; removed on stop.
  const dataDir = mkdtempSync(join(tmpdir(), 'reperes-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST,
    PORT: String(port),
    EMBEDDED_DB_IN_MEMORY: 'true',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    // Production refuses to start without one.
    SECRET_KEY: randomBytes(48).toString('base64'),
  };
  // A developer's own database must never receive test data: tests pass MONGODB_URI explicitly if needed.
  delete env.MONGODB_URI;
  Object.assign(env, opts.env);

  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not spawn the API server.');

  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => tail(stdout, chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => tail(stderr, chunk));
  const output = () => ({ stdout: stdout.join(''), stderr: stderr.join('') });

  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`));
  });
  let exitedAs: string | undefined;
  void exited.then((how) => (exitedAs = how));

  const killNow = () => {
    if (exitedAs === undefined) child.kill('SIGKILL');
  };
  running.add(killNow);

  const stop = async () => {
    if (exitedAs === undefined) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }
    running.delete(killNow);
    rmSync(dataDir, { recursive: true, force: true });
  };

  const failure = (why: string) => {
    const { stdout: out, stderr: err } = output();
    return new Error(
      `The API server (pid ${pid}, ${url}) ${why}.\n--- stderr ---\n${err || '(empty)'}\n--- stdout ---\n${out || '(empty)'}`,
    );
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exitedAs !== undefined) {
      await stop();
      throw failure(`exited (${exitedAs}) before it was ready`);
    }
    try {
      const response = await fetch(`${url}/api/v1/health/live`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw failure(`did not answer GET /api/v1/health/live with 200 within ${READY_TIMEOUT_MS / 1000} s`);
    }
    await sleep(100);
  }

  return { url, pid, stop, output };
}
