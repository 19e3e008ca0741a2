import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A built front end precompressed by the real build step (scripts/precompress.mjs) and served by the real
 * app over HTTP (src/precompressed.ts before express.static): the brotli or gzip copy the browser accepts,
 * the same bytes once decoded, the same headers as the plain file.
 */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SCRIPT = `export const words = [${Array.from({ length: 300 }, (_, i) => `'mot-${i % 17}-${i}'`).join(', ')}];\n`;
const STYLES = `.fiche{margin-block:0}\n`.repeat(100);
const MANIFEST = JSON.stringify({
  name: 'Repères',
  icons: Array.from({ length: 60 }, (_, i) => ({ src: `/icons/icon-${i}.png`, sizes: `${i}x${i}` })),
});

let dist: string;
let t: TestApp;
beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'reperes-static-'));
  mkdirSync(path.join(dist, 'assets'));
  mkdirSync(path.join(dist, '.vite'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="app"></div>'.padEnd(2000, ' '));
  writeFileSync(path.join(dist, 'assets', 'index-H.js'), SCRIPT);
  writeFileSync(path.join(dist, 'assets', 'index-H.css'), STYLES);
  writeFileSync(path.join(dist, 'assets', 'tiny-T.js'), 'export const a = 1;\n');
  writeFileSync(path.join(dist, 'sw.js'), SCRIPT);
  writeFileSync(path.join(dist, 'manifest.webmanifest'), MANIFEST);
  writeFileSync(path.join(dist, '.vite', 'manifest.json'), JSON.stringify({ secret: 'x'.repeat(2000) }));
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/precompress.mjs'), dist], { stdio: 'pipe' });
  t = await startTestApp({ SERVE_STATIC: 'true', WEB_DIST: dist, ADMIN_DIST: path.join(dist, 'no-admin') });
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
/** A request whose body is left as sent (fetch would decode it). */
function raw(urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${t.url}${urlPath}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
const CHROMIUM = 'gzip, deflate, br, zstd';

describe('the build step (scripts/precompress.mjs)', () => {
  it('writes brotli and gzip copies of text files worth it, never of the shell, tiny files or dot-folders', () => {
    for (const file of ['assets/index-H.js', 'assets/index-H.css', 'sw.js', 'manifest.webmanifest']) {
      const size = statSync(path.join(dist, file)).size;
      expect(statSync(path.join(dist, `${file}.br`)).size, file).toBeLessThan(size * 0.9);
      expect(brotliDecompressSync(readFileSync(path.join(dist, `${file}.br`)))).toEqual(
        readFileSync(path.join(dist, file)),
      );
      expect(gunzipSync(readFileSync(path.join(dist, `${file}.gz`)))).toEqual(
        readFileSync(path.join(dist, file)),
      );
    }
    for (const file of ['index.html', 'assets/tiny-T.js', '.vite/manifest.json'])
      for (const suffix of ['.br', '.gz'])
        expect(existsSync(path.join(dist, file + suffix)), file + suffix).toBe(false);
  });

  it('refuses to run without a folder', () => {
    expect(() =>
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/precompress.mjs'), path.join(dist, 'none')], {
        stdio: 'pipe',
      }),
    ).toThrow(/is not a folder/);
  });
});

describe('serving the precompressed copies', () => {
  it('sends brotli to a browser that accepts it (listed after gzip, as Chromium does), immutable', async () => {
    const plain = await raw('/assets/index-H.js');
    const res = await raw('/assets/index-H.js', { 'accept-encoding': CHROMIUM });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    // The build's copy as it is: compressed once, not again per request.
    expect(res.body).toEqual(readFileSync(path.join(dist, 'assets/index-H.js.br')));
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
    expect(res.headers['content-type']).toBe(plain.headers['content-type']);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['accept-ranges']).toBeUndefined();
  });

  it('sends gzip when brotli is not accepted, and the plain file when nothing is', async () => {
    for (const accept of ['gzip', 'gzip, br;q=0']) {
      const res = await raw('/assets/index-H.css', { 'accept-encoding': accept });
      expect(res.headers['content-encoding'], accept).toBe('gzip');
      expect(gunzipSync(res.body).toString()).toBe(STYLES);
      expect(res.headers['content-type']).toMatch(/^text\/css/);
    }
    for (const headers of [{}, { 'accept-encoding': 'identity' }] as Record<string, string>[]) {
      const res = await raw('/assets/index-H.css', headers);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.toString()).toBe(STYLES);
    }
  });

  it('keeps the service worker and the manifest revalidated, with their types', async () => {
    const sw = await raw('/sw.js', { 'accept-encoding': CHROMIUM });
    expect(sw.headers['content-encoding']).toBe('br');
    expect(sw.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(sw.body).toString()).toBe(SCRIPT);
    const manifest = await raw('/manifest.webmanifest', { 'accept-encoding': CHROMIUM });
    expect(manifest.headers['content-encoding']).toBe('br');
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(JSON.parse(brotliDecompressSync(manifest.body).toString())).toEqual(JSON.parse(MANIFEST));
  });

  it('answers a revalidation with 304 and a HEAD with the headers only', async () => {
    const first = await raw('/sw.js', { 'accept-encoding': CHROMIUM });
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    // Another encoding is another representation: another validator.
    expect((await raw('/sw.js', { 'accept-encoding': 'gzip' })).headers.etag).not.toBe(etag);
    const again = await raw('/sw.js', { 'accept-encoding': CHROMIUM, 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await raw('/assets/index-H.js', { 'accept-encoding': CHROMIUM }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
  });

  it('leaves small files to the compression middleware', async () => {
    const res = await raw('/assets/tiny-T.js', { 'accept-encoding': CHROMIUM });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe('export const a = 1;\n');
  });

  it('serves nothing outside the build or in a dot-folder, encoded or not', async () => {
    for (const url of [
      '/.vite/manifest.json',
      '/%2evite/manifest.json',
      '/assets/..%2f..%2f..%2fetc%2fpasswd.js',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/assets/index-H.js%00.txt',
      '/assets/%E0%A4%A.js',
    ]) {
      const res = await raw(url, { 'accept-encoding': CHROMIUM, accept: 'application/json' });
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(res.headers['content-encoding'], url).toBeUndefined();
      expect(res.body.toString(), url).not.toContain('secret');
    }
  });

  it('never sends a copy older than its file (the file replaced without the build step)', async () => {
    const file = path.join(dist, 'assets', 'edited-E.js');
    writeFileSync(file, SCRIPT);
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/precompress.mjs'), dist], { stdio: 'pipe' });
    expect(
      (await raw('/assets/edited-E.js', { 'accept-encoding': CHROMIUM })).headers['content-encoding'],
    ).toBe('br');
    // A deployment that edits the file in place (as the update test plays one) and leaves the copies.
    const edited = SCRIPT.replace('mot-0-0', 'mot-edited');
    writeFileSync(file, edited);
    const later = new Date(statSync(`${file}.br`).mtimeMs + 5_000);
    utimesSync(file, later, later);
    const res = await raw('/assets/edited-E.js', { 'accept-encoding': CHROMIUM });
    expect(res.status).toBe(200);
    // The compression middleware encodes the new file itself.
    expect(brotliDecompressSync(res.body).toString()).toBe(edited);
  });

  it('falls back to the next copy, then to the plain file, when a copy disappears (a rebuild under way)', async () => {
    const file = path.join(dist, 'assets', 'gone-G.js');
    writeFileSync(file, SCRIPT);
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/precompress.mjs'), dist], { stdio: 'pipe' });
    rmSync(`${file}.br`);
    const gzip = await raw('/assets/gone-G.js', { 'accept-encoding': CHROMIUM });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);
    rmSync(`${file}.gz`);
    const plain = await raw('/assets/gone-G.js', { 'accept-encoding': 'gzip' });
    expect(plain.status).toBe(200);
    // The compression middleware, as before precompression existed.
    expect(plain.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(plain.body).toString()).toBe(SCRIPT);
  });
});
