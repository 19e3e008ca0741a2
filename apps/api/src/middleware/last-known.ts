import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

/**
 * The last known good copy of the public read responses (themes, fiche lists, fiches, pack manifests, pack
 * syncs), kept in this process so that readers are still served while the database is unreachable
 * (issue 8). It is a fallback, not shared state: it is only read when the database cannot be reached, every
 * replica fills its own copy from what it served, and the database stays the one source of truth. Bounded
 * in bytes, least recently used first out. docs/operations.md describes the behaviour.
 *
 * Responses are recorded as they leave (`res.end`), whatever produced them, in the content encoding they
 * were sent with: the buffers are usually the very ones the read path already keeps, so recording costs
 * no copy and no compression.
 */
type Encoding = 'br' | 'gzip' | 'identity';

interface Entry {
  /** The strong ETag sent with the body (absent for pack syncs). */
  etag?: string;
  /** The body as sent, by content encoding; empty when only a 304 was seen for the current ETag. */
  bodies: Partial<Record<Encoding, Buffer>>;
  type: string;
  cacheControl: string;
  size: number;
}

type Route = { kind: 'read'; key: string } | { kind: 'sync'; key: string; lang: string; body: SyncBody };

interface SyncBody {
  have: Record<string, string>;
  themesHash?: string;
}

interface SyncAnswer {
  lang: string;
  hash: string;
  upserts: { id: string; hash: string }[];
  removed: string[];
  themes?: { hash: string };
}

/** Public reads that only depend on the published content and the URL (the language is in the URL). */
const READS = [
  /^\/api\/v1\/themes\/?$/,
  /^\/api\/v1\/fiches\/?$/,
  /^\/api\/v1\/fiches\/[^/]+\/?$/,
  /^\/api\/v1\/packs\/[^/]+\/manifest\/?$/,
];
const SYNC = /^\/api\/v1\/packs\/([^/]+)\/sync\/?$/;

export const STALE_HEADER = 'X-Reperes-Stale';
const WARNING = '110 - "Response is Stale"';
const JSON_TYPE = 'application/json; charset=utf-8';

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

function isSyncBody(body: unknown): body is SyncBody {
  if (typeof body !== 'object' || body === null) return false;
  const have = (body as { have?: unknown }).have;
  return typeof have === 'object' && have !== null && !Array.isArray(have);
}

/** The cache key of a public read request, or undefined for every other request. */
export function publicReadRoute(req: Request): Route | undefined {
  const url = req.originalUrl;
  if (!url.startsWith('/api/v1/')) return undefined;
  const query = url.indexOf('?');
  const path = query < 0 ? url : url.slice(0, query);
  if (req.method === 'GET' || req.method === 'HEAD') {
    return READS.some((r) => r.test(path)) ? { kind: 'read', key: `GET ${url}` } : undefined;
  }
  const sync = req.method === 'POST' ? SYNC.exec(path) : null;
  if (!sync?.[1] || !isSyncBody(req.body)) return undefined;
  return { kind: 'sync', key: syncKey(sync[1], req.body), lang: sync[1], body: req.body };
}

function syncKey(lang: string, body: SyncBody): string {
  return `POST /api/v1/packs/${lang}/sync ${sha1(JSON.stringify(body))}`;
}

function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function accepted(req: Request): Encoding[] {
  const header = req.headers['accept-encoding'];
  const list: Encoding[] = [];
  if (typeof header === 'string') {
    if (/\bbr\b/.test(header)) list.push('br');
    if (/\bgzip\b/.test(header)) list.push('gzip');
  }
  list.push('identity');
  return list;
}

function sentEncoding(res: Response): Encoding | undefined {
  const value = String(res.getHeader('Content-Encoding') ?? 'identity').toLowerCase();
  return value === 'br' || value === 'gzip' || value === 'identity' ? value : undefined;
}

const sizeOf = (bodies: Entry['bodies']) => Object.values(bodies).reduce((n, b) => n + (b?.length ?? 0), 0);

export class LastKnown {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  /** `maxBytes` 0 turns the fallback off. */
  constructor(readonly maxBytes: number) {}

  /** Number of responses held and their size in bytes. */
  stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /**
   * Records what a public read sends: a 200 body with its ETag and encoding, and for a 304 the ETag alone
   * (the client holds that version, so a later stale 304 is still right).
   */
  capture(req: Request, res: Response): void {
    if (this.maxBytes === 0) return;
    const route = publicReadRoute(req);
    if (!route) return;
    const end = res.end as (...a: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      // Headers already out means the body was streamed with write(): not recorded.
      if (!res.headersSent) {
        try {
          this.record(route, req, res, typeof args[0] === 'function' ? undefined : args[0]);
        } catch {
          // recording is best effort: never fail a response because of it
        }
      }
      return end.apply(res, args);
    }) as Response['end'];
  }

  private record(route: Route, req: Request, res: Response, chunk: unknown): void {
    if (res.statusCode === 304 && route.kind === 'read') return this.etagSeen(route.key, res);
    if (res.statusCode !== 200 || req.method === 'HEAD' || res.getHeader(STALE_HEADER)) return;
    const body = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (Buffer.isBuffer(body)) this.remember(route.key, res, body);
  }

  /**
   * Answers a public read from the last known copy, marked stale. Returns false (and sends nothing) when
   * there is no usable copy.
   */
  serveStale(req: Request, res: Response): boolean {
    const route = publicReadRoute(req);
    if (!route) return false;
    const entry =
      this.entries.get(route.key) ?? (route.kind === 'sync' ? this.derivedSync(route) : undefined);
    if (!entry) return false;
    const notModified = entry.etag !== undefined && etagMatches(req.headers['if-none-match'], entry.etag);
    const body = notModified ? undefined : this.pick(entry, accepted(req));
    if (!notModified && !body) return false;
    if (this.entries.get(route.key) === entry) this.touch(route.key);
    res.setHeader(STALE_HEADER, '1');
    res.setHeader('Warning', WARNING);
    res.setHeader('Cache-Control', entry.cacheControl);
    res.setHeader('Vary', 'Accept-Encoding');
    if (entry.etag) res.setHeader('ETag', entry.etag);
    if (!body) {
      res.status(304).end();
      return true;
    }
    res.status(200).setHeader('Content-Type', entry.type);
    if (body.encoding !== 'identity') res.setHeader('Content-Encoding', body.encoding);
    res.setHeader('Content-Length', body.bytes.length);
    res.end(req.method === 'HEAD' ? undefined : body.bytes);
    return true;
  }

  /** The body in an encoding the client accepts, decoding a stored one when needed (outages only). */
  private pick(entry: Entry, encodings: Encoding[]): { encoding: Encoding; bytes: Buffer } | undefined {
    for (const encoding of encodings) {
      const bytes = entry.bodies[encoding];
      if (bytes) return { encoding, bytes };
    }
    const identity = this.identity(entry);
    return identity ? { encoding: 'identity', bytes: identity } : undefined;
  }

  private identity(entry: Entry): Buffer | undefined {
    const { identity, br, gzip } = entry.bodies;
    if (identity) return identity;
    if (br) return brotliDecompressSync(br);
    if (gzip) return gunzipSync(gzip);
    return undefined;
  }

  private remember(key: string, res: Response, body: Buffer): void {
    const encoding = sentEncoding(res);
    if (!encoding) return;
    const header = res.getHeader('ETag');
    const etag = typeof header === 'string' ? header : undefined;
    const existing = this.entries.get(key);
    if (etag && existing?.etag === etag) {
      if (existing.bodies[encoding] === body) return this.touch(key);
      const bodies = { ...existing.bodies, [encoding]: body };
      return this.set(key, { ...existing, bodies, size: key.length + sizeOf(bodies) });
    }
    const size = key.length + body.length;
    if (size > this.maxBytes / 4) return; // one huge answer must not push out everything else
    this.set(key, {
      ...(etag ? { etag } : {}),
      bodies: { [encoding]: body },
      type: String(res.getHeader('Content-Type') ?? JSON_TYPE),
      cacheControl: String(res.getHeader('Cache-Control') ?? 'no-cache'),
      size,
    });
  }

  private etagSeen(key: string, res: Response): void {
    const etag = res.getHeader('ETag');
    if (typeof etag !== 'string') return;
    const existing = this.entries.get(key);
    if (existing?.etag === etag) return this.touch(key);
    // The content changed since the body we hold was sent: keep the new ETag only (never serve older text).
    this.set(key, { etag, bodies: {}, type: JSON_TYPE, cacheControl: 'no-cache', size: key.length });
  }

  /**
   * A sync for a device state never seen before, computed from the last full pack of that language (every
   * published fiche with its hash): the documents whose hash differs, the ids no longer published.
   */
  private derivedSync(route: Extract<Route, { kind: 'sync' }>): Entry | undefined {
    const full = this.entries.get(syncKey(route.lang, { have: {} }));
    const json = full && this.identity(full);
    if (!full || !json) return undefined;
    const pack = JSON.parse(json.toString('utf8')) as SyncAnswer;
    const { have, themesHash } = route.body;
    const published = new Set(pack.upserts.map((d) => d.id));
    const answer: SyncAnswer = {
      lang: pack.lang,
      hash: pack.hash,
      upserts: pack.upserts.filter((d) => have[d.id] !== d.hash),
      removed: Object.keys(have).filter((id) => !published.has(id)),
    };
    if (pack.themes && themesHash !== pack.themes.hash) answer.themes = pack.themes;
    const bytes = Buffer.from(JSON.stringify(answer));
    return {
      bodies: { identity: bytes },
      type: full.type,
      cacheControl: full.cacheControl,
      size: bytes.length,
    };
  }

  private set(key: string, entry: Entry): void {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.size;
    }
    this.entries.set(key, entry);
    this.bytes += entry.size;
    for (const [oldest, stale] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= stale.size;
    }
  }

  /** Most recently used goes last (a Map iterates in insertion order). */
  private touch(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.entries.set(key, entry);
  }
}
