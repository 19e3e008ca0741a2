import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyFicheContent } from '@reperes/shared';
import { startEmbeddedMongo } from '../../src/db/embedded/index.js';
import { FicheModel } from '../../src/modules/fiches/fiche.model.js';
import { createUser, login } from '../support/auth.js';
import { createPublishedFiche, createTheme } from '../support/fixtures.js';
import { findFreePort, opsConfig, remoteApp, sleep, spawnServer, type ServerProcess } from './support.js';

/**
 * Issue 8: a server process with its embedded database in a data folder, as on a small site: the health
 * endpoints, then SIGTERM while a request is still arriving.
 */
describe('a server process with the embedded database in a data folder', { timeout: 90_000 }, () => {
  let dataDir = '';
  let dbPort = 0;
  let server: ServerProcess;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reperes-ops-lifecycle-'));
    dbPort = await findFreePort();
    server = await spawnServer({
      DATA_DIR: dataDir,
      EMBEDDED_DB_IN_MEMORY: 'false',
      EMBEDDED_DB_PORT: String(dbPort),
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'info',
    });
    await mongoose.connect(`mongodb://127.0.0.1:${dbPort}/reperes`);
    await createTheme();
    await createPublishedFiche('carte-vitale');
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await mongoose.disconnect();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is live, ready once started with a database that answers a ping, and reports it', async () => {
    const live = await fetch(`${server.url}/api/v1/health/live`);
    expect(live.status).toBe(200);
    expect(live.headers.get('cache-control')).toBe('no-store');
    const ready = await fetch(`${server.url}/api/v1/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { startup: 'started', database: 'ok' } });
    const health = await fetch(`${server.url}/api/v1/health`);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      database: { state: 'connected', kind: 'embedded' },
    });
  });

  it('on SIGTERM finishes the request in progress, refuses new connections, writes the database and exits 0', async () => {
    const editor = await login(
      remoteApp(server.url),
      await createUser({ roles: ['editor'], config: opsConfig }),
    );
    await mongoose.disconnect(); // the server owns its database; it goes away with it

    // A reader's sync is still uploading its body when the signal arrives.
    const body = JSON.stringify({ have: {} });
    const { port } = new URL(server.url);
    const slow = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/packs/fr/sync',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      slow.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      slow.on('error', reject);
    });
    slow.write(body.slice(0, 5));
    await sleep(200);

    // An editor's write is acknowledged just before the signal.
    const saved = await editor.post('/api/v1/admin/fiches', {
      content: emptyFicheContent('demarche', 'Écrit juste avant l’arrêt'),
    });
    expect(saved.status).toBe(201);

    server.child.kill('SIGTERM');
    await sleep(500);
    await expect(fetch(`${server.url}/api/v1/health/live`)).rejects.toThrow();
    slow.end(body.slice(5));
    const answer = await answered;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ lang: 'fr', removed: [] });
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/stopped cleanly/);

    // The acknowledged write is on disk: a new embedded server on the same folder has it.
    const db = await startEmbeddedMongo({ dataDir: path.join(dataDir, 'db') });
    try {
      await mongoose.connect(`${db.uri}reperes`);
      expect(await FicheModel.exists({ _id: saved.body.id })).toBeTruthy();
      await mongoose.disconnect();
    } finally {
      await db.stop();
    }
  });
});
