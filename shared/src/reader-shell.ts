/**
 * The oldest reader app (shell) this API still serves correctly. Raise it with a change of the public API
 * that older shells cannot handle: they then show the update prompt instead of misreading answers. The
 * API sends it on every response as `X-Reperes-Min-Shell` (apps/web/src/data/http.ts reads it).
 */
export const MIN_READER_SHELL = '0.1.0';
export const MIN_SHELL_HEADER = 'X-Reperes-Min-Shell';
