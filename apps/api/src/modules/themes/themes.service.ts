import { SOURCE_LANGUAGE, type LanguageCode, type LocalizedName, type ThemeList } from '@reperes/shared';
import { CachedBody, VersionedCache, contentVersion } from '../fiches/content-cache.js';
import { contentHash } from '../fiches/hash.js';
import { ResolvedModel } from '../fiches/resolved.model.js';
import { ThemeModel, type ThemeDoc } from './theme.model.js';

function pick(names: LocalizedName, lang: LanguageCode): { name: string; lang: LanguageCode } {
  const name = names[lang];
  return name ? { name, lang } : { name: names.fr, lang: SOURCE_LANGUAGE };
}

export interface LocalizedThemes {
  list: ThemeList;
  body: CachedBody;
}

const cache = new VersionedCache<LocalizedThemes>(4 * 1024 * 1024);

/** Themes and their needs in one language (French where a name is not translated yet), with fiche counts.
 * Whoever changes themes must call bumpContentVersion() afterwards. */
export async function listThemes(lang: LanguageCode): Promise<LocalizedThemes> {
  const version = await contentVersion();
  return cache.through(
    lang,
    version,
    () => loadThemes(lang),
    (t) => t.body.size,
  );
}

async function loadThemes(lang: LanguageCode): Promise<LocalizedThemes> {
  const [themes, counts] = await Promise.all([
    ThemeModel.find().sort({ order: 1 }).lean<ThemeDoc[]>(),
    ResolvedModel.aggregate<{ _id: string; n: number }>([
      { $match: { lang: SOURCE_LANGUAGE } },
      { $unwind: '$facets.themes' },
      { $group: { _id: '$facets.themes', n: { $sum: 1 } } },
    ]),
  ]);
  const countOf = new Map(counts.map((c) => [c._id, c.n]));
  const themesOut = themes.map((t) => ({
    id: t._id,
    ...pick(t.names, lang),
    icon: t.icon,
    color: t.color,
    ficheCount: countOf.get(t._id) ?? 0,
    needs: [...t.needs].sort((a, b) => a.order - b.order).map((n) => ({ id: n.id, ...pick(n.names, lang) })),
  }));
  const hash = contentHash(JSON.stringify(themesOut));
  const list: ThemeList = { lang, hash, themes: themesOut };
  const json = JSON.stringify(list);
  return { list, body: new CachedBody(hash, json) };
}
