import type { Server } from 'node:http';
import express from 'express';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseGuard, databaseStatus } from '../../src/middleware/db-guard.js';
import { LastKnown } from '../../src/middleware/last-known.js';

/**
 * Requests that were waiting on the database when it went away (middleware/db-guard.ts). The mongodb driver
 * (7.8) can lose an operation written to a connection the server has just closed: it never settles. Such
 * a request must still be answered, like one made during the outage, a moment after the outage begins.
 *
 * A tiny app with the real guard, the real last known copy and the real database status. Its handlers stand
 * in for route handlers awaiting such a lost operation: `never` is a promise that never settles. The full
 * story, with a real database stopped under a real API process, is fault-tolerance.test.ts.
 */
const STALLED_AFTER_MS = 300;
const never = new Promise<never>(() => {});

describe('requests waiting on the database when an outage begins', () => {
  let server: Server;
  let url = '';
  let hang = false;

  beforeAll(async () => {
    const app = express();
    app.use(express.json());
    app.use(
      '/api',
      databaseGuard({
        lastKnown: new LastKnown(100_000),
        logger: pino({ level: 'silent' }),
        stalledAfterMs: STALLED_AFTER_MS,
      }),
    );
    app.get('/api/v1/fiches/:slug', async (req, res) => {
      if (hang) await never;
      res.json({ slug: req.params.slug, title: 'Carte Vitale' });
    });
    app.post('/api/v1/admin/fiches', async (_req, res) => {
      if (hang) await never;
      res.status(201).json({ id: 'new' });
    });
    app.get('/api/v1/admin/slow', async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, STALLED_AFTER_MS * 2));
      res.json({ done: true });
    });
    app.get('/api/v1/admin/export', async (_req, res) => {
      res.setHeader('Content-Type', 'application/x-ndjson');
      res.write('{"first":"line"}\n');
      await never;
    });
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    databaseStatus.markUp();
    databaseStatus.stop();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('leaves a slow request alone while the database is up', async () => {
    const res = await fetch(`${url}/api/v1/admin/slow`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ done: true });
  });

  it('answers the stalled ones once the outage has lasted a moment: the last known copy, 503, or a cut stream', async () => {
    // A reader's fiche while all is well: recorded as the last known copy.
    const fresh = await fetch(`${url}/api/v1/fiches/carte-vitale?lang=fr`);
    expect(fresh.status).toBe(200);
    const freshBody = await fresh.text();

    hang = true;
    const read = fetch(`${url}/api/v1/fiches/carte-vitale?lang=fr`);
    const unknownRead = fetch(`${url}/api/v1/fiches/domiciliation?lang=fr`);
    const write = fetch(`${url}/api/v1/admin/fiches`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Brouillon' }),
    });
    const exported = await fetch(`${url}/api/v1/admin/export`);
    expect(exported.status).toBe(200);
    const exportBody = exported.text();
    exportBody.catch(() => undefined);

    // Nothing is answered before the outage, however long the handlers take.
    const early = await Promise.race([
      read.then(() => 'answered'),
      write.then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('waiting'), STALLED_AFTER_MS * 2)),
    ]);
    expect(early).toBe('waiting');

    const outage = Date.now();
    databaseStatus.markDown(new Error('the driver lost the connection to the database'));

    const stale = await read;
    expect(Date.now() - outage).toBeGreaterThanOrEqual(STALLED_AFTER_MS - 20);
    expect(stale.status).toBe(200);
    expect(stale.headers.get('x-reperes-stale')).toBe('1');
    expect(await stale.text()).toBe(freshBody);

    const missing = await unknownRead;
    expect(missing.status).toBe(503);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('DATABASE_UNAVAILABLE');

    const refused = await write;
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    const error = ((await refused.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('DATABASE_UNAVAILABLE');
    expect(error.message).toMatch(/stopped answering.*Check whether your change is there/);

    // A body already on its way cannot become an error: the client sees the transfer fail.
    await expect(exportBody).rejects.toThrow();
  });
});
