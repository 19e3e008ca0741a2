import type { LanguageCode } from '@reperes/shared/languages';
import { FIRST_VIEW_FICHE_ID, type FirstViewSource } from '@reperes/shared/reader-shell';
import type { ResolvedFiche } from '@reperes/shared/schemas/api';

/**
 * The fiche put into this page's HTML, if it is the one asked for, in the language asked for: by the server
 * on a first visit (apps/api/src/first-view.ts: current, no round trip to the API before the page paints),
 * or by the service worker from the device (sw/sw.ts: the copy IndexedDB holds, read while the app's code
 * loaded, which the app revalidates as any copy read from the device). Taken once: the element is removed
 * on the first call, so a later visit to the page in this tab reads the device and the API as usual (the
 * copy in the HTML is only as fresh as the page load).
 */
export function takeFirstViewFiche(
  slug: string,
  lang: LanguageCode,
): { fiche: ResolvedFiche; source: FirstViewSource } | undefined {
  const element = document.getElementById(FIRST_VIEW_FICHE_ID);
  if (!element) return undefined;
  element.remove();
  try {
    const fiche = JSON.parse(element.textContent ?? '') as ResolvedFiche;
    const source: FirstViewSource = element.dataset.source === 'device' ? 'device' : 'network';
    return fiche.slug === slug && fiche.lang === lang ? { fiche, source } : undefined;
  } catch {
    return undefined;
  }
}
