import { SOURCE_LANGUAGE, isLanguageCode, type LanguageCode } from './languages.js';
import { escapeAttribute } from './reader-shell.js';

/**
 * What a page of the reader needs before it can paint, named in its HTML's <head> so that the browser asks
 * for it all side by side as soon as the HTML is parsed, instead of learning it step by step (the entry
 * script, once run, asks for the page's code, its messages and the language's font).
 *
 * Two places write the hints, from one table built out of Vite's build manifest:
 * - the API, for a first visit (apps/api/src/first-view.ts: it also puts the fiche into the page);
 * - the service worker, for every later opening of a page that has no snapshot (apps/web/src/sw/sw.ts):
 *   the build writes the table as `first-view.json` (apps/web/build/vite-plugins.ts), which the worker
 *   precaches; offline, this is what a fiche never opened before waits for.
 */

/** The table's file in the reader's build (written by the build, precached by the service worker). */
export const FIRST_VIEW_TABLE_FILE = 'first-view.json';

/** The parts of Vite's build manifest (dist/.vite/manifest.json) read here. */
export interface ViteManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
export type ViteManifest = Record<string, ViteManifestChunk>;

export interface FileHints {
  /** Module scripts: `<link rel="modulepreload">`. */
  scripts: string[];
  /** Stylesheets: `<link rel="preload" as="style">` (the app links them). */
  styles: string[];
  /** Fonts (woff2): `<link rel="preload" as="font">`. */
  fonts: string[];
}

/** The router's lazy pages (apps/web/src/modules/router.ts) by path; home is in the main chunk. */
export const READER_PAGES: readonly { path: RegExp; source: string; fiche?: true }[] = [
  { path: /^\/fiche\/([^/]+)$/, source: 'src/pages/FichePage.vue', fiche: true },
  { path: /^\/fiche\/[^/]+\/bilingual$/, source: 'src/pages/BilingualPage.vue' },
  { path: /^\/theme\/[^/]+$/, source: 'src/pages/ThemePage.vue' },
  { path: /^\/search$/, source: 'src/pages/SearchPage.vue' },
  { path: /^\/saved$/, source: 'src/pages/SavedPage.vue' },
  { path: /^\/offline$/, source: 'src/pages/OfflinePage.vue' },
];

/** What each page and each language needs, as the built files name it. Plain JSON. */
export interface FirstViewTable {
  /** By the `source` of READER_PAGES. */
  pages: Record<string, FileHints>;
  /** A language's message chunks (`shell`, `pages`), and its font's stylesheet and files. */
  languages: Partial<
    Record<LanguageCode, { shell?: string; pages?: string; styles: string[]; fonts: string[] }>
  >;
}

const noHints = (): FileHints => ({ scripts: [], styles: [], fonts: [] });

/**
 * The table for a build. `readAsset` returns the text of a built file (`assets/…css`): the font
 * stylesheets name the languages they style (`:lang()`) and the files they load.
 */
export function firstViewTable(
  manifest: ViteManifest,
  readAsset: (file: string) => string,
  base = '/',
): FirstViewTable {
  const entry = 'index.html';
  const pages: FirstViewTable['pages'] = {};
  for (const { source } of READER_PAGES) {
    // The page's chunk, the chunks it imports (but the entry's own) and their styles.
    const hints = noHints();
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (key === entry || seen.has(key)) return;
      seen.add(key);
      const chunk = manifest[key];
      if (!chunk) return;
      if (chunk.file.endsWith('.js')) hints.scripts.push(base + chunk.file);
      for (const css of chunk.css ?? []) hints.styles.push(base + css);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    visit(source);
    if (seen.has(source) && manifest[source]) pages[source] = hints;
  }
  const languages: FirstViewTable['languages'] = {};
  const language = (code: LanguageCode) => (languages[code] ??= { styles: [], fonts: [] });
  for (const [key, chunk] of Object.entries(manifest)) {
    const messages = /\/locales\/([a-z]{2,3})\.json\?part=(shell|pages)$/.exec(key);
    if (messages && isLanguageCode(messages[1])) {
      language(messages[1])[messages[2] as 'shell' | 'pages'] = base + chunk.file;
      continue;
    }
    if (!/^src\/styles\/fonts\/[\w-]+\.css$/.test(key)) continue;
    const css = readAsset(chunk.file);
    // The app loads every face of the font before showing the language (apps/web/src/modules/i18n.ts).
    const fonts = [...css.matchAll(/url\(["']?([^)"']+\.woff2)["']?\)/g)].map((m) => m[1]!);
    for (const [, code] of css.matchAll(/:lang\(([a-z]{2,3})\)/g)) {
      if (!isLanguageCode(code)) continue;
      language(code).styles.push(base + chunk.file);
      language(code).fonts.push(...fonts);
    }
  }
  return { pages, languages };
}

/** The reader page at `pathname`, if it is one of the lazy pages. */
export function readerPage(pathname: string): (typeof READER_PAGES)[number] | undefined {
  return READER_PAGES.find((p) => p.path.test(pathname));
}

/** What the page at `pathname` needs in `lang` (the language the app will show). */
export function firstViewHints(table: FirstViewTable, pathname: string, lang: LanguageCode): FileHints {
  const page = readerPage(pathname);
  const pageHints = page ? table.pages[page.source] : undefined;
  const hints: FileHints = {
    scripts: [...(pageHints?.scripts ?? [])],
    styles: [...(pageHints?.styles ?? [])],
    fonts: [...(pageHints?.fonts ?? [])],
  };
  const messages = table.languages[lang];
  // French shell messages are in the main chunk; a page beyond home needs the language's page messages.
  if (lang !== SOURCE_LANGUAGE && messages?.shell) hints.scripts.push(messages.shell);
  if (page && messages?.pages) hints.scripts.push(messages.pages);
  hints.styles.push(...(messages?.styles ?? []));
  hints.fonts.push(...(messages?.fonts ?? []));
  return hints;
}

/** The `<link>` tags for `hints`, each file once; empty when there is nothing to hint. */
export function hintLinks(hints: FileHints): string {
  const unique = (list: string[]) => [...new Set(list)];
  return [
    ...unique(hints.styles).map(
      (href) => `<link rel="preload" as="style" crossorigin href="${escapeAttribute(href)}">`,
    ),
    ...unique(hints.fonts).map(
      (href) =>
        `<link rel="preload" as="font" type="font/woff2" crossorigin href="${escapeAttribute(href)}">`,
    ),
    ...unique(hints.scripts).map(
      (href) => `<link rel="modulepreload" crossorigin href="${escapeAttribute(href)}">`,
    ),
  ].join('');
}

/** `html` with `links` at the end of its <head>. */
export const withHintLinks = (html: string, links: string): string =>
  links ? html.replace('</head>', `${links}</head>`) : html;
