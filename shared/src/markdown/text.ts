import type { Token } from 'marked';
import { decodeEntities } from './html.js';
import { lexMarkdown, type PipelineToken } from './pipeline.js';

function inlineText(tokens: Token[]): string {
  let out = '';
  for (const token of tokens) {
    const t = token as PipelineToken;
    switch (t.type) {
      case 'text':
        out += t.tokens ? inlineText(t.tokens) : decodeEntities(t.text);
        break;
      case 'escape':
      case 'codespan':
        out += t.text;
        break;
      case 'strong':
      case 'em':
      case 'del':
      case 'image':
        out += inlineText(t.tokens ?? []);
        break;
      case 'link':
        // An autolink's text is its URL: not words a reader reads or searches.
        if (!t.autolink) out += inlineText(t.tokens);
        break;
      case 'br':
        out += '\n';
        break;
      case 'html':
        out += t.text;
        break;
      default:
        break;
    }
  }
  return out;
}

function blockText(tokens: Token[]): string {
  const blocks: string[] = [];
  for (const token of tokens) {
    const t = token as PipelineToken;
    switch (t.type) {
      case 'paragraph':
      case 'heading':
        blocks.push(inlineText(t.tokens));
        break;
      case 'text':
        blocks.push(t.tokens ? inlineText(t.tokens) : decodeEntities(t.text));
        break;
      case 'blockquote':
      case 'callout':
        blocks.push(blockText(t.tokens));
        break;
      case 'list':
        blocks.push(t.items.map((item) => blockText(item.tokens)).join('\n'));
        break;
      case 'code':
        blocks.push(t.text);
        break;
      case 'table':
        blocks.push(
          [t.header, ...t.rows].map((row) => row.map((cell) => inlineText(cell.tokens)).join(' ')).join('\n'),
        );
        break;
      case 'html':
        blocks.push(t.text);
        break;
      default:
        break;
    }
  }
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}

/**
 * The words of content markdown as plain text, for search indexing, word counts and "is this empty?" checks:
 * no markup, callout markers removed, link texts kept, URLs dropped (link targets and autolinked addresses),
 * images reduced to their alternative text. Blocks are separated by blank lines, list items by line breaks;
 * runs of spaces and tabs become one space.
 */
export function markdownToText(md: string): string {
  let text: string;
  try {
    text = blockText(lexMarkdown(md));
  } catch {
    text = md; // pathological nesting (see renderMarkdown): the source is the best text there is
  }
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Whitespace (including no-break and narrow no-break spaces) and Ethiopic punctuation: ፡ wordspace,
// ። full stop, ፣ comma, ፤ semicolon, ፥ colon, ፦ preface colon, ፧ question mark, ፨ paragraph separator.
const WORD_SEPARATORS = /[\s\u1361-\u1368]+/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Counts the words of plain text in any of the reader languages (Latin, Arabic, Cyrillic, Ge'ez scripts).
 * Punctuation standing alone (« », —, the space before « ! » in French) is not a word.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const part of text.split(WORD_SEPARATORS)) if (HAS_LETTER_OR_DIGIT.test(part)) count++;
  return count;
}
