// The marked side of the pipeline: tokenizing (shared by rendering and plain-text extraction) and the renderer.
// Sanitizing is in render.ts, so that plain-text extraction (search, word counts, completeness) does not pull
// sanitize-html into a bundle.
import { Lexer, Marked } from 'marked';
import type { MarkedToken, Token, TokensList } from 'marked';
import { parseCalloutMarker, type CalloutKind } from './callout.js';
import { escapeHtml, escapeHtmlKeepingEntities } from './html.js';
import { isWebUrl, safeHref } from './url.js';

/** A blockquote that opened with a callout marker, with the marker removed. */
export interface CalloutToken {
  type: 'callout';
  raw: string;
  kind: CalloutKind;
  tokens: Token[];
}

export type PipelineToken = MarkedToken | CalloutToken;

/** Deeper quotes are flattened to this depth; marked recurses per level and would overflow the stack. */
export const MAX_QUOTE_DEPTH = 16;
const DEEP_QUOTE = new RegExp(`^((?:[ \\t]*>){${MAX_QUOTE_DEPTH}})(?:[ \\t]*>)+`, 'gm');

const HEADING_TAGS: Record<number, string> = { 1: 'h3' };

// Marked as pure so that a bundle which never renders can drop marked, once its bundler is told that marked's
// own module has no side effects (see README, "Speed and size").
export const marked = /* @__PURE__ */ new Marked({
  gfm: true,
  // Contributors type in a plain textarea: a line break they type is a line break they want.
  breaks: true,
  // Contributors never write HTML: `<` is text. Returning undefined (not false) skips marked's HTML
  // tokenizers instead of falling back to them, so `<b>**x**</b>` is escaped text around real bold.
  tokenizer: {
    html: () => undefined,
    tag: () => undefined,
  },
  renderer: {
    // Backstop: no HTML token is produced (see the tokenizer), and any that were would be shown as text.
    html: ({ text }) => escapeHtml(text),
    // The page owns h1/h2 (fiche title, section titles): content headings start at h3.
    heading({ tokens, depth }) {
      const tag = HEADING_TAGS[depth] ?? 'h4';
      return `<${tag}>${this.parser.parseInline(tokens)}</${tag}>\n`;
    },
    code: ({ text }) => `<pre><code>${text ? escapeHtml(text.replace(/\n$/, '')) + '\n' : ''}</code></pre>\n`,
    // Physical alignment would be wrong once the same markdown is shown right to left: cells start-align.
    tablecell({ tokens, header }) {
      const tag = header ? 'th' : 'td';
      return `<${tag}>${this.parser.parseInline(tokens)}</${tag}>\n`;
    },
    // Task-list boxes would be inputs: a task list reads as a plain list.
    checkbox: () => '',
    // No strikethrough in the allow-list: keep the words.
    del({ tokens }) {
      return this.parser.parseInline(tokens);
    },
    // Images are not part of the content model: keep their alternative text only.
    image({ text, tokens }) {
      const alt = tokens ? this.parser.parseInline(tokens, this.parser.textRenderer) : text;
      return escapeHtmlKeepingEntities(alt);
    },
    link({ href, tokens, text, autolink }) {
      const inner = autolink ? escapeHtml(text) : this.parser.parseInline(tokens);
      const safe = safeHref(href, autolink === true);
      if (safe === null) return inner;
      const target = isWebUrl(safe) ? ' target="_blank"' : '';
      return `<a href="${safe}" rel="noopener noreferrer"${target}>${inner}</a>`;
    },
  },
  extensions: [
    {
      name: 'callout',
      renderer(token) {
        const { kind, tokens } = token as CalloutToken;
        return (
          `<div class="callout callout--${kind}" role="note" data-callout="${kind}">\n` +
          `${this.parser.parse(tokens)}</div>\n`
        );
      },
    },
  ],
});

/** Turns blockquotes opening with a callout marker into callout tokens, at any depth. */
function withCallouts(tokens: Token[], links: TokensList['links']): Token[] {
  return tokens.map((token) => {
    const t = token as PipelineToken;
    if (t.type === 'list') {
      for (const item of t.items) item.tokens = withCallouts(item.tokens, links);
      return t;
    }
    if (t.type !== 'blockquote') return t;
    const callout = parseCalloutMarker(t.text);
    if (!callout) {
      t.tokens = withCallouts(t.tokens, links);
      return t;
    }
    // Re-lex the quote without its marker, with the document's link definitions so `[x][ref]` still resolves.
    const lexer = new Lexer(marked.defaults);
    Object.assign(lexer.tokens.links, links);
    const inner = lexer.lex(callout.rest);
    const calloutToken: CalloutToken = {
      type: 'callout',
      raw: t.raw,
      kind: callout.kind,
      tokens: withCallouts(inner, links),
    };
    return calloutToken;
  });
}

/**
 * Tokenizes content markdown the way every consumer must see it (callouts recognised, HTML as text).
 * May throw RangeError on pathological nesting; callers fall back to plain text.
 */
export function lexMarkdown(md: string): Token[] {
  // CommonMark: U+0000 becomes U+FFFD.
  const tokens = marked.lexer(md.replace(/\0/g, '\ufffd').replace(DEEP_QUOTE, '$1'));
  return withCallouts(tokens, tokens.links);
}
