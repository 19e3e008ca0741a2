import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { RequestHandler } from 'express';

/** What scripts/precompress.mjs writes beside a built text file, best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
/** The files the build precompresses (scripts/precompress.mjs): any other request goes straight on. */
const TEXT = /\.(js|mjs|css|svg|json|webmanifest|txt|xml)$/;

/**
 * Serves the brotli or gzip copy the build wrote beside a file of `dist` (scripts/precompress.mjs), when the
 * browser accepts it: the smallest encoding (brotli at its best quality), and no compression work per
 * request. Anything else (no copy, nothing accepted, a rebuild under way) goes on to the plain file,
 * which the compression middleware encodes as it always did; so does a copy older than its file (a file
 * replaced without the build step). `headers` gives the caching headers of a file.
 */
export function precompressed(
  dist: string,
  headers: (file: string) => Record<string, string>,
): RequestHandler {
  const root = path.resolve(dist);
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !TEXT.test(req.path)) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    // Never a dot-file or folder (.vite, ..), never outside the build.
    if (relative.includes('\0') || relative.split('/').some((segment) => segment.startsWith('.')))
      return next();
    const file = path.join(root, relative);
    if (!file.startsWith(root + path.sep)) return next();
    // Ours is the preference among those accepted (browsers list gzip first, and accept brotli alike).
    const order = ENCODINGS.filter((e) => req.acceptsEncodings(e.name) === e.name);
    if (order.length === 0) return next();
    void (async () => {
      const plain = await stat(file).catch(() => undefined);
      if (!plain?.isFile()) return next();
      for (const encoding of order) {
        const copy = file + encoding.suffix;
        const found = await stat(copy).catch(() => undefined);
        // A copy older than its file is stale (the file was replaced without the build step): not used.
        if (!found?.isFile() || found.mtimeMs < plain.mtimeMs) continue;
        res.vary('Accept-Encoding');
        res.type(path.extname(file));
        res.set({
          ...headers(file),
          'Content-Encoding': encoding.name,
          // As express.static's for the plain file (the app turns Express's own ETags off for the API);
          // the copy's size makes it another validator than the plain file's. sendFile answers 304 with it.
          ETag: `W/"${found.size.toString(16)}-${found.mtime.getTime().toString(16)}"`,
        });
        res.sendFile(copy, { acceptRanges: false, cacheControl: false, dotfiles: 'allow' }, (error) => {
          // Gone between the check and the read (a rebuild): the plain file, if nothing was sent yet.
          if (error && !res.headersSent) {
            // The plain file gets its own validator from express.static.
            res.removeHeader('Content-Encoding');
            res.removeHeader('ETag');
            next();
          } else if (error) res.destroy();
        });
        return;
      }
      next();
    })().catch(next);
  };
}
