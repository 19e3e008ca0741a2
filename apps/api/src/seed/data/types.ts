import type { FicheContentInput, Theme } from '@reperes/shared';

export type { Theme };

export type UnitTexts = { title: string; body: string };

/** A translation of one unit. `outdatedFrom` = the OLDER French text the translation was made from (so the loader
 *  stamps it with that older hash and the translation shows as outdated); omit it for an up-to-date translation. */
export type SeedTranslation = UnitTexts & { outdatedFrom?: UnitTexts };

export type SeedLanguage = 'en' | 'ar' | 'fa' | 'ps' | 'ru' | 'uk' | 'ti';

export interface SeedFiche {
  slug: string; // lower-case-with-dashes, French, e.g. 'demander-l-asile'
  content: FicheContentInput; // the French content, must pass ficheContentSchema and be COMPLETE per domain.md
  /** unit id → translation. Unit ids: 'header' (title = the fiche's informative title, body = the summary),
   *  and every section item id (sections.what.id, why[].id, how[].id, next[].id). */
  translations: Partial<Record<SeedLanguage, Record<string, SeedTranslation>>>;
  /** Days before "now" this fiche was last published (to spread "recently updated"; some > 180 for stale). */
  publishedDaysAgo: number;
}
