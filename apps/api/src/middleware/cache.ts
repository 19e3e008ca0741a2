import type { Request, Response } from 'express';
import { CachedBody } from '../modules/fiches/content-cache.js';

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function negotiate(req: Request): 'br' | 'gzip' | 'identity' {
  const accepted = req.headers['accept-encoding'];
  if (typeof accepted !== 'string') return 'identity';
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return 'identity';
}

/**
 * Sends a JSON body with a strong ETag from its content hash. `no-cache` means "revalidate every time":
 * readers get editors' changes at once, and an unchanged document costs a 304 with no body.
 * Bodies are compressed once and reused (the compression middleware skips encoded responses).
 */
export function sendWithEtag(
  req: Request,
  res: Response,
  body: CachedBody | { hash: string; json: string },
): void {
  const etag = `"${body.hash}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Vary', 'Accept-Encoding');
  if (matches(req.headers['if-none-match'], etag)) {
    res.status(304).end();
    return;
  }
  const cached = body instanceof CachedBody ? body : new CachedBody(body.hash, body.json);
  const encoding = negotiate(req);
  const bytes = cached.raw.length < 512 ? cached.raw : cached.encoded(encoding);
  if (bytes !== cached.raw) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', bytes.length);
  res.end(bytes);
}
