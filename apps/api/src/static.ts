import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { firstView } from './first-view.js';

/**
 * Serves a built front end: hashed assets are immutable; the shell, the service worker and the manifest
 * revalidate every time so a new deployment is picked up at once (issue: never stuck on an old shell).
 */
export function serveApp(app: Express, mount: string, dist: string): boolean {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return false;
  app.use(
    mount,
    express.static(dist, {
      index: false,
      setHeaders(res, file) {
        if (file.includes(`${path.sep}assets${path.sep}`)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        } else {
          res.setHeader('Cache-Control', 'no-cache');
        }
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
