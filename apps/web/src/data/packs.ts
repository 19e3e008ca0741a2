/**
 * Language packs: download, delta sync and removal (issue 5 items 2 and 4), with a reactive state for the
 * "Available offline" screen. A sync first asks for the manifest's headers with the pack hash as ETag (304:
 * nothing to do), then asks for what changed since the cursor of its last sync and receives only the
 * changed, added and removed fiches. Before storing a delta, the device checks that it leads to the
 * server's pack hash; if not (a write that landed late on another replica, a restored database), it falls
 * back to a full sync that lists every id and hash it holds.
 */
import { reactive } from 'vue';
import type { LanguageCode } from '@reperes/shared/languages';
import { HASH_LENGTH, packHashPayload } from '@reperes/shared/pack-hash';
import type { PackManifest, PackSyncRequest, PackSyncResponse } from '@reperes/shared/schemas/api';
import type { PackMeta } from '../store/db';
import { applySync, deletePack, getHave, getPack, getPacks, getThemes, touchPack } from '../store/fiches';
import { NetworkError, apiFetch, etagOf } from './http';
import { dropSnapshots } from './snapshots';

export type PackStatus = 'idle' | 'checking' | 'downloading' | 'error';

export interface PackState {
  meta?: PackMeta | undefined;
  status: PackStatus;
  /** 0–1 while downloading. */
  progress: number;
  error?: 'NETWORK' | 'SERVER' | 'STORAGE' | undefined;
}

export type SyncOutcome =
  { kind: 'current' } | { kind: 'updated'; upserts: number; removed: number; bytes: number; meta: PackMeta };

/** Reactive: one entry per language the device has a pack of or is downloading. */
export const packStates = reactive(new Map<LanguageCode, PackState>());

function stateOf(lang: LanguageCode): PackState {
  let state = packStates.get(lang);
  if (!state) {
    packStates.set(lang, { status: 'idle', progress: 0 });
    state = packStates.get(lang)!;
  }
  return state;
}

/** Loads the stored packs into `packStates`. */
export async function refreshPackStates(): Promise<void> {
  const metas = await getPacks();
  for (const meta of metas) stateOf(meta.lang).meta = meta;
  for (const [lang, state] of packStates) {
    if (!metas.some((m) => m.lang === lang) && state.status === 'idle') packStates.delete(lang);
  }
}

export async function fetchManifest(lang: LanguageCode): Promise<PackManifest> {
  const response = await apiFetch(`/api/v1/packs/${lang}/manifest`);
  if (!response.ok) throw new Error(`manifest ${response.status}`);
  return (await response.json()) as PackManifest;
}

const SYNC_TIMEOUT_MS = 10 * 60_000;

/** Reads a response body, reporting progress against the expected (uncompressed) size. */
async function readWithProgress(
  response: Response,
  expected: number,
  onProgress?: (fraction: number) => void,
): Promise<{ text: string; bytes: number }> {
  if (!response.body || !onProgress) {
    const text = await response.text();
    return { text, bytes: text.length };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    if (expected > 0) onProgress(Math.min(received / expected, 0.99));
  }
  const all = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(all), bytes: received };
}

async function postSync(
  lang: LanguageCode,
  request: PackSyncRequest,
  size: number,
  onProgress?: (fraction: number) => void,
): Promise<{ body: PackSyncResponse; bytes: number }> {
  const response = await apiFetch(
    `/api/v1/packs/${lang}/sync`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) },
    SYNC_TIMEOUT_MS,
  );
  if (!response.ok) throw new Error(`sync ${response.status}`);
  const { text, bytes } = await readWithProgress(response, size, onProgress);
  const body: unknown = JSON.parse(text);
  if (!isSyncResponse(body, lang)) throw new Error('Unexpected sync response.');
  return { body, bytes };
}

/** SHA-256 needs a secure context (HTTPS, or localhost); without it every sync is a full one. */
const canHash = () => typeof crypto !== 'undefined' && crypto.subtle !== undefined;

/** The pack hash the device would hold after applying `delta` to `have` (same formula as the API). */
async function packHashAfter(
  have: Record<string, string>,
  delta: PackSyncResponse,
  themesHash: string | undefined,
): Promise<string> {
  const next = new Map(Object.entries(have));
  for (const id of delta.removed) next.delete(id);
  for (const doc of delta.upserts) next.set(doc.id, doc.hash);
  const payload = packHashPayload(delta.themes?.hash ?? themesHash ?? '', next);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(payload)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '').slice(0, HASH_LENGTH);
}

function isSyncResponse(value: unknown, lang: LanguageCode): value is PackSyncResponse {
  const v = value as Partial<PackSyncResponse> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.lang === lang &&
    typeof v.hash === 'string' &&
    typeof v.cursor === 'number' &&
    Array.isArray(v.upserts) &&
    Array.isArray(v.removed) &&
    v.upserts.every((d) => d.lang === lang && typeof d.id === 'string' && typeof d.hash === 'string')
  );
}

const inFlight = new Map<LanguageCode, Promise<SyncOutcome>>();
const lastChecked = new Map<LanguageCode, number>();
/** A pack found current (or brought up to date) this recently is not checked again in the background. */
const RECHECK_MS = 15_000;

/** Whether the pack of `lang` was checked successfully less than `ms` ago, and no check is running. */
const checkedWithin = (lang: LanguageCode, ms: number) =>
  !inFlight.has(lang) && Date.now() - (lastChecked.get(lang) ?? 0) < ms;

async function runSync(
  lang: LanguageCode,
  opts: { download: boolean; size?: number; onProgress?: (fraction: number) => void },
): Promise<SyncOutcome> {
  const meta = await getPack(lang);
  const size = opts.size ?? meta?.size ?? 0;
  if (meta) {
    // HEAD: the manifest's ETag is the pack hash; 304 when nothing changed, and never its body (which
    // grows with the catalogue): the sync below says what changed.
    const check = await apiFetch(`/api/v1/packs/${lang}/manifest`, {
      method: 'HEAD',
      headers: { 'if-none-match': etagOf(meta.hash) },
    });
    if (check.status === 304) {
      await touchPack(lang, new Date().toISOString());
      return { kind: 'current' };
    }
    // Any other answer (200, or a proxy that refuses HEAD): the sync itself says what changed.
  } else if (!opts.download) {
    return { kind: 'current' };
  }
  const [have, themes] = await Promise.all([getHave(lang), getThemes(lang)]);
  const themesHash = themes ? { themesHash: themes.hash } : {};
  const post = (request: PackSyncRequest) => postSync(lang, request, size, opts.onProgress);
  let exchange: { body: PackSyncResponse; bytes: number } | undefined;
  if (meta?.cursor !== undefined && canHash()) {
    const delta = await post({ since: meta.cursor, ...themesHash });
    if ((await packHashAfter(have, delta.body, themes?.hash)) === delta.body.hash) exchange = delta;
  }
  exchange ??= await post({ have, ...themesHash });
  const { body, bytes } = exchange;
  // Written in one transaction with the new pack hash: a failure here leaves the old pack as it was.
  const stored = await applySync(body, { syncedAt: new Date().toISOString() });
  // Pages kept as they were drawn may show what just changed (data/snapshots.ts); new fiches change none.
  if (body.removed.length || body.upserts.some((doc) => doc.id in have)) await dropSnapshots();
  return { kind: 'updated', upserts: body.upserts.length, removed: body.removed.length, bytes, meta: stored };
}

/** What went wrong with a download or sync, for the reader. */
export function packErrorOf(error: unknown): NonNullable<PackState['error']> {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return 'STORAGE';
  // A connection lost while the body streams in: TypeError (network), or the request timing out.
  if (error instanceof NetworkError || error instanceof TypeError) return 'NETWORK';
  if (name === 'AbortError' || name === 'TimeoutError') return 'NETWORK';
  return 'SERVER';
}

/**
 * Brings the pack of `lang` up to date (or downloads it with `download: true`). Concurrent calls share
 * one request. Rejects on failure; the stored pack is then unchanged.
 */
export function syncPack(
  lang: LanguageCode,
  opts: { download?: boolean; size?: number; onProgress?: (fraction: number) => void } = {},
): Promise<SyncOutcome> {
  const running = inFlight.get(lang);
  if (running) return running;
  const state = stateOf(lang);
  state.status = opts.download && !state.meta ? 'downloading' : 'checking';
  state.progress = 0;
  state.error = undefined;
  const promise = runSync(lang, {
    download: opts.download ?? false,
    ...(opts.size !== undefined ? { size: opts.size } : {}),
    onProgress: (fraction) => {
      state.status = 'downloading';
      state.progress = fraction;
      opts.onProgress?.(fraction);
    },
  })
    .then(async (outcome) => {
      lastChecked.set(lang, Date.now());
      state.meta = outcome.kind === 'updated' ? outcome.meta : await getPack(lang);
      state.status = 'idle';
      state.progress = state.meta ? 1 : 0;
      if (!state.meta) packStates.delete(lang);
      return outcome;
    })
    .catch((error: unknown) => {
      // Offline during a background check is not an error worth showing: the stored pack is intact.
      const quiet = error instanceof NetworkError && state.meta && !opts.download;
      state.status = quiet ? 'idle' : 'error';
      state.error = quiet ? undefined : packErrorOf(error);
      state.progress = 0;
      throw error;
    })
    .finally(() => inFlight.delete(lang));
  inFlight.set(lang, promise);
  return promise;
}

/** Revalidates a pack from a screen: at most once per `minIntervalMs`; never throws. */
export async function revalidatePack(lang: LanguageCode, minIntervalMs = RECHECK_MS): Promise<SyncOutcome> {
  if (checkedWithin(lang, minIntervalMs)) return { kind: 'current' };
  try {
    return await syncPack(lang);
  } catch {
    return { kind: 'current' };
  }
}

/**
 * Syncs every stored pack, one after the other (on start and when the connection comes back). A pack a
 * screen has just revalidated (the home page's list does, as it loads) is not asked for again: the check
 * would only be a second manifest request answered 304. A check that failed sets no time: the next one runs.
 */
export async function syncAllPacks(): Promise<void> {
  for (const meta of await getPacks()) {
    if (checkedWithin(meta.lang, RECHECK_MS)) continue;
    try {
      await syncPack(meta.lang);
    } catch (error) {
      if (error instanceof NetworkError) return;
      console.warn(`Sync of the ${meta.lang} pack failed; the stored pack is kept.`, error);
    }
  }
}

export async function removePack(lang: LanguageCode): Promise<void> {
  await deletePack(lang);
  packStates.delete(lang);
  lastChecked.delete(lang);
}
