import { escapeAttribute } from '@reperes/shared/reader-shell';

/**
 * Page snapshots (issue 5, offline paint): once a fiche page is fully drawn, the app keeps what it drew
 * (the markup of #app, the stylesheets it used, its language and title) in Cache Storage, one per path. When
 * that page is opened again, the service worker answers the navigation with the app shell holding that markup,
 * so the fiche is on screen as soon as the HTML is parsed, before the app's code has even loaded. The app then
 * mounts as usual and draws the same page over it, now live (buttons work from then on).
 *
 * A snapshot must never show something the app would not: all of them are dropped when a sync changes
 * stored fiches and when the reader changes language; one taken by another version of the app (another entry
 * script) or in another language than a `?lang=` in the address is not used.
 * The worker also writes the page's stylesheets into it (inlineStylesheets): the first frame then waits for
 * no other file. The app turns them back into links when it starts (restoreStylesheetLinks). The fonts they
 * declare are preloaded (preloadFonts), so that frame draws the text in them rather than in a fallback face,
 * and the app's code is asked for only once that frame is on screen (deferAppCode).
 * This file is shared with the service worker; the page takes snapshots with save-snapshot.ts.
 */

export const hasCaches = () => typeof caches !== 'undefined';

/** Versioned with the snapshot format. */
export const SNAPSHOT_CACHE = 'reperes-page-snapshots-v1';

export interface PageSnapshot {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** `data-text-size` of <html> (the reader's text size), if any. */
  textSize?: string;
  /** Stylesheets the page used (the shell's own are not repeated). */
  styles: string[];
  /** The app's entry script: its name changes with any change to the app's code or styles. */
  entry: string;
  html: string;
}

/** The snapshot kept for `path`, if any. */
export async function readSnapshot(path: string): Promise<PageSnapshot | undefined> {
  if (!hasCaches()) return undefined;
  try {
    const cache = await caches.open(SNAPSHOT_CACHE);
    const response = await cache.match(path);
    return response ? ((await response.json()) as PageSnapshot) : undefined;
  } catch {
    return undefined;
  }
}

/** The fiche frames (fiche-frame.ts), one per language. Versioned with the frame format. */
export const FRAME_CACHE = 'reperes-fiche-frames-v1';

/**
 * Drops every snapshot (stored fiches changed, another language), and with `frames` every fiche frame
 * (another text size: frames hold no fiche and one per language is kept).
 */
export async function dropSnapshots(frames = false): Promise<void> {
  if (!hasCaches()) return;
  try {
    await Promise.all([caches.delete(SNAPSHOT_CACHE), frames ? caches.delete(FRAME_CACHE) : undefined]);
  } catch {
    // Nothing kept, or storage blocked.
  }
}

/** Text for an element's content (a frame's slots too: fiche-frame.ts). */
export const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The app shell (index.html) holding a snapshot: `<html lang dir>`, the title, the page's stylesheets (which
 * the browser loads before painting, so nothing shows unstyled) and the markup inside #app, inert: nothing in
 * it can be focused, clicked or typed into before the app has taken over. Undefined when
 * the snapshot was taken by another version of the app.
 */
export function composeShell(shell: string, snapshot: PageSnapshot): string | undefined {
  if (!snapshot.entry || !shell.includes(`src="${snapshot.entry}"`)) return undefined;
  const links = snapshot.styles
    .filter((href) => /^\/[\w\-./]+\.css$/.test(href) && !shell.includes(`href="${href}"`))
    .map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`)
    .join('');
  const htmlAttributes =
    `lang="${escapeAttribute(snapshot.lang)}" dir="${snapshot.dir === 'rtl' ? 'rtl' : 'ltr'}"` +
    (snapshot.textSize ? ` data-text-size="${escapeAttribute(snapshot.textSize)}"` : '');
  return (
    shell
      .replace(/<html[^>]*>/, `<html ${htmlAttributes}>`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(snapshot.title)}</title>`)
      .replace('</head>', `${links}</head>`)
      // Inert until the app takes over (main.ts): a dead copy of a form must not take what the reader types.
      .replace('<div id="app"></div>', () => `<div id="app" inert>${snapshot.html}</div>`)
  );
}

/** `<link rel="stylesheet">` of our own files, as written by Vite (index.html) and composeShell. */
const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="(\/[\w\-./]+\.css)">/g;

/** The stylesheets linked in the head of `html`. */
export function linkedStylesheets(html: string): string[] {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(STYLESHEET_LINK)].map((match) => match[1]!);
}

/**
 * `html` with the head's stylesheet links found in `texts` (href → CSS) written in as `<style data-href>`
 * elements, in their place (same order, same cascade), and the texts so written. A text that could end
 * its element early is left as a link.
 */
export function inlineStylesheets(
  html: string,
  texts: ReadonlyMap<string, string>,
): { html: string; inlined: string[] } {
  const end = html.indexOf('</head>');
  if (end < 0) return { html, inlined: [] };
  const inlined: string[] = [];
  const head = html.slice(0, end).replace(STYLESHEET_LINK, (link, href: string) => {
    const text = texts.get(href);
    if (text === undefined || /<\/style/i.test(text)) return link;
    inlined.push(text);
    return `<style data-href="${escapeAttribute(href)}">${text}</style>`;
  });
  return { html: head + html.slice(end), inlined };
}

/** `url(/…woff2)` of our own font files in a stylesheet (as Vite writes them). */
const FONT_URL = /url\(["']?(\/[\w\-./]+\.woff2)["']?\)/g;
const FONT_FACE = /@font-face\s*\{[^}]*\}/g;
const UNICODE_RANGE = /unicode-range\s*:\s*([^;}]+)/i;

/** Whether `text` has a character in a `unicode-range` value (`U+122D, U+1200-137F, U+4??`). */
function hasCharacterIn(range: string, text: string): boolean {
  const spans = range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^u\+/i, '').split('-');
    const low = parseInt(from!.replace(/\?/g, '0'), 16);
    const high = parseInt((to ?? from!).replace(/\?/g, 'F'), 16);
    return [low, high] as const;
  });
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (spans.some(([low, high]) => code >= low && code <= high)) return true;
  }
  return false;
}

/**
 * The woff2 files the `@font-face` rules of these stylesheets point to, each once. A face limited to some
 * characters (`unicode-range`) is left out unless `page` has one of them: the browser would not ask for it.
 */
export function stylesheetFonts(texts: Iterable<string>, page: string): string[] {
  const fonts = new Set<string>();
  for (const text of texts)
    for (const [face] of text.matchAll(FONT_FACE)) {
      const range = UNICODE_RANGE.exec(face)?.[1];
      if (range !== undefined && !hasCharacterIn(range, page)) continue;
      for (const match of face.matchAll(FONT_URL)) fonts.add(match[1]!);
    }
  return [...fonts];
}

/**
 * `html` with a `<link rel="preload" as="font">` for each of `fonts`, first in its head (right after the
 * charset). A font is otherwise asked for only once the first layout finds text that needs it: that first
 * frame draws the text in a fallback face (after looking one up), and the page is laid out again, its
 * lines moving, when the file has come. Asked for while the HTML is parsed, it is there for the first layout.
 */
export function preloadFonts(html: string, fonts: readonly string[]): string {
  if (fonts.length === 0) return html;
  const links = fonts
    .map(
      (href) =>
        `<link rel="preload" href="${escapeAttribute(href)}" as="font" type="font/woff2" crossorigin>`,
    )
    .join('');
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return html.slice(0, end) + links + html.slice(end);
  }
  return html.replace(/<head>/i, (head) => head + links);
}

/** A script of the build (a path of ours: nothing that could end the inline script it is written into). */
const OWN_SCRIPT = /^\/[\w\-./]+\.js$/;

/** Vite's entry script and module preloads, as it writes them in index.html. */
const ENTRY_SCRIPT = /<script type="module" crossorigin src="(\/[\w\-./]+\.js)"><\/script>/;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="(\/[\w\-./]+\.js)">/g;

/**
 * `html` with the app's code asked for only once the snapshot's first frame is on screen, and the inline
 * script that asks for it then (to allow by its hash, allowHashes). Asked for from the head, as the shell
 * does, the code came while that frame was laid out and drawn: parsing it (its entry alone is 170 KB, and
 * the browser uses no code cache for modules) took a share of a phone's few cores from that frame and from
 * decoding its fonts. The frame needs none of it: the markup and styles are in the page. The script asks
 * once the browser reports the first paint (a `paint` entry comes once that frame is presented), at once in
 * a page that is not visible (it paints nothing), and after 1 s whatever happens. With the entry, it asks
 * for `pageScripts` (the page's own chunks and its language's messages: first-view hints), which the app
 * would otherwise ask for only once its main script has run. Unchanged, with no script, when the entry
 * script is not found.
 */
export function deferAppCode(
  html: string,
  pageScripts: readonly string[] = [],
): { html: string; script?: string } {
  const entry = ENTRY_SCRIPT.exec(html);
  const end = html.lastIndexOf('</body>');
  if (!entry || end < 0) return { html };
  const preloads = [
    ...new Set([
      ...[...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]!),
      ...pageScripts.filter((href) => OWN_SCRIPT.test(href)),
    ]),
  ];
  const script =
    '(() => {' +
    'let asked = false;' +
    'const ask = () => {' +
    'if (asked) return;' +
    'asked = true;' +
    `for (const href of ${JSON.stringify(preloads)}) {` +
    "const link = document.createElement('link');" +
    "link.rel = 'modulepreload'; link.crossOrigin = ''; link.href = href;" +
    'document.head.append(link);' +
    '}' +
    "const script = document.createElement('script');" +
    `script.type = 'module'; script.crossOrigin = ''; script.src = ${JSON.stringify(entry[1])};` +
    'document.head.append(script);' +
    '};' +
    "if (document.visibilityState !== 'visible' || !PerformanceObserver.supportedEntryTypes.includes('paint')) ask();" +
    'else {' +
    'new PerformanceObserver((list, observer) => { observer.disconnect(); setTimeout(ask); })' +
    ".observe({ type: 'paint', buffered: true });" +
    'setTimeout(ask, 1000);' +
    '}' +
    '})();';
  const rest = html.slice(0, end).replace(entry[0], '').replace(MODULE_PRELOAD, '');
  return { html: `${rest}<script>${script}</script>${html.slice(end)}`, script };
}

/**
 * A Content-Security-Policy that also lets the given inline stylesheets or scripts apply (their
 * `'sha256-…'` sources), and nothing else: each policy of the header gets them in the directive that
 * governs `<style>` (or `<script>`) elements: style-src-elem, else style-src, else one made from
 * default-src. A policy without any of these already allows them.
 */
export function allowHashes(csp: string, kind: 'style' | 'script', hashes: string[]): string {
  if (hashes.length === 0) return csp;
  const sources = hashes.map((hash) => `'sha256-${hash}'`).join(' ');
  return csp
    .split(',')
    .map((policy) => {
      const directives = policy
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean);
      const named = (name: string) => directives.findIndex((d) => d.split(/\s+/)[0]!.toLowerCase() === name);
      const target = [named(`${kind}-src-elem`), named(`${kind}-src`)].find((i) => i >= 0);
      if (target !== undefined) directives[target] = `${directives[target]} ${sources}`;
      else {
        const fallback = named('default-src');
        if (fallback >= 0)
          directives.push(`${kind}-src${directives[fallback]!.slice('default-src'.length)} ${sources}`);
      }
      return directives.join('; ');
    })
    .join(', ');
}
