#!/usr/bin/env node
// Runs npm scripts side by side and fails if any fails: `node scripts/run-parallel.mjs lint typecheck build`.
// Each script's output is held and printed whole when it ends (never interleaved), with its duration.
// The test command uses it for the independent steps before vitest (lint, checks, type checks, build).
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (!scripts.length) {
  console.error('usage: node scripts/run-parallel.mjs <npm script>…');
  process.exit(2);
}

function run(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const ok = code === 0;
      process.stdout.write(
        `\n── npm run ${script}: ${ok ? 'ok' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds} s ──\n`,
      );
      process.stdout.write(Buffer.concat(chunks));
      resolve(ok);
    });
  });
}

const results = await Promise.all(scripts.map(run));
const failed = scripts.filter((_, i) => !results[i]);
if (failed.length) {
  console.error(`\nFailed: ${failed.map((s) => `npm run ${s}`).join(', ')}`);
  process.exit(1);
}
