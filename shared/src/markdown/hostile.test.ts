import sanitizeHtml from 'sanitize-html';
import { describe, expect, test } from 'vitest';
import { HOSTILE_CORPUS } from './hostile-corpus.js';
import { ALLOWED_TAGS, renderMarkdown } from './index.js';

interface Element {
  tag: string;
  attributes: Record<string, string>;
}

/** Every element of an HTML string as an HTML parser sees it (htmlparser2, through sanitize-html). */
function parseElements(html: string): Element[] {
  const elements: Element[] = [];
  sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    onOpenTag: (tag, attributes) => elements.push({ tag, attributes: { ...attributes } }),
  });
  return elements;
}

const FORBIDDEN_TAG =
  /<\s*\/?\s*(script|iframe|object|embed|style|form|svg|math|img|base|meta|link|input|noscript)\b/i;
const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'rel', 'target'],
  ol: ['start'],
  div: ['class', 'role', 'data-callout'],
};
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];
// A browser ignores control characters and whitespace in a scheme, and its case.
const schemeOf = (url: string) =>
  /^([^:/?#]*):/.exec(url.replace(/[\p{Cc}\p{Cf}\s]/gu, '').toLowerCase())?.[1];

/** What is wrong with rendered HTML, as readable sentences (empty when it is safe). */
function findViolations(html: string): string[] {
  const found: string[] = [];
  const forbidden = FORBIDDEN_TAG.exec(html);
  if (forbidden) found.push(`raw output contains ${forbidden[0]}`);
  for (const tag of html.match(/<[^>]*>/g) ?? []) {
    if (/\son[a-z]+\s*=/i.test(tag)) found.push(`raw tag with an event handler: ${tag}`);
  }
  for (const { tag, attributes } of parseElements(html)) {
    if (!(ALLOWED_TAGS as readonly string[]).includes(tag)) found.push(`element <${tag}>`);
    for (const [name, value] of Object.entries(attributes)) {
      if (/^on/i.test(name)) found.push(`event handler ${name} on <${tag}>`);
      else if (!(ALLOWED_ATTRIBUTES[tag] ?? []).includes(name)) found.push(`attribute ${name} on <${tag}>`);
      if (
        URL_ATTRIBUTES.includes(name) &&
        !['http', 'https', 'mailto', 'tel'].includes(schemeOf(value) ?? '')
      ) {
        found.push(`URL ${JSON.stringify(value)} in ${name}`);
      }
    }
    if (tag === 'div' && !/^callout callout--(info|important)$/.test(attributes.class ?? '')) {
      found.push(`div that is not a callout: ${JSON.stringify(attributes)}`);
    }
  }
  return found;
}

function linksWithoutNoopener(html: string): Record<string, string>[] {
  return parseElements(html)
    .filter(({ tag, attributes }) => tag === 'a' && attributes.rel !== 'noopener noreferrer')
    .map(({ attributes }) => attributes);
}

const rendered = new Map<string, string>();
const render = (markdown: string) => {
  if (!rendered.has(markdown)) rendered.set(markdown, renderMarkdown(markdown));
  return rendered.get(markdown)!;
};

describe('the hostile corpus', () => {
  test('holds at least 60 inputs with distinct names', () => {
    expect(HOSTILE_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HOSTILE_CORPUS.map((input) => input.name)).size).toBe(HOSTILE_CORPUS.length);
  });

  test('is checked by a detector that notices unsafe HTML', () => {
    expect(findViolations('<p>ok <a href="https://a.fr" rel="noopener noreferrer">a</a></p>')).toEqual([]);
    expect(findViolations('<img src=x onerror=alert(1)>')).toEqual(
      expect.arrayContaining(['raw output contains <img', 'element <img>', 'event handler onerror on <img>']),
    );
    expect(findViolations('<a href="java&#x09;script:alert(1)">x</a>')).toEqual([
      'URL "java\\tscript:alert(1)" in href',
    ]);
    expect(findViolations('<div class="x" style="">x</div>')).toHaveLength(2);
    expect(linksWithoutNoopener('<a href="https://a.fr">a</a>')).toHaveLength(1);
  });
});

describe.each(HOSTILE_CORPUS)('rendering hostile input: $name', ({ markdown }) => {
  test('yields no script, event handler, dangerous URL or element outside the allow-list', () => {
    expect(findViolations(render(markdown))).toEqual([]);
  });

  test('gives every link rel="noopener noreferrer"', () => {
    expect(linksWithoutNoopener(render(markdown))).toEqual([]);
  });
});
