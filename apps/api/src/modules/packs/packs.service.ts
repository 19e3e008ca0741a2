import { packHashPayload, type LanguageCode, type PackManifest, type PackSyncRequest } from '@reperes/shared';
import { CachedBody, VersionedCache, contentVersion } from '../fiches/content-cache.js';
import { contentHash } from '../fiches/hash.js';
import { ResolvedModel, type ResolvedDoc } from '../fiches/resolved.model.js';
import { RemovalModel } from '../fiches/sync-log.js';
import { listThemes, type LocalizedThemes } from '../themes/themes.service.js';

interface Entry {
  id: string;
  slug: string;
  hash: string;
  updatedAt: Date;
  size: number;
  seq: number;
}

interface PackState {
  entries: Entry[];
  byId: Map<string, Entry>;
  themes: LocalizedThemes;
  hash: string;
  manifest: CachedBody;
  /** Removed documents of this language: id and sequence number. */
  removals: { id: string; seq: number }[];
  /** The highest sequence number this state includes. */
  cursor: number;
}

const packs = new VersionedCache<PackState>(32 * 1024 * 1024);
const docs = new VersionedCache<string>(64 * 1024 * 1024);

async function packState(lang: LanguageCode): Promise<{ state: PackState; version: string }> {
  const version = await contentVersion();
  const state = await packs.through(
    lang,
    version,
    () => loadPack(lang),
    (p) => p.manifest.size + p.entries.length * 120 + p.removals.length * 40,
  );
  return { state, version };
}

async function loadPack(lang: LanguageCode): Promise<PackState> {
  const [rows, removedRows, themes] = await Promise.all([
    ResolvedModel.find({ lang }, { ficheId: 1, slug: 1, hash: 1, updatedAt: 1, size: 1, seq: 1 })
      .sort({ _id: 1 })
      .lean<Pick<ResolvedDoc, 'ficheId' | 'slug' | 'hash' | 'updatedAt' | 'size' | 'seq'>[]>(),
    RemovalModel.find({ lang }, { ficheId: 1, seq: 1 }).lean(),
    listThemes(lang),
  ]);
  const entries = rows.map((r) => ({
    id: String(r.ficheId),
    slug: r.slug,
    hash: r.hash,
    updatedAt: r.updatedAt,
    size: r.size,
    seq: r.seq ?? 0,
  }));
  const removals = removedRows.map((r) => ({ id: String(r.ficheId), seq: r.seq }));
  const cursor = Math.max(0, ...entries.map((e) => e.seq), ...removals.map((r) => r.seq));
  const hash = contentHash(
    packHashPayload(
      themes.list.hash,
      entries.map((e) => [e.id, e.hash]),
    ),
  );
  const manifest: PackManifest = {
    lang,
    hash,
    generatedAt: new Date().toISOString(),
    themesHash: themes.list.hash,
    fiches: entries.map((e) => ({
      id: e.id,
      slug: e.slug,
      hash: e.hash,
      updatedAt: e.updatedAt.toISOString(),
    })),
    size: entries.reduce((sum, e) => sum + e.size, themes.body.raw.length),
  };
  // generatedAt is informative: the ETag follows the content only.
  return {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    themes,
    hash,
    manifest: new CachedBody(hash, JSON.stringify(manifest)),
    removals,
    cursor,
  };
}

/** What a language pack holds right now: one line per published fiche, and the themes' hash. */
export async function packManifest(lang: LanguageCode): Promise<CachedBody> {
  return (await packState(lang)).state.manifest;
}

/**
 * Delta sync. With `since` (the cursor of the device's last sync): the documents changed after it and the
 * ids removed after it — a few bytes each way whatever the size of the pack. With `have` (id → hash, the
 * first download or the fallback when a delta did not give the device the server's pack hash): exactly
 * the changed and added documents and the ids to delete. Documents are sent as stored.
 */
export async function packSync(lang: LanguageCode, req: PackSyncRequest): Promise<string> {
  const { state, version } = await packState(lang);
  let changed: Entry[];
  let removed: string[];
  if (req.since !== undefined) {
    const since = req.since;
    changed = state.entries.filter((e) => e.seq > since);
    removed = state.removals.filter((r) => r.seq > since && !state.byId.has(r.id)).map((r) => r.id);
  } else {
    const have = req.have ?? {};
    changed = state.entries.filter((e) => have[e.id] !== e.hash);
    removed = Object.keys(have).filter((id) => !state.byId.has(id));
  }
  const missing = changed.filter((e) => docs.get(`${lang}:${e.id}:${e.hash}`, version) === undefined);
  if (missing.length) {
    const rows = await ResolvedModel.find(
      { _id: { $in: missing.map((e) => `${e.id}:${lang}`) } },
      { json: 1, hash: 1, ficheId: 1 },
    ).lean<Pick<ResolvedDoc, 'json' | 'hash' | 'ficheId'>[]>();
    for (const r of rows) docs.set(`${lang}:${String(r.ficheId)}:${r.hash}`, version, r.json, r.json.length);
  }
  const upserts = changed
    .map((e) => docs.get(`${lang}:${e.id}:${e.hash}`, version))
    .filter((j): j is string => j !== undefined);
  const parts = [
    `"lang":${JSON.stringify(lang)}`,
    `"hash":${JSON.stringify(state.hash)}`,
    `"cursor":${state.cursor}`,
    `"upserts":[${upserts.join(',')}]`,
    `"removed":${JSON.stringify(removed)}`,
  ];
  if (req.themesHash !== state.themes.list.hash) parts.push(`"themes":${state.themes.body.json}`);
  return `{${parts.join(',')}}`;
}
