/**
 * The cut of the Ge'ez letters of the languages' own names (styles/fonts/endonyms.css) applies once
 * <html data-endonym-font> is set.
 *
 * On a first visit the attribute is set after the first page is painted: no first paint waits for the cut's
 * request, on a slow network the one that counts most. (Asking for it at the first layout of every visit
 * measured 1 to 4 Lighthouse points lower on every page, but a build that did not change the first visit at
 * all measured up to 2 lower in the same way: on this machine that is within the noise, so the first visit
 * keeps the order that was measured best in session 6.)
 * But then the name is drawn twice, first in the system font and then in the cut, and the names beside it
 * in a fiche's list of languages move under the reader's finger. So a device that has had the cut (the
 * browser and the service worker keep it) sets the attribute before the first layout, and nothing moves.
 */
const STORAGE_KEY = 'reperes.endonymFont';

/** The cut applies from now on, and from the first layout of later visits. */
export function enableEndonymFont(): void {
  document.documentElement.dataset.endonymFont = '';
  try {
    localStorage.setItem(STORAGE_KEY, '1');
  } catch {
    // Unavailable storage: later visits set it after their first paint, as this one did.
  }
}

/** Sets the attribute at once when an earlier visit already had the cut. */
export function applyKnownEndonymFont(): void {
  try {
    if (localStorage.getItem(STORAGE_KEY) === '1') document.documentElement.dataset.endonymFont = '';
  } catch {
    // Unavailable storage: as on a first visit.
  }
}
