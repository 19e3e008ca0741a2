import type { LanguageCode, PackManifest, PackSyncRequest } from '@reperes/shared';
import { CachedBody, VersionedCache, contentVersion } from '../fiches/content-cache.js';
import { contentHash } from '../fiches/hash.js';
import { ResolvedModel, type ResolvedDoc } from '../fiches/resolved.model.js';
import { listThemes, type LocalizedThemes } from '../themes/themes.service.js';

interface Entry {
  id: string;
  slug: string;
  hash: string;
  updatedAt: Date;
  size: number;
}

interface PackState {
  entries: Entry[];
  byId: Map<string, Entry>;
  themes: LocalizedThemes;
  hash: string;
  manifest: CachedBody;
}

const packs = new VersionedCache<PackState>(32 * 1024 * 1024);
const docs = new VersionedCache<string>(64 * 1024 * 1024);

async function packState(lang: LanguageCode): Promise<{ state: PackState; version: string }> {
  const version = await contentVersion();
  const state = await packs.through(
    lang,
    version,
    () => loadPack(lang),
    (p) => p.manifest.size + p.entries.length * 120,
  );
  return { state, version };
}

async function loadPack(lang: LanguageCode): Promise<PackState> {
  const [rows, themes] = await Promise.all([
    ResolvedModel.find({ lang }, { ficheId: 1, slug: 1, hash: 1, updatedAt: 1, size: 1 })
      .sort({ _id: 1 })
      .lean<Pick<ResolvedDoc, 'ficheId' | 'slug' | 'hash' | 'updatedAt' | 'size'>[]>(),
    listThemes(lang),
  ]);
  const entries = rows.map((r) => ({
    id: String(r.ficheId),
    slug: r.slug,
    hash: r.hash,
    updatedAt: r.updatedAt,
    size: r.size,
  }));
  const hash = contentHash(themes.list.hash + entries.map((e) => `${e.id}:${e.hash}`).join(','));
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
  };
}

/** What a language pack holds right now: one line per published fiche, and the themes' hash. */
export async function packManifest(lang: LanguageCode): Promise<CachedBody> {
  return (await packState(lang)).state.manifest;
}

/**
 * Delta sync: given the hashes a device holds, exactly the changed and added documents and the ids to
 * delete. Documents are sent as stored (no re-serialisation).
 */
export async function packSync(lang: LanguageCode, req: PackSyncRequest): Promise<string> {
  const { state, version } = await packState(lang);
  const changed = state.entries.filter((e) => req.have[e.id] !== e.hash);
  const removed = Object.keys(req.have).filter((id) => !state.byId.has(id));
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
    `"upserts":[${upserts.join(',')}]`,
    `"removed":${JSON.stringify(removed)}`,
  ];
  if (req.themesHash !== state.themes.list.hash) parts.push(`"themes":${state.themes.body.json}`);
  return `{${parts.join(',')}}`;
}
