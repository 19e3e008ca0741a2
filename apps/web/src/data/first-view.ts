import type { LanguageCode } from '@reperes/shared/languages';
import { FIRST_VIEW_FICHE_ID } from '@reperes/shared/reader-shell';
import type { ResolvedFiche } from '@reperes/shared/schemas/api';

/**
 * The fiche the server put into this page's HTML on a first visit (apps/api/src/first-view.ts), if it is
 * the one asked for, in the language asked for: no round trip to the API before the page paints. Taken
 * once: the element is removed on the first call, so a later visit to the page in this tab reads the device
 * and the API as usual (the copy in the HTML is only as fresh as the page load).
 */
export function takeFirstViewFiche(slug: string, lang: LanguageCode): ResolvedFiche | undefined {
  const element = document.getElementById(FIRST_VIEW_FICHE_ID);
  if (!element) return undefined;
  element.remove();
  try {
    const fiche = JSON.parse(element.textContent ?? '') as ResolvedFiche;
    return fiche.slug === slug && fiche.lang === lang ? fiche : undefined;
  } catch {
    return undefined;
  }
}
