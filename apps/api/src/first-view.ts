import fs from 'node:fs';
import path from 'node:path';
import type { Request } from 'express';
import {
  FIRST_VIEW_FICHE_ID,
  SOURCE_LANGUAGE,
  isLanguageCode,
  slugSchema,
  type LanguageCode,
} from '@reperes/shared';
import { getResolvedFiche } from './modules/fiches/fiches.service.js';

/**
 * A reader's first visit on a slow network (issue 4): the HTML of a page names, in its <head>, every file
 * that page will need, and a fiche's page carries the fiche itself.
 *
 * Without this, the browser learns what a page needs one step at a time: the HTML names the main script;
 * the main script, once loaded and run, asks for the page's code, its messages and the language's font;
 * the page's data is asked for after that. Each step is a round trip (150 ms and more on a 4G phone). With
 * the hints, everything loads side by side as soon as the HTML arrives, and the fiche is already there.
 *
 * Only the first visit gains: once the service worker runs, it answers navigations from the device.
 * The language hinted is `?lang=` (the language of a shared link, which the app applies too), else French:
 * what a first visit shows (a later one shows the language chosen on the device, which the server cannot
 * know; but then the service worker answers, or the browser's cache holds the files).
 * A hint the app does not use costs bytes, never correctness: the app reads the fiche in the HTML only if it
 * is the one, in the language, it is showing (apps/web/src/data/first-view.ts).
 */

/** Vite's build manifest (apps/web/dist/.vite/manifest.json), the parts read here. */
interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The router's lazy pages (apps/web/src/modules/router.ts) by path; home is in the main chunk. */
const PAGES: { path: RegExp; source: string; fiche?: true }[] = [
  { path: /^\/fiche\/([^/]+)$/, source: 'src/pages/FichePage.vue', fiche: true },
  { path: /^\/fiche\/[^/]+\/bilingual$/, source: 'src/pages/BilingualPage.vue' },
  { path: /^\/theme\/[^/]+$/, source: 'src/pages/ThemePage.vue' },
  { path: /^\/search$/, source: 'src/pages/SearchPage.vue' },
  { path: /^\/saved$/, source: 'src/pages/SavedPage.vue' },
  { path: /^\/offline$/, source: 'src/pages/OfflinePage.vue' },
];

/** The fiche goes into the HTML only if it is read this fast (it is served from memory once read). */
const FICHE_WAIT_MS = 300;

interface Hints {
  scripts: string[];
  styles: string[];
  fonts: string[];
}

const emptyHints = (): Hints => ({ scripts: [], styles: [], fonts: [] });

/** What a page's chunk needs: the chunk, the chunks it imports (but the entry's own), their styles. */
function chunkHints(manifest: Manifest, key: string, entry: string, base: string, into: Hints): void {
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (k === entry || seen.has(k)) return;
    seen.add(k);
    const chunk = manifest[k];
    if (!chunk) return;
    if (chunk.file.endsWith('.js')) into.scripts.push(base + chunk.file);
    for (const css of chunk.css ?? []) into.styles.push(base + css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
}

/** A language's message chunks, by part (`shell`, `pages`), from the manifest. */
function messageChunks(manifest: Manifest): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    const match = /\/locales\/([a-z]{2,3})\.json\?part=(shell|pages)$/.exec(key);
    if (match) out.set(`${match[1]}:${match[2]}`, chunk.file);
  }
  return out;
}

/** The font stylesheets and the languages each styles (its `:lang()` rules), with the files it loads. */
function fontHints(manifest: Manifest, dist: string, base: string): Map<string, Hints> {
  const out = new Map<string, Hints>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!/^src\/styles\/fonts\/[\w-]+\.css$/.test(key)) continue;
    const css = fs.readFileSync(path.join(dist, chunk.file), 'utf8');
    // The app loads both weights of the face before showing the language (apps/web/src/modules/i18n.ts).
    const fonts = [...css.matchAll(/url\(["']?([^)"']+\.woff2)["']?\)/g)].map((m) => m[1]!);
    for (const [, lang] of css.matchAll(/:lang\(([a-z]{2,3})\)/g)) {
      out.set(lang!, { scripts: [], styles: [base + chunk.file], fonts });
    }
  }
  return out;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** JSON inside a <script> data block: no `<` at all, so no `</script>` or `<!--` can end or bend it. */
export const jsonForHtml = (json: string) =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

function linkTags(hints: Hints): string {
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

async function ficheJson(slug: string, lang: LanguageCode): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const body = await Promise.race([
      getResolvedFiche(slug, lang),
      new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), FICHE_WAIT_MS))),
    ]);
    return body?.json;
  } catch {
    // Not published (the app shows its not-found page) or the database is away: the app asks the API.
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The page for a request to the reader app: the built index.html with the request's hints, or undefined
 * when the build has no manifest (the plain index.html is served then).
 */
export function firstView(
  dist: string,
  base = '/',
): ((req: Request, html: string) => Promise<string>) | undefined {
  const manifestFile = path.join(dist, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  const entry = 'index.html';
  const messages = messageChunks(manifest);
  const fonts = fontHints(manifest, dist, base);

  return async (req, html) => {
    const page = PAGES.find((p) => p.path.test(req.path));
    const asked = req.query.lang;
    // The language the app will show: `?lang=`, else French (a first visit; see above).
    const lang: LanguageCode = isLanguageCode(asked) ? asked : SOURCE_LANGUAGE;
    const hints = emptyHints();
    if (page) chunkHints(manifest, page.source, entry, base, hints);
    const add = (file: string | undefined) => file && hints.scripts.push(base + file);
    // French shell messages are in the main chunk.
    if (lang !== SOURCE_LANGUAGE) add(messages.get(`${lang}:shell`));
    if (page) add(messages.get(`${lang}:pages`));
    const font = fonts.get(lang);
    if (font) {
      hints.styles.push(...font.styles);
      hints.fonts.push(...font.fonts);
    }
    let data = '';
    const slug = page?.fiche ? slugSchema.safeParse(decodeSafely(page.path.exec(req.path)![1]!)) : undefined;
    if (slug?.success) {
      const json = await ficheJson(slug.data, lang);
      if (json)
        data = `<script type="application/json" id="${FIRST_VIEW_FICHE_ID}">${jsonForHtml(json)}</script>`;
    }
    const links = linkTags(hints);
    if (!links && !data) return html;
    return html.replace('</head>', `${links}</head>`).replace('</body>', `${data}</body>`);
  };
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
