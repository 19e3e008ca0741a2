// Small HTML string helpers that run unchanged in Node and in browsers (no DOM, no Node APIs).

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Like {@link escapeHtml} but leaves character references (`&eacute;`, `&#8217;`) alone, as marked does for
 * text: the browser (or sanitize-html) decodes them later.
 */
export function escapeHtmlKeepingEntities(text: string): string {
  return text.replace(
    /&(?!#\d{1,7};|#[xX][\da-fA-F]{1,6};|[a-zA-Z][a-zA-Z\d]{1,31};)|[<>"']/g,
    (c) => ESCAPES[c] ?? c,
  );
}

// HTML's Latin-1 names, in code point order from U+00A0: accented letters come from here.
const LATIN_1 = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
  'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring ' +
  'AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml ' +
  'times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil ' +
  'egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ' +
  'ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

// The references contributors plausibly type. Completeness does not matter for safety: link targets are
// validated on the decoded string and written back fully escaped, so the browser sees exactly what was checked.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  sol: '/',
  bsol: '\\',
  lpar: '(',
  rpar: ')',
  period: '.',
  comma: ',',
  semi: ';',
  excl: '!',
  quest: '?',
  num: '#',
  percnt: '%',
  equals: '=',
  plus: '+',
  commat: '@',
  tab: '\t',
  Tab: '\t',
  newline: '\n',
  NewLine: '\n',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  euro: '€',
  bull: '•',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  OElig: 'Œ',
  oelig: 'œ',
  Yuml: 'Ÿ',
  ...Object.fromEntries(LATIN_1.map((name, i) => [name, String.fromCharCode(0xa0 + i)])),
};

// Browsers also accept numeric references without the final semicolon, and a few legacy names without it.
const REFERENCE =
  /&(?:#[xX]0*([\da-fA-F]+);?|#0*(\d+);?|([a-zA-Z][a-zA-Z\d]{1,31});|(amp|lt|gt|quot)(?![a-zA-Z\d;]))/g;

function fromCodePoint(code: number): string {
  // Invalid code points decode to U+FFFD, as in browsers.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Decodes HTML character references (numeric ones and the common named ones). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (match, hex?: string, dec?: string, name?: string, legacy?: string) => {
    if (hex !== undefined) return fromCodePoint(hex.length > 8 ? Infinity : parseInt(hex, 16));
    if (dec !== undefined) return fromCodePoint(dec.length > 9 ? Infinity : parseInt(dec, 10));
    const decoded = NAMED[name ?? legacy ?? ''];
    return decoded ?? match;
  });
}
