/**
 * The oldest reader app (shell) this API still serves correctly. Raise it with a change of the public API
 * that older shells cannot handle: they then show the update prompt instead of misreading answers. The
 * API sends it on every response as `X-Reperes-Min-Shell` (apps/web/src/data/http.ts reads it).
 */
export const MIN_READER_SHELL = '0.1.0';
export const MIN_SHELL_HEADER = 'X-Reperes-Min-Shell';

/**
 * The id of the JSON data block holding a fiche in the reader's HTML, read once by the app
 * (apps/web/src/data/first-view.ts). Written by the API on a first visit (apps/api/src/first-view.ts), and
 * by the service worker when it opens a fiche without a snapshot (apps/web/src/sw/sw.ts): then it is the
 * device's copy (`device`), which the app still revalidates with the API.
 */
export const FIRST_VIEW_FICHE_ID = 'first-view-fiche';

/** Where the fiche in the data block comes from: the API (current), or the device (maybe stale). */
export type FirstViewSource = 'network' | 'device';

/** A value for a double-quoted HTML attribute. */
export const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** JSON inside a <script> data block: no `<` at all, so no `</script>` or `<!--` can end or bend it. */
export const jsonForHtml = (json: string) =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The data block holding a fiche (`json`, as the API answers it) in the reader's HTML. */
export const firstViewDataBlock = (json: string, source: FirstViewSource) =>
  `<script type="application/json" id="${FIRST_VIEW_FICHE_ID}" data-source="${source}">${jsonForHtml(json)}</script>`;
