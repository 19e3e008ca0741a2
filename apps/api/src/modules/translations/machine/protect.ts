/**
 * Markdown protection around machine translation (Integreat's lesson: machine translation damages markup).
 *
 * Before translation, markdown becomes a small XML fragment that translation engines handle with their tag
 * modes (DeepL `tag_handling=xml`):
 *
 * - `<n id="k"/>` a line break with the next line's block syntax (quote `>`, callout marker `[!INFO]`, list
 *   bullet or number, heading `#`), or a whole structural line (code fence, rule, table row): opaque, and
 *   sentences never continue across it;
 * - `<x id="k"/>` an inline piece that must not be translated: URLs, e-mail addresses, code, escapes;
 * - `<a id="k">text</a>` a link: its text is translated, its target is a placeholder;
 * - `<b>…</b>`, `<i>…</i>` strong and emphasis, which the engine may move with the words they belong to;
 * - `&amp; &lt; &gt;` escaped text.
 *
 * After translation the fragment is turned back into markdown; then `checkStructure` compares the result with
 * the French: same URLs, same callout markers, same numbers of links and list items. A result that fails is
 * rejected, never stored.
 */
import type { Token } from 'marked';
import { lexMarkdown, type PipelineToken } from '@reperes/shared/markdown/pipeline';

export interface Protected {
  /** What the engine translates. */
  text: string;
  /** Placeholder contents: line structure (`n`), inline pieces (`x`) and link targets (`a`). */
  lines: string[];
  inline: string[];
  links: string[];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Block syntax at the start of a line: indentation, quote markers, one list marker, a heading, then a
// callout marker. Kept verbatim.
const LINE_PREFIX =
  /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?(?:#{1,6}[ \t]+)?(?:\[![A-Za-z]{1,20}\][ \t]*)?/;
const RULE = /^[ \t]*(?:>[ \t]?)*[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-{1,}:?[ \t]*(?:\|[ \t]*:?-{1,}:?[ \t]*)+\|?[ \t]*$/;

// Inline pieces, in priority order at each position (a regex alternation tries them left to right).
const INLINE = new RegExp(
  [
    /(?<code>`+)[^`]*?\k<code>/.source,
    /(?<escape>\\[\\`*_{}[\]()#+\-.!|>~<])/.source,
    /\[(?<linkText>[^\]\n]*)\](?<linkTarget>\((?:<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?[ \t]*\))/
      .source,
    /(?<autolink><(?:https?:\/\/|mailto:|tel:)[^\s<>]+>|<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>)/.source,
    /(?<url>(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'")\]*_])/.source,
    /(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/.source,
    /\*\*(?<strong>(?=\S)[^\n]*?\S)\*\*/.source,
    /__(?<strong2>(?=\S)[^\n]*?\S)__/.source,
    /\*(?<em>(?=[^\s*])[^\n*]*?[^\s*])\*/.source,
    /(?<![\p{L}\p{N}])_(?<em2>(?=[^\s_])[^\n_]*?[^\s_])_(?![\p{L}\p{N}])/u.source,
    /(?<pipe>\|)/.source,
  ].join('|'),
  'gu',
);

function protectInline(s: string, p: Protected): string {
  let out = '';
  let last = 0;
  // A fresh regex per call: protectInline recurses into link texts and emphasis.
  const re = new RegExp(INLINE.source, INLINE.flags);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out += escapeXml(s.slice(last, m.index));
    last = m.index + m[0].length;
    const g = m.groups ?? {};
    if (g.linkTarget !== undefined) {
      p.links.push(g.linkTarget);
      out += `<a id="${p.links.length - 1}">${protectInline(g.linkText ?? '', p)}</a>`;
    } else if (g.strong !== undefined || g.strong2 !== undefined) {
      out += `<b>${protectInline(g.strong ?? g.strong2 ?? '', p)}</b>`;
    } else if (g.em !== undefined || g.em2 !== undefined) {
      out += `<i>${protectInline(g.em ?? g.em2 ?? '', p)}</i>`;
    } else {
      p.inline.push(m[0]);
      out += `<x id="${p.inline.length - 1}"/>`;
    }
  }
  return out + escapeXml(s.slice(last));
}

/** Markdown → the XML fragment a translation engine receives (see the module comment). */
export function protectMarkdown(md: string): Protected {
  const p: Protected = { text: '', lines: [], inline: [], links: [] };
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  let pending = '';
  let fence: string | null = null;
  let out = '';
  const flush = () => {
    if (!pending) return;
    p.lines.push(pending);
    out += `<n id="${p.lines.length - 1}"/>`;
    pending = '';
  };
  lines.forEach((line, i) => {
    if (i > 0) pending += '\n';
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      pending += line; // code is never translated
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      pending += line;
      return;
    }
    if (RULE.test(line) || TABLE_DELIMITER.test(line)) {
      pending += line;
      return;
    }
    const prefix = LINE_PREFIX.exec(line)?.[0] ?? '';
    const rest = line.slice(prefix.length);
    pending += prefix;
    if (rest.trim() === '') {
      pending += rest;
      return;
    }
    flush();
    out += protectInline(rest, p);
  });
  flush();
  p.text = out;
  return p;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(name: string): string | null {
  if (name in ENTITY) return ENTITY[name]!;
  const num = /^#(?:x([0-9a-f]{1,6})|(\d{1,7}))$/i.exec(name);
  if (!num) return null;
  const code = num[1] ? parseInt(num[1], 16) : Number(num[2]);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

type Piece = { kind: 'text'; text: string } | { kind: 'open' | 'close'; mark: string; link?: number };

// Tags as engines give them back: `<x id="1"/>`, `<x id='1'></x>`, `<b>`, `</a>`… and entities.
const TAG = /<(\/?)([a-z]+)((?:\s+[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|&([a-z]+|#\d+|#x[0-9a-f]+);/gi;

/**
 * The engine's XML fragment → markdown. Every placeholder must come back exactly once and tags must nest;
 * otherwise the problems are listed and the text must not be used.
 */
export function restoreMarkdown(translated: string, p: Protected): { markdown: string; problems: string[] } {
  const problems: string[] = [];
  const pieces: Piece[] = [];
  const used = { n: new Set<number>(), x: new Set<number>(), a: new Set<number>() };
  // A bare URL or address is a GFM autolink that runs until the next space: text the engine glued to it
  // (Arabic punctuation, a word) would become part of the URL. Such text gets a space in front.
  let afterBareUrl = false;
  const pushText = (text: string) => {
    if (afterBareUrl && text) {
      if (!/^[\s.,:;!?)\]}'"]/.test(text)) text = ` ${text}`;
      afterBareUrl = false;
    }
    const last = pieces[pieces.length - 1];
    if (last?.kind === 'text') last.text += text;
    else pieces.push({ kind: 'text', text });
  };
  const stack: { name: string; link?: number }[] = [];
  let last = 0;
  const re = new RegExp(TAG.source, TAG.flags);
  for (let m = re.exec(translated); m; m = re.exec(translated)) {
    pushText(translated.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[5] !== undefined) {
      const ch = decodeEntity(m[5].toLowerCase());
      if (ch === null) problems.push(`unknown entity &${m[5]};`);
      else pushText(ch);
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    const idMatch = /\bid\s*=\s*["'](\d+)["']/i.exec(m[3] ?? '');
    const id = idMatch ? Number(idMatch[1]) : undefined;
    const selfClosing = m[4] === '/';
    if (name === 'n' || name === 'x') {
      if (closing) continue; // `<x id="1"></x>`: the closing half carries nothing
      const list = name === 'n' ? p.lines : p.inline;
      const seen = used[name];
      if (id === undefined || id >= list.length) problems.push(`unknown placeholder <${name}>`);
      else if (seen.has(id)) problems.push(`placeholder ${name}${id} repeated`);
      else {
        seen.add(id);
        pushText(list[id]!);
        afterBareUrl = name === 'x' && /^(?:https?:\/\/|www\.|[\w.+-]+@)/.test(list[id]!);
      }
      continue;
    }
    afterBareUrl = false;
    if (name === 'b' || name === 'i' || name === 'a') {
      if (selfClosing) {
        problems.push(`empty <${name}/>`);
        continue;
      }
      if (!closing) {
        if (name === 'a') {
          if (id === undefined || id >= p.links.length) {
            problems.push('unknown link');
            continue;
          }
          if (used.a.has(id)) problems.push(`link ${id} repeated`);
          used.a.add(id);
        }
        stack.push({ name, ...(name === 'a' && id !== undefined ? { link: id } : {}) });
        pieces.push({ kind: 'open', mark: name, ...(id !== undefined && name === 'a' ? { link: id } : {}) });
      } else {
        const top = stack.pop();
        if (!top || top.name !== name) {
          problems.push(`</${name}> does not close the open tag`);
          continue;
        }
        pieces.push({ kind: 'close', mark: name, ...(top.link !== undefined ? { link: top.link } : {}) });
      }
      continue;
    }
    problems.push(`unexpected tag <${closing ? '/' : ''}${name}>`);
  }
  pushText(translated.slice(last));
  if (stack.length) problems.push(`unclosed <${stack.map((s) => s.name).join('>, <')}>`);
  for (const [name, list] of [
    ['n', p.lines],
    ['x', p.inline],
    ['a', p.links],
  ] as const) {
    for (let i = 0; i < list.length; i++) {
      if (!used[name].has(i)) {
        problems.push(
          name === 'a'
            ? `link to ${p.links[i]!.slice(1, -1)} lost`
            : name === 'x'
              ? `"${list[i]}" lost`
              : 'a line break or list/callout marker lost',
        );
      }
    }
  }
  return { markdown: serialize(pieces, p), problems };
}

const MARKS: Record<string, string> = { b: '**', i: '*' };

/** Emphasis markers must touch the words: spaces the engine put inside the tags move outside. */
function serialize(pieces: Piece[], p: Protected): string {
  const text = (i: number) => {
    const piece = pieces[i];
    return piece?.kind === 'text' ? piece : undefined;
  };
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.kind === 'open') {
      const next = text(i + 1);
      const lead = next ? /^[ \t]+/.exec(next.text)?.[0] : undefined;
      if (next && lead) {
        next.text = next.text.slice(lead.length);
        const prev = text(i - 1);
        if (prev) prev.text += lead;
        else {
          pieces.splice(i, 0, { kind: 'text', text: lead });
          i++;
        }
      }
    } else if (piece.kind === 'close') {
      const prev = text(i - 1);
      const trail = prev ? /[ \t]+$/.exec(prev.text)?.[0] : undefined;
      if (prev && trail) {
        prev.text = prev.text.slice(0, -trail.length);
        const next = text(i + 1);
        if (next) next.text = trail + next.text;
        else pieces.splice(i + 1, 0, { kind: 'text', text: trail });
      }
    }
  }
  return pieces
    .map((piece) => {
      if (piece.kind === 'text') return piece.text;
      if (piece.mark === 'a') return piece.kind === 'open' ? '[' : `]${p.links[piece.link ?? -1] ?? '()'}`;
      return MARKS[piece.mark] ?? '';
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------------------
// Structure check on the result, independent of the protection above

export interface Structure {
  urls: string[];
  links: number;
  callouts: string[];
  listItems: number;
}

function walk(tokens: Token[], s: Structure): void {
  for (const token of tokens) {
    const t = token as PipelineToken & { tokens?: Token[]; items?: { tokens: Token[] }[] };
    if (t.type === 'link') {
      s.links += 1;
      s.urls.push(t.href);
    } else if (t.type === 'callout') {
      s.callouts.push(t.kind);
    } else if (t.type === 'list') {
      s.listItems += t.items.length;
      for (const item of t.items) walk(item.tokens, s);
      continue;
    } else if (t.type === 'table') {
      for (const row of [t.header, ...t.rows]) for (const cell of row) walk(cell.tokens, s);
      continue;
    }
    if (t.tokens) walk(t.tokens, s);
  }
}

/** URLs (link targets and autolinked addresses), links, callout kinds in order, list items. */
export function structureOf(md: string): Structure {
  const s: Structure = { urls: [], links: 0, callouts: [], listItems: 0 };
  try {
    walk(lexMarkdown(md), s);
  } catch {
    // Pathological nesting: compared as empty on both sides.
  }
  return s;
}

const sorted = (xs: string[]) => [...xs].sort();

/** What a translation lost or added compared with the French (empty: same structure). */
export function checkStructure(french: string, translated: string): string[] {
  const a = structureOf(french);
  const b = structureOf(translated);
  const problems: string[] = [];
  const fa = sorted(a.urls);
  const fb = sorted(b.urls);
  if (fa.join('\n') !== fb.join('\n')) {
    const missing = fa.filter((u) => !fb.includes(u));
    const added = fb.filter((u) => !fa.includes(u));
    problems.push(
      `URLs differ${missing.length ? `; lost: ${missing.join(', ')}` : ''}${added.length ? `; new: ${added.join(', ')}` : ''}`,
    );
  }
  if (a.links !== b.links) problems.push(`${a.links} links in French, ${b.links} in the translation`);
  if (a.callouts.join() !== b.callouts.join()) {
    problems.push(
      `callouts differ: [${a.callouts.join(', ')}] in French, [${b.callouts.join(', ')}] translated`,
    );
  }
  if (a.listItems !== b.listItems) {
    problems.push(`${a.listItems} list items in French, ${b.listItems} in the translation`);
  }
  return problems;
}
