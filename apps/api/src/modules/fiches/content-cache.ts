import { randomUUID } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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

let known = { version: '', checkedAt: 0 };
let inflight: Promise<string> | null = null;

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
  inflight ??= readVersion().finally(() => {
    inflight = null;
  });
  return inflight;
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
  constructor(private readonly maxBytes: number) {}

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
  private loading = new Map<string, Promise<T>>();

  /**
   * Cached value for this version, or load it (and cache it). Requests that miss together — hundreds of
   * readers right after a publish bumped the version — wait for one load instead of each querying the
   * database; a failed load is not cached, the next request tries again.
   */
  through(key: string, version: string, load: () => Promise<T>, sizeOf: (v: T) => number): Promise<T> {
    const hit = this.get(key, version);
    if (hit !== undefined) return Promise.resolve(hit);
    const id = `${version}\u0000${key}`;
    let pending = this.loading.get(id);
    if (!pending) {
      pending = load()
        .then((value) => {
          this.set(key, version, value, sizeOf(value));
          return value;
        })
        .finally(() => this.loading.delete(id));
      this.loading.set(id, pending);
    }
    return pending;
  }
}
