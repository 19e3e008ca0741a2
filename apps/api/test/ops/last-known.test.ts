import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LastKnown } from '../../src/middleware/last-known.js';

/**
 * The last known copy on its own (middleware/last-known.ts): a tiny app whose "database" can be switched
 * off. While it is on, responses are recorded; while it is off, they are served from the copy.
 */
describe('the last known copy of public reads', () => {
  const lastKnown = new LastKnown(4_000);
  const versions = new Map<string, { etag: string; body: string }>();
  let down = false;
  let server: Server;
  let url = '';

  beforeAll(async () => {
    const app = express();
    app.use(express.json());
    app.use((req, res, next) => {
      if (!down) {
        lastKnown.capture(req, res);
        return next();
      }
      if (!lastKnown.serveStale(req, res)) res.status(503).end();
    });
    app.get('/api/v1/fiches/:slug', (req, res) => {
      const doc = versions.get(req.params.slug)!;
      res.setHeader('ETag', doc.etag);
      if (req.headers['if-none-match'] === doc.etag) return void res.status(304).end();
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      if (/gzip/.test(String(req.headers['accept-encoding']))) {
        res.setHeader('Content-Encoding', 'gzip');
        return void res.end(gzipSync(doc.body));
      }
      res.end(doc.body);
    });
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const read = (slug: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/v1/fiches/${slug}?lang=fr`, { headers: { 'accept-encoding': 'identity', ...headers } });

  it('serves a body recorded compressed to a client that does not accept the compression', async () => {
    down = false;
    versions.set('a', { etag: '"a1"', body: JSON.stringify({ slug: 'a', text: 'x'.repeat(300) }) });
    expect((await read('a', { 'accept-encoding': 'gzip' })).status).toBe(200);
    down = true;
    const stale = await read('a');
    expect(stale.status).toBe(200);
    expect(stale.headers.get('content-encoding')).toBeNull();
    expect(stale.headers.get('x-reperes-stale')).toBe('1');
    expect(await stale.text()).toBe(versions.get('a')!.body);
  });

  it('never serves text older than what a client revalidated: only the 304 for the newer ETag', async () => {
    down = false;
    versions.set('b', { etag: '"b1"', body: '{"slug":"b","v":1}' });
    await read('b');
    versions.set('b', { etag: '"b2"', body: '{"slug":"b","v":2}' });
    expect((await read('b', { 'if-none-match': '"b2"' })).status).toBe(304);
    down = true;
    const revalidated = await read('b', { 'if-none-match': '"b2"' });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe('"b2"');
    expect((await read('b')).status).toBe(503);
  });

  it('stays within its byte bound, dropping the least recently used first', async () => {
    down = false;
    for (const slug of ['c', 'd', 'e', 'f', 'g', 'h']) {
      versions.set(slug, { etag: `"${slug}"`, body: JSON.stringify({ slug, text: slug.repeat(850) }) });
      await read(slug);
      expect(lastKnown.stats().bytes).toBeLessThanOrEqual(4_000);
    }
    down = true;
    expect((await read('h')).status).toBe(200);
    expect((await read('c')).status).toBe(503);
  });
});
