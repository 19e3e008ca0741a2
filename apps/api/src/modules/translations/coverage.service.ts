import {
  POPULARITY_SOURCE,
  TARGET_LANGUAGE_CODES,
  type Coverage,
  type LanguageCoverage,
  type TargetLanguage,
} from '@reperes/shared';
import { unitStatus } from '@reperes/shared/freshness';
import { TranslationModel, type TranslationDoc } from './translation.model.js';
import { frenchUnitsOf, loadPublicFiches, popularityOf, wordsOf, type PublicFiche } from './units.js';

interface Words {
  total: number;
  upToDate: number;
  outdated: number;
  missing: number;
}

const emptyWords = (): Words => ({ total: 0, upToDate: 0, outdated: 0, missing: 0 });
const share = (w: Words) => {
  const r = (n: number) => (w.total ? Math.round((n / w.total) * 1000) / 1000 : 0);
  return { upToDate: r(w.upToDate), outdated: r(w.outdated), missing: r(w.missing) };
};
const add = (into: Words, from: Words) => {
  into.total += from.total;
  into.upToDate += from.upToDate;
  into.outdated += from.outdated;
  into.missing += from.missing;
};

const LIST = 10;

/**
 * GET /translations/coverage — per language and theme, the share of French words readers get up to date,
 * outdated or missing (in French), the fiches with the most outdated words, and what to translate first: the
 * fiches read most (reader feedback, then the most recent) that still have missing words.
 */
export async function coverage(query: { theme?: string | undefined }): Promise<Coverage> {
  const fiches = await loadPublicFiches(query.theme);
  const ids = fiches.map((f) => f._id);
  const [docs, popularity] = await Promise.all([
    ids.length
      ? TranslationModel.find(
          { ficheId: { $in: ids } },
          {
            ficheId: 1,
            lang: 1,
            unitId: 1,
            'approved.sourceHash': 1,
            'approved.state': 1,
            'working.sourceHash': 1,
            'working.state': 1,
          },
        ).lean<TranslationDoc[]>()
      : [],
    popularityOf(ids),
  ]);
  const byKey = new Map(docs.map((d) => [`${String(d.ficheId)}:${d.lang}:${d.unitId}`, d]));

  const languages: LanguageCoverage[] = TARGET_LANGUAGE_CODES.map((lang: TargetLanguage) => {
    const total = emptyWords();
    const themes = new Map<string, Words>();
    const perFiche: { fiche: PublicFiche; words: Words; since?: Date }[] = [];
    for (const fiche of fiches) {
      const w = emptyWords();
      let since: Date | undefined;
      for (const unit of frenchUnitsOf(fiche)) {
        const n = wordsOf(unit);
        const { freshness } = unitStatus(unit.hash, byKey.get(`${String(fiche._id)}:${lang}:${unit.id}`));
        w.total += n;
        if (freshness === 'up_to_date') w.upToDate += n;
        else if (freshness === 'outdated') {
          w.outdated += n;
          if (!since || unit.changedAt < since) since = unit.changedAt;
        } else w.missing += n;
      }
      add(total, w);
      const c = fiche.published.content;
      for (const theme of new Set(
        [c.mainTheme, ...c.secondaryThemes].filter((t): t is string => Boolean(t)),
      )) {
        const t = themes.get(theme) ?? emptyWords();
        add(t, w);
        themes.set(theme, t);
      }
      perFiche.push({ fiche, words: w, ...(since ? { since } : {}) });
    }
    const pop = (f: PublicFiche) => popularity.get(String(f._id)) ?? 0;
    const entry = (f: PublicFiche, words: number, since?: Date) => ({
      ficheId: String(f._id),
      slug: f.slug,
      title: f.published.content.title,
      words,
      popularity: pop(f),
      ...(since ? { since: since.toISOString() } : {}),
    });
    const mostOutdated = perFiche
      .filter((x) => x.words.outdated > 0)
      .sort(
        (a, b) =>
          b.words.outdated - a.words.outdated ||
          (a.since?.getTime() ?? 0) - (b.since?.getTime() ?? 0) ||
          pop(b.fiche) - pop(a.fiche),
      )
      .slice(0, LIST)
      .map((x) => entry(x.fiche, x.words.outdated, x.since));
    const priorities = perFiche
      .filter((x) => x.words.missing > 0)
      .sort(
        (a, b) =>
          pop(b.fiche) - pop(a.fiche) ||
          b.fiche.published.publishedAt.getTime() - a.fiche.published.publishedAt.getTime() ||
          b.words.missing - a.words.missing,
      )
      .slice(0, LIST)
      .map((x) => entry(x.fiche, x.words.missing));
    return {
      lang,
      words: total,
      share: share(total),
      themes: [...themes]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([theme, words]) => ({ theme, words, share: share(words) })),
      mostOutdated,
      priorities,
    };
  });
  return {
    theme: query.theme ?? null,
    fiches: fiches.length,
    popularitySource: POPULARITY_SOURCE,
    languages,
  };
}
