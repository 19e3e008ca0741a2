import { CALLOUT_KINDS, type CalloutKind } from './callout.js';
import { escapeHtml } from './html.js';

/** Translated callout titles, one per level, from the UI's message files. */
export type CalloutLabels = Record<CalloutKind, string>;

const CALLOUT_OPENING = new RegExp(`(<div class="callout callout--(${CALLOUT_KINDS.join('|')})"[^>]*>)`, 'g');

/**
 * Adds a translated title to each callout of rendered HTML, as `<p class="callout__title">…</p>` right after
 * the callout's opening tag. The API renders once for every language, so rendered HTML carries no label text;
 * each UI calls this with its own messages before showing the HTML.
 */
export function labelCallouts(html: string, labels: CalloutLabels): string {
  return html.replace(
    CALLOUT_OPENING,
    (opening: string, _tag: string, kind: CalloutKind) =>
      `${opening}\n<p class="callout__title">${escapeHtml(labels[kind])}</p>`,
  );
}
