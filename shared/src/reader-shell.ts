/**
 * The oldest reader app (shell) this API still serves correctly. Raise it with a change of the public API
 * that older shells cannot handle: they then show the update prompt instead of misreading answers. The
 * API sends it on every response as `X-Reperes-Min-Shell` (apps/web/src/data/http.ts reads it).
 */
export const MIN_READER_SHELL = '0.1.0';
export const MIN_SHELL_HEADER = 'X-Reperes-Min-Shell';

/**
 * The id of the JSON data block holding a fiche in the reader's HTML on a first visit: written by the API
 * (apps/api/src/first-view.ts), read once by the app (apps/web/src/data/first-view.ts).
 */
export const FIRST_VIEW_FICHE_ID = 'first-view-fiche';
