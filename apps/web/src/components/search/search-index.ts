/**
 * The on-device search (issue 4 item 8), loaded as its own chunk by composables/use-search.ts so the home
 * page stays small. MiniSearch over the reader's language AND French at once: people type the French word
 * from the letter they received ("récépissé", "CAF"); a French hit opens the fiche in the reader's language.
 */
import MiniSearch, { type SearchResult as MiniSearchResult } from 'minisearch';
import type { ResolvedFiche, ResolvedItem } from '@reperes/shared/schemas/api';
import type { LanguageCode } from '@reperes/shared/languages';

const READER_FIELDS = ['title', 'summary', 'text'] as const;
const FRENCH_FIELDS = ['titleFr', 'summaryFr', 'textFr'] as const;
type Field = (typeof READER_FIELDS)[number] | (typeof FRENCH_FIELDS)[number];

interface SearchDocument extends Record<Field, string> {
  id: string;
  slug: string;
  type: ResolvedFiche['type'];
  /** Language of `title`/`summary` (French when the header is not translated). */
  titleLang: LanguageCode;
}

export interface SearchHit {
  id: string;
  slug: string;
  type: ResolvedFiche['type'];
  title: string;
  titleLang: LanguageCode;
  summary: string;
  /** Matched only in the French text (the fiche still opens in the reader's language). */
  frenchOnly: boolean;
  /** Where it matched: text around the first matched word, split so the word can be marked. */
  snippet?: { before: string; match: string; after: string; lang: LanguageCode };
}

const MARKS = /\p{M}/gu;

/** One character (or code point) folded: lower case, diacritics and Arabic vowel marks removed, the Arabic and
 * Persian forms of yeh and kaf unified, tatweel dropped. Index and queries are folded the same way. */
function foldChar(c: string): string {
  return c
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[يى]/gu, 'ی')
    .replace(/ك/gu, 'ک')
    .replace(/ـ/gu, '')
    .toLowerCase();
}

export function fold(text: string): string {
  let out = '';
  for (const c of text) out += foldChar(c);
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Plain text of the API's sanitized HTML (no DOM needed: the element set is small and known). */
export function htmlText(html: string): string {
  return html
    .replace(/<\/(p|li|h3|h4|div|tr)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity: string, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*/g, '\n')
    .trim();
}

function items(fiche: ResolvedFiche): ResolvedItem[] {
  const { what, why, how, next } = fiche.sections;
  return [what, ...why, ...how, ...next];
}

function toDocument(fiche: ResolvedFiche): SearchDocument {
  const isFrench = fiche.lang === 'fr';
  const translated = items(fiche).filter((item) => item.lang === fiche.lang);
  const french = isFrench
    ? []
    : items(fiche).map((item) => item.french ?? (item.lang === 'fr' ? item : undefined));
  const text = (list: ({ title: string; html: string } | undefined)[]) =>
    list
      .filter((x) => x !== undefined)
      .map((x) => `${x.title}\n${htmlText(x.html)}`)
      .join('\n');
  const headerTranslated = fiche.header.lang === fiche.lang;
  return {
    id: fiche.id,
    slug: fiche.slug,
    type: fiche.type,
    titleLang: fiche.header.lang,
    title: [fiche.header.title, fiche.brandTitle].filter(Boolean).join(' — '),
    summary: fiche.header.summary,
    text: [text(translated), fiche.sponsor, fiche.administration].filter(Boolean).join('\n'),
    titleFr: isFrench ? '' : (fiche.header.french?.title ?? (headerTranslated ? '' : fiche.header.title)),
    summaryFr: isFrench ? '' : (fiche.header.french?.summary ?? ''),
    textFr: text(french),
  };
}

const SNIPPET_RADIUS = 60;

function snippet(text: string, terms: string[], lang: LanguageCode): SearchHit['snippet'] {
  // Fold character by character, remembering where each folded character came from.
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const c of text) {
    const f = foldChar(c);
    for (let i = 0; i < f.length; i++) origin.push(offset);
    folded += f;
    offset += c.length;
  }
  origin.push(text.length);
  let best: { at: number; length: number } | undefined;
  for (const term of terms) {
    const at = folded.indexOf(term);
    if (at >= 0 && (!best || at < best.at)) best = { at, length: term.length };
  }
  if (!best) return undefined;
  const start = origin[best.at] ?? 0;
  const end = origin[best.at + best.length] ?? text.length;
  const from = Math.max(0, start - SNIPPET_RADIUS);
  const to = Math.min(text.length, end + SNIPPET_RADIUS);
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + clean(text.slice(from, start)).trimStart(),
    match: text.slice(start, end),
    after: clean(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : ''),
    lang,
  };
}

export interface SearchIndex {
  search(query: string): SearchHit[];
  size: number;
}

export function buildIndex(fiches: ResolvedFiche[]): SearchIndex {
  const documents = new Map(fiches.map((f) => [f.id, toDocument(f)]));
  const langOf = new Map(fiches.map((f) => [f.id, f.lang]));
  const index = new MiniSearch<SearchDocument>({
    fields: [...READER_FIELDS, ...FRENCH_FIELDS],
    storeFields: [],
    processTerm: (term) => fold(term) || null,
    searchOptions: {
      boost: { title: 4, titleFr: 4, summary: 2, summaryFr: 2 },
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
    },
  });
  index.addAll([...documents.values()]);

  function toHit(result: MiniSearchResult): SearchHit {
    const doc = documents.get(result.id as string)!;
    const fields = new Set(Object.values(result.match).flat() as Field[]);
    const frenchOnly = !READER_FIELDS.some((f) => fields.has(f));
    // Prefer a snippet from the body (the title is shown anyway), in the language that matched.
    const order: Field[] = frenchOnly ? ['textFr', 'summaryFr', 'titleFr'] : ['text', 'summary', 'title'];
    const field = order.find((f) => fields.has(f));
    const lang: LanguageCode = frenchOnly ? 'fr' : (langOf.get(doc.id) ?? 'fr');
    return {
      id: doc.id,
      slug: doc.slug,
      type: doc.type,
      title: doc.title,
      titleLang: doc.titleLang,
      summary: doc.summary,
      frenchOnly,
      snippet:
        field && field !== 'title' && field !== 'titleFr'
          ? snippet(doc[field], result.terms, field === 'summary' ? doc.titleLang : lang)
          : undefined,
    };
  }

  return {
    size: documents.size,
    search(query) {
      const q = query.trim();
      if (!q) return [];
      let results = index.search(q, { combineWith: 'AND' });
      // Several words and no fiche has them all: show those with some of them.
      if (results.length === 0) results = index.search(q, { combineWith: 'OR' });
      return results.map(toHit);
    },
  };
}
