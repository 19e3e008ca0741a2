import type { LanguageCode, PackManifest, PackSyncRequest } from '@reperes/shared';
import { contentHash } from '../fiches/hash.js';
import { ResolvedModel, type ResolvedDoc } from '../fiches/resolved.model.js';
import { listThemes } from '../themes/themes.service.js';

type Entry = Pick<ResolvedDoc, 'ficheId' | 'slug' | 'hash' | 'updatedAt' | 'size'>;

async function entries(lang: LanguageCode): Promise<Entry[]> {
  return ResolvedModel.find({ lang }, { ficheId: 1, slug: 1, hash: 1, updatedAt: 1, size: 1 })
    .sort({ _id: 1 })
    .lean<Entry[]>();
}

function packHash(list: Entry[], themesHash: string): string {
  return contentHash(themesHash + list.map((e) => `${String(e.ficheId)}:${e.hash}`).join(','));
}

/** What a language pack holds right now: one line per published fiche, and the themes' hash. */
export async function packManifest(lang: LanguageCode): Promise<{ hash: string; json: string }> {
  const [list, themes] = await Promise.all([entries(lang), listThemes(lang)]);
  const hash = packHash(list, themes.hash);
  const manifest: PackManifest = {
    lang,
    hash,
    generatedAt: new Date().toISOString(),
    themesHash: themes.hash,
    fiches: list.map((e) => ({
      id: String(e.ficheId),
      slug: e.slug,
      hash: e.hash,
      updatedAt: e.updatedAt.toISOString(),
    })),
    size: list.reduce((sum, e) => sum + e.size, themes.json.length),
  };
  // generatedAt is informative: the ETag follows the content only.
  return { hash, json: JSON.stringify(manifest) };
}

/**
 * Delta sync: given the hashes a device holds, exactly the changed and added documents and the ids to
 * delete. Documents are sent as stored (no re-serialisation).
 */
export async function packSync(lang: LanguageCode, req: PackSyncRequest): Promise<string> {
  const [list, themes] = await Promise.all([entries(lang), listThemes(lang)]);
  const current = new Set(list.map((e) => String(e.ficheId)));
  const changed = list
    .filter((e) => req.have[String(e.ficheId)] !== e.hash)
    .map((e) => `${String(e.ficheId)}:${lang}`);
  const removed = Object.keys(req.have).filter((id) => !current.has(id));
  const docs = changed.length
    ? await ResolvedModel.find({ _id: { $in: changed } }, { json: 1 })
        .sort({ _id: 1 })
        .lean<Pick<ResolvedDoc, 'json'>[]>()
    : [];
  const parts = [
    `"lang":${JSON.stringify(lang)}`,
    `"hash":${JSON.stringify(packHash(list, themes.hash))}`,
    `"upserts":[${docs.map((d) => d.json).join(',')}]`,
    `"removed":${JSON.stringify(removed)}`,
  ];
  if (req.themesHash !== themes.hash) parts.push(`"themes":${themes.json}`);
  return `{${parts.join(',')}}`;
}
