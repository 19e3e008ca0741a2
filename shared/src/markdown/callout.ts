/** The two callout levels contributors can use. */
export const CALLOUT_KINDS = ['info', 'important'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

/** Marker words (case-insensitive) → level. `INFORMATION` and `ATTENTION` are the French spellings. */
const MARKER_WORDS: Record<string, CalloutKind> = {
  info: 'info',
  information: 'info',
  important: 'important',
  attention: 'important',
};

const MARKER = /^[ \t]*\[!([a-zA-Z]{1,20})\][ \t]*(?:\n|$)?/;

/**
 * Reads the callout marker opening a blockquote's text (`[!INFO]`, `[!important]`…) and returns the level and
 * the markdown after the marker, or null when the blockquote is a plain quote.
 */
export function parseCalloutMarker(blockquoteText: string): { kind: CalloutKind; rest: string } | null {
  const match = MARKER.exec(blockquoteText);
  const kind = match && MARKER_WORDS[match[1]!.toLowerCase()];
  if (!match || !kind) return null;
  return { kind, rest: blockquoteText.slice(match[0].length) };
}
