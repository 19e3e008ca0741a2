import { decodeEntities, escapeHtml } from './html.js';

/** Link schemes content may use. Anything else (relative, `javascript:`, `data:`, `//host`…) is not a link. */
export const ALLOWED_LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

const ALLOWED_URL = /^(?:https?:\/\/[^/?#\\]|mailto:.|tel:.)/i;
// Control and format characters (C0/C1, DEL, bidi overrides, zero-width…): browsers drop some of them while
// parsing a URL, which is how `java\tscript:` tricks work. A real link never needs them.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/**
 * The value to put in `href="…"` for a markdown link target, or null when it is not an allowed link.
 *
 * `literal` is for autolinks, whose targets marked leaves undecoded. Other targets may hold character
 * references (`javascript&#58;…`): they are decoded first, so the check runs on what the browser would see, and
 * the result is written back fully escaped, so the browser sees exactly what was checked.
 */
export function safeHref(target: string, literal = false): string | null {
  const url = (literal ? target : decodeEntities(target)).trim();
  if (INVISIBLE.test(url) || !ALLOWED_URL.test(url)) return null;
  let encoded: string;
  try {
    // Keep existing %-escapes, encode spaces and non-ASCII (as marked does).
    encoded = encodeURI(url).replace(/%25([\da-fA-F]{2})/g, '%$1');
  } catch {
    return null; // lone surrogate
  }
  return escapeHtml(encoded);
}

/** Whether a link leaves the app for a web page (http/https), as opposed to mailto:/tel:. */
export function isWebUrl(href: string): boolean {
  return /^https?:/i.test(href);
}
