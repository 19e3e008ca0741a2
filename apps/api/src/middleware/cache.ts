import type { Request, Response } from 'express';

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Sends a JSON text with a strong ETag from its content hash. `no-cache` means "revalidate every time":
 * readers get editors' changes at once, and an unchanged document costs a 304 with no body.
 */
export function sendWithEtag(req: Request, res: Response, hash: string, json: string): void {
  const etag = `"${hash}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Vary', 'Accept-Encoding');
  if (matches(req.headers['if-none-match'], etag)) {
    res.status(304).end();
    return;
  }
  res.type('application/json; charset=utf-8').send(json);
}
