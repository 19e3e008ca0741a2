import sanitizeHtml from 'sanitize-html';
import { escapeHtml } from './html.js';
import { lexMarkdown, marked } from './pipeline.js';

/** Every element rendered content may contain. */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'ul',
  'ol',
  'li',
  'a',
  'h3',
  'h4',
  'blockquote',
  'code',
  'pre',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'div',
] as const;

const CALLOUT_CLASS = /^callout callout--(info|important)$/;
const WEB_OR_CONTACT_URL = /^(?:https?:\/\/|mailto:|tel:)/i;

// Defence in depth: marked already escapes HTML and filters link targets; this allow-list catches whatever a
// future change to the renderer might let through.
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: { a: ['href', 'rel', 'target'], ol: ['start'], div: ['class', 'role', 'data-callout'] },
  allowedClasses: { div: ['callout', 'callout--info', 'callout--important'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // No style attribute is allowed, so postcss is never called (it would not run in a browser anyway).
  parseStyleAttributes: false,
  transformTags: {
    a(tagName, attribs): sanitizeHtml.Tag {
      const href = attribs.href ?? '';
      // A renamed tag is not in the allow-list: sanitize-html drops it and keeps its content.
      if (!WEB_OR_CONTACT_URL.test(href)) return { tagName: 'removed-a', attribs: {} };
      const forced: sanitizeHtml.Attributes = { href, rel: 'noopener noreferrer' };
      if (/^https?:/i.test(href)) forced.target = '_blank';
      return { tagName, attribs: forced };
    },
    div(_tagName, attribs): sanitizeHtml.Tag {
      const kind = CALLOUT_CLASS.exec(attribs.class ?? '')?.[1];
      if (!kind) return { tagName: 'removed-div', attribs: {} };
      return {
        tagName: 'div',
        attribs: { class: `callout callout--${kind}`, role: 'note', 'data-callout': kind },
      };
    },
  },
};

function plainParagraphs(md: string): string {
  return md
    .replace(/\0/g, '\ufffd')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${block.split('\n').map(escapeHtml).join('<br>')}</p>\n`)
    .join('');
}

/**
 * Renders content markdown to safe HTML: the one pipeline used by the API (pre-rendering), the reader and the
 * back-office preview. GFM with line breaks; HTML in the source is shown as text; headings start at h3;
 * `> [!INFO]` / `> [!IMPORTANT]` blockquotes become callouts; only http(s)/mailto/tel links survive, all with
 * `rel="noopener noreferrer"` and web links with `target="_blank"`; images keep only their alternative text.
 * The result is then run through a strict sanitize-html allow-list. Never throws.
 */
export function renderMarkdown(md: string): string {
  let html: string;
  try {
    html = marked.parser(lexMarkdown(md));
  } catch {
    // Only pathological input gets here (nesting deep enough to exhaust the stack): show it as text.
    html = plainParagraphs(md);
  }
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}
