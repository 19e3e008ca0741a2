import { randomUUID } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { withDeadline } from '../../db/deadline.js';
import { AppError } from '../../errors/app-error.js';
import { databaseStatus } from '../../middleware/db-guard.js';
import { ContentVersionModel } from './content-version.model.js';

/**
 * Public reads are served from memory, validated against a content version kept in MongoDB.
 *
 * Every change of the reader documents (publish, approval, unpublish, theme edit) bumps the version
 * after the documents are written. Each API process re-reads the version at most every FRESH_MS
 * (one tiny query, shared by all requests in flight), so replicas converge within FRESH_MS of a
 * publish and nothing needs sharing between processes. A cached body is reused only while the version
 * it was read under is current.
 */
const FRESH_MS = 100;
const KEY = 'public';

/**
 * Loads shared by concurrent requests are given up after this long: their callers get
 * DATABASE_UNAVAILABLE (a read is then answered from the last known copy) and the next request starts a
 * new load. Without it, one database operation the driver never settles (docs/operations.md, "Database
 * outages") would hold every later public read forever, as they would all join it. The version read is
 * one tiny query; a load builds one response (a whole language pack at most).
 */
export const VERSION_READ_LIMIT_MS = 5_000;
export const LOAD_LIMIT_MS = 30_000;

/**
 * Concurrent `run(key, load)` calls share one `load()`. It is forgotten once settled (a failure is not
 * kept: the next call tries again), or once `limitMs` have passed, when its callers are answered
 * DATABASE_UNAVAILABLE. When a database outage begins, every load under way is forgotten: a call made
 * after that starts its own instead of joining one the outage may have lost.
 */
export class SharedLoads<T> {
  private readonly pending = new Map<string, Promise<T>>();
  constructor(private readonly limitMs: number) {
    databaseStatus.onOutage(() => this.pending.clear());
  }

  run(key: string, load: () => Promise<T>): Promise<T> {
    let shared = this.pending.get(key);
    if (!shared) {
      shared = withDeadline(
        load(),
        this.limitMs,
        () => new AppError('DATABASE_UNAVAILABLE', 'The database did not answer in time; try again shortly.'),
      ).finally(() => {
        if (this.pending.get(key) === shared) this.pending.delete(key);
      });
      this.pending.set(key, shared);
    }
    return shared;
  }
}

let known = { version: '', checkedAt: 0 };
const versionReads = new SharedLoads<string>(VERSION_READ_LIMIT_MS);

const versionOf = (doc: { epoch: string; version: number } | null) =>
  doc ? `${doc.epoch}:${doc.version}` : 'none';

async function readVersion(): Promise<string> {
  const doc = await ContentVersionModel.findById(KEY).lean<{ epoch: string; version: number }>();
  known = { version: versionOf(doc), checkedAt: Date.now() };
  return known.version;
}

/** The current content version (at most FRESH_MS old). */
export function contentVersion(): Promise<string> {
  if (Date.now() - known.checkedAt < FRESH_MS) return Promise.resolve(known.version);
  return versionReads.run(KEY, readVersion);
}

/** Call after writing reader documents or themes: every process drops what it cached before. */
export async function bumpContentVersion(): Promise<void> {
  const doc = await ContentVersionModel.findOneAndUpdate(
    { _id: KEY },
    { $inc: { version: 1 }, $setOnInsert: { epoch: randomUUID() } },
    { upsert: true, returnDocument: 'after' },
  ).lean<{ epoch: string; version: number }>();
  known = { version: versionOf(doc), checkedAt: Date.now() };
}

/** A response body sent many times: its compressed forms are made once, on first demand. */
export class CachedBody {
  readonly raw: Buffer;
  private gz?: Buffer;
  private br?: Buffer;
  constructor(
    readonly hash: string,
    readonly json: string,
  ) {
    this.raw = Buffer.from(json);
  }
  encoded(encoding: 'br' | 'gzip' | 'identity'): Buffer {
    if (encoding === 'br')
      return (this.br ??= brotliCompressSync(this.raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: this.raw.length },
      }));
    if (encoding === 'gzip') return (this.gz ??= gzipSync(this.raw, { level: 6 }));
    return this.raw;
  }
  get size(): number {
    return this.raw.length * 2;
  }
}

interface Entry<T> {
  version: string;
  value: T;
  size: number;
}

/** A size-bounded LRU of values tagged with the content version they were read under. */
export class VersionedCache<T> {
  private map = new Map<string, Entry<T>>();
  private bytes = 0;
  constructor(
    private readonly maxBytes: number,
    loadLimitMs = LOAD_LIMIT_MS,
  ) {
    this.loading = new SharedLoads<T>(loadLimitMs);
  }

  get(key: string, version: string): T | undefined {
    const e = this.map.get(key);
    if (!e || e.version !== version) return undefined;
    this.map.delete(key);
    this.map.set(key, e);
    return e.value;
  }

  set(key: string, version: string, value: T, size: number): void {
    const old = this.map.get(key);
    if (old) {
      this.bytes -= old.size;
      this.map.delete(key);
    }
    this.map.set(key, { version, value, size });
    this.bytes += size;
    for (const [k, e] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= e.size;
    }
  }

  /** Loads under way, by key and version: concurrent misses share one load. */
  private readonly loading: SharedLoads<T>;

  /**
   * Cached value for this version, or load it (and cache it). Requests that miss together — hundreds of
   * readers right after a publish bumped the version — wait for one load instead of each querying the
   * database; a failed load is not cached, the next request tries again.
   */
  through(key: string, version: string, load: () => Promise<T>, sizeOf: (v: T) => number): Promise<T> {
    const hit = this.get(key, version);
    if (hit !== undefined) return Promise.resolve(hit);
    return this.loading.run(`${version}\u0000${key}`, async () => {
      const value = await load();
      this.set(key, version, value, sizeOf(value));
      return value;
    });
  }
}
