import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

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
  const html = fs.readFileSync(index);
  app.get(`${mount === '/' ? '' : mount}/{*path}`, (req, res, next) => {
    if (req.path.startsWith('/api/') || !req.accepts('html')) return next();
    res.set('Cache-Control', 'no-cache').type('html').send(html);
  });
  return true;
}
