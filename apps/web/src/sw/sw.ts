/// <reference lib="webworker" />
import { cacheNames, clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  getCacheKeyForURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { RouteHandlerCallbackOptions } from 'workbox-core/types';
import {
  FIRST_VIEW_TABLE_FILE,
  firstViewHints,
  hintLinks,
  type FileHints,
  readerPage,
  withHintLinks,
  type FirstViewTable,
} from '@reperes/shared/first-view-hints';
import { SOURCE_LANGUAGE, isLanguageCode, type LanguageCode } from '@reperes/shared/languages';
import { firstViewDataBlock } from '@reperes/shared/reader-shell';
import type { ResolvedFiche } from '@reperes/shared/schemas/api';
import { composeFicheFrame, readFicheFrame } from '../data/fiche-frame';
import {
  allowHashes,
  composeShell,
  deferAppCode,
  inlineStylesheets,
  linkedStylesheets,
  preloadFonts,
  readSnapshot,
  stylesheetFonts,
  type PageSnapshot,
} from '../data/snapshots';
import { WORKER_LANGUAGE_MESSAGE, keepWorkerLanguage, workerLanguage } from '../data/worker-language';
import { getFicheBySlug } from '../store/fiches';
import { OUTBOX_SYNC_TAG, flushOutbox } from '../store/outbox';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

/** Background Sync (Chromium): not in TypeScript's WebWorker lib. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}

/** The reader's language (data/worker-language.ts), as this worker last read or was told it. */
let readerLanguage: Promise<LanguageCode | undefined> | undefined;

// The update prompt (ReloadPrompt.vue) asks a waiting worker to take over; the app tells the reader's
// language (modules/i18n.ts), of which the worker keeps a copy for the pages it opens.
self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; code?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  else if (data?.type === WORKER_LANGUAGE_MESSAGE && isLanguageCode(data.code)) {
    readerLanguage = Promise.resolve(data.code);
    event.waitUntil(keepWorkerLanguage(data.code));
  }
});

/** Static routing (Chromium 123+): rules the browser applies itself, without running this worker. */
interface RouterRule {
  condition: { urlPattern?: string; requestMethod?: string };
  source: 'network' | { cacheName: string };
}
type InstallEventWithRoutes = ExtendableEvent & { addRoutes?: (rules: RouterRule[]) => Promise<void> };

// The app's built files (hashed names, all precached) come from the precache, and the API from the
// network, without this worker: a page's requests no longer queue on its one thread, nor wake it. A file
// missing from the precache goes to the network, as through the fetch handler below, which stays for the
// browsers without these routes and for the rest (icons, the manifest).
self.addEventListener('install', (event) => {
  void (event as InstallEventWithRoutes)
    .addRoutes?.([
      {
        condition: { urlPattern: '/assets/*', requestMethod: 'GET' },
        source: { cacheName: cacheNames.precache },
      },
      { condition: { urlPattern: '/api/*' }, source: 'network' },
    ])
    .catch(() => undefined);
});

// A precached file (script, stylesheet, font, icon) is answered straight from the precache, before
// workbox's router sees the request. The requests of a page queue on this worker's one thread; through
// workbox's route and strategy each took 4–8 ms of it in a trace (a dozen promise steps, and the body sent
// as a stream the thread pumps), here about 1 ms (the cached response handed over as it is).
let precache: Promise<Cache> | undefined;
const openPrecache = () => (precache ??= caches.open(cacheNames.precache));
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.mode === 'navigate') return;
  const key = getCacheKeyForURL(request.url);
  if (!key) return;
  event.stopImmediatePropagation();
  event.respondWith(
    openPrecache()
      .then((cache) => cache.match(key))
      .then((response) => response ?? fetch(request)),
  );
});
// The app shell, every page chunk, every UI language and the fonts of every script (vite.config.ts
// globPatterns): a first visit online is enough for the whole app to open offline, in any language.
precacheAndRoute(self.__WB_MANIFEST);
// Caches of older workbox versions; our precache itself drops entries a new deployment no longer lists.
cleanupOutdatedCaches();

// Any page of the reader opens from the cached shell. The API and the back-office (another app under
// this worker's scope) always go to the network; the data layer keeps API data in IndexedDB.
// A fiche page the reader has opened before comes with what it showed then (data/snapshots.ts): it is on
// screen as soon as the HTML is parsed, and the app takes over when its code has loaded.
const shell = createHandlerBoundToURL('index.html');

const toBase64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

const sha256 = async (text: string) =>
  toBase64(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

/**
 * The snapshot page with its stylesheets written in from the precache, its fonts preloaded, the app's code
 * asked for once its first frame is on screen (data/snapshots.ts), and a CSP that allows exactly those
 * inline stylesheets and that script (their hashes). Parsed, the page can be drawn at once: no stylesheet
 * request has to go out, come to this worker and back before the first frame. The fonts those stylesheets
 * declare are asked for while the page is parsed (preloadFonts), not when the first layout finds text that
 * needs them: they come from the precache in time for that layout, which draws the text in them once,
 * instead of in a fallback face first (then the lines move when the fonts come). As it was when something
 * is missing.
 */
async function snapshotPage(composed: string, headers: Headers, pageScripts: string[]): Promise<string> {
  const cache = await openPrecache();
  const texts = new Map<string, string>();
  await Promise.all(
    linkedStylesheets(composed).map(async (href) => {
      const key = getCacheKeyForURL(new URL(href, self.location.href).href);
      const cached = key ? await cache.match(key) : undefined;
      if (cached?.ok) texts.set(href, await cached.text());
    }),
  );
  const deferred = deferAppCode(composed, pageScripts);
  const page = inlineStylesheets(deferred.html, texts);
  const csp = headers.get('content-security-policy');
  if (csp) {
    const styles = await Promise.all(page.inlined.map(sha256));
    const scripts = deferred.script ? [await sha256(deferred.script)] : [];
    headers.set('content-security-policy', allowHashes(allowHashes(csp, 'style', styles), 'script', scripts));
  }
  return preloadFonts(page.html, stylesheetFonts(page.inlined, page.html));
}

// What each page and language needs before it paints (@reperes/shared/first-view-hints), from the build.
let table: Promise<FirstViewTable | undefined> | undefined;
const firstViewTable = () =>
  (table ??= (async () => {
    const key = getCacheKeyForURL(new URL(FIRST_VIEW_TABLE_FILE, self.location.href).href);
    const cached = key ? await (await openPrecache()).match(key) : undefined;
    return cached?.ok ? ((await cached.json()) as FirstViewTable) : undefined;
  })().catch(() => undefined));

/**
 * The language the app will show on the page at `url`: `?lang=`, else the reader's choice
 * (data/worker-language.ts), else French, as on a first visit.
 */
async function pageLanguage(url: URL): Promise<LanguageCode> {
  const asked = url.searchParams.get('lang');
  if (isLanguageCode(asked)) return asked;
  // Read once per start of this worker (it is stopped when idle), then kept up to date by the app's messages.
  readerLanguage ??= workerLanguage();
  return (await readerLanguage) ?? SOURCE_LANGUAGE;
}

/**
 * What the page at `url` needs in `lang`: the page's code and styles, the language's messages and font.
 * Named in the shell (hintLinks), the browser asks for them while it is parsed, side by side with the
 * app's main script, instead of once that script has run: offline, the opening of a fiche without a
 * snapshot waited for them after the main script's compilation. A page drawn from a snapshot or a frame
 * asks for its scripts with the app's code, once it is painted (deferAppCode).
 */
async function pageFiles(url: URL, lang: Promise<LanguageCode>): Promise<FileHints | undefined> {
  const [table, code] = await Promise.all([firstViewTable(), lang]);
  return table ? firstViewHints(table, url.pathname, code) : undefined;
}

/** How long the page waits for the device's copy of its fiche (the app's code waits for the whole page). */
const FICHE_READ_MS = 60;

/**
 * The device's copy of the fiche at `url`, in `lang` (what the app would read first), or undefined. Read
 * here, while the app's main script loads and compiles, rather than by the app once it runs.
 */
async function deviceFiche(url: URL, lang: Promise<LanguageCode>): Promise<ResolvedFiche | undefined> {
  const page = readerPage(url.pathname);
  const slug = page?.fiche ? page.path.exec(url.pathname)?.[1] : undefined;
  if (!slug) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const doc = await Promise.race([
      (async () => getFicheBySlug(await lang, decodeURIComponent(slug)))(),
      new Promise<undefined>((resolve) => (timer = setTimeout(resolve, FICHE_READ_MS, undefined))),
    ]);
    return doc;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** The status and headers of `response` for a new body in its place (its length no longer holds). */
function initFor(response: Response): ResponseInit & { headers: Headers } {
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return { status: response.status, statusText: response.statusText, headers };
}

/** The device's copy of a fiche as the first-view data block the app takes it from (data/first-view.ts). */
const deviceBlock = (fiche: ResolvedFiche | undefined) =>
  fiche ? firstViewDataBlock(JSON.stringify(fiche), 'device') : '';

/**
 * `response` (the shell) with `links` in its head and, for a fiche, the device's copy of it in a data block
 * (FIRST_VIEW_FICHE_ID, data/first-view.ts), which the app then takes instead of reading IndexedDB itself.
 * The head goes out at once: the browser parses it, and asks for the files it names, while the copy is read.
 */
async function withFirstView(
  response: Response,
  links: string,
  fiche: Promise<ResolvedFiche | undefined>,
): Promise<Response> {
  const init = initFor(response);
  const html = withHintLinks(await response.text(), links);
  const end = html.lastIndexOf('</body>');
  if (end < 0) return new Response(html, init);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(html.slice(0, end)));
      controller.enqueue(encoder.encode(deviceBlock(await fiche) + html.slice(end)));
      controller.close();
    },
  });
  return new Response(body, init);
}

/**
 * `response` (the shell) holding `snapshot`, drawn at once (snapshotPage), with `block` at the end of its
 * body; undefined when the snapshot was taken by another version of the app.
 */
async function snapshotResponse(
  response: Response,
  snapshot: PageSnapshot,
  files: Promise<FileHints | undefined>,
  block = '',
): Promise<Response | undefined> {
  const composed = composeShell(await response.clone().text(), snapshot);
  if (composed === undefined) return undefined;
  const init = initFor(response);
  const page = await snapshotPage(composed, init.headers, (await files)?.scripts ?? []);
  const end = page.lastIndexOf('</body>');
  return new Response(block && end >= 0 ? page.slice(0, end) + block + page.slice(end) : page, init);
}

/**
 * A fiche the device holds but has not shown (no snapshot of its page): its language's frame filled with
 * it (data/fiche-frame.ts), drawn at once like a snapshot, with the copy for the app to take. Undefined
 * without a frame or a copy, or when the frame does not fit the fiche.
 */
async function framedResponse(
  response: Response,
  lang: Promise<LanguageCode>,
  fiche: Promise<ResolvedFiche | undefined>,
  files: Promise<FileHints | undefined>,
): Promise<Response | undefined> {
  // Without a frame, the shell goes out at once (withFirstView), not after the copy is read.
  const frame = await readFicheFrame(await lang);
  const doc = frame && (await fiche);
  const snapshot = frame && doc ? composeFicheFrame(frame, doc) : undefined;
  return snapshot && snapshotResponse(response, snapshot, files, deviceBlock(doc));
}

async function openPage(options: RouteHandlerCallbackOptions): Promise<Response> {
  const url = options.url;
  // Read side by side with the shell; used only without a snapshot (whose page asks for the app's code
  // once it is painted).
  const lang = pageLanguage(url).catch((): LanguageCode => SOURCE_LANGUAGE);
  const files = pageFiles(url, lang).catch(() => undefined);
  const fichePage = readerPage(url.pathname)?.fiche === true;
  const [response, snapshot] = await Promise.all([
    shell(options),
    fichePage ? readSnapshot(url.pathname) : undefined,
  ]);
  if (!response.ok) return response;
  const asked = url.searchParams.get('lang');
  const reopened =
    snapshot && !(asked && asked !== snapshot.lang) && (await snapshotResponse(response, snapshot, files));
  if (reopened) return reopened;
  const fiche = deviceFiche(url, lang);
  const framed = fichePage
    ? await framedResponse(response, lang, fiche, files).catch(() => undefined)
    : undefined;
  if (framed) return framed;
  const hints = await files;
  return withFirstView(response, hints ? hintLinks(hints) : '', fiche);
}
registerRoute(new NavigationRoute(openPage, { denylist: [/^\/api\//, /^\/admin(\/|$)/] }));

// Reports queued offline (store/outbox.ts) leave when the browser sees the connection back, even if the
// app is closed by then. A failure rejects, so the browser retries later; the page flushes on start too.
self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== OUTBOX_SYNC_TAG) return;
  sync.waitUntil(
    flushOutbox().then((result) => {
      if (result.left > 0) throw new Error(`${result.left} report(s) still queued`);
    }),
  );
});

// A first install controls the open page at once; updates wait for SKIP_WAITING.
clientsClaim();
