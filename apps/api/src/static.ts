import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { firstView } from './first-view.js';
import { precompressed } from './precompressed.js';

/** Hashed assets never change; anything else (service worker, manifest, icons) is revalidated. */
const cacheHeaders = (file: string) => ({
  'Cache-Control': file.includes(`${path.sep}assets${path.sep}`)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache',
});

/**
 * Serves a built front end: hashed assets are immutable; the shell, the service worker and the manifest
 * revalidate every time so a new deployment is picked up at once (issue: never stuck on an old shell).
 */
export function serveApp(app: Express, mount: string, dist: string): boolean {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return false;
  app.use(
    mount,
    // The build's brotli and gzip copies (scripts/precompress.mjs), else the file itself.
    precompressed(dist, cacheHeaders),
    express.static(dist, {
      index: false,
      setHeaders(res, file) {
        res.set(cacheHeaders(file));
      },
    }),
  );
  const html = fs.readFileSync(index, 'utf8');
  // The reader's pages name what they need, a fiche's page carries the fiche (first-view.ts).
  const page = firstView(dist, mount.endsWith('/') ? mount : `${mount}/`);
  app.get(`${mount === '/' ? '' : mount}/{*path}`, (req, res, next) => {
    if (req.path.startsWith('/api/') || !req.accepts('html')) return next();
    const send = (body: string) => res.set('Cache-Control', 'no-cache').type('html').send(body);
    if (!page) return send(html);
    page(req, html).then(send, next);
  });
  return true;
}
