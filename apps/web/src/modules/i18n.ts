import type { App } from 'vue';
import { computed, markRaw, ref, toRaw } from 'vue';
import { createI18n } from 'vue-i18n';
import type frFile from '@locales/fr.json';
import { dropSnapshots } from '../data/snapshots';
import { WORKER_LANGUAGE_MESSAGE } from '../data/worker-language';
import { LANGUAGES, SOURCE_LANGUAGE, getLanguage, isLanguageCode, type LanguageCode } from '../languages';

type Messages = Omit<typeof frFile, 'admin'>;

const STORAGE_KEY = 'reperes.language';

/**
 * UI messages come in two parts per language (build/message-parts.ts): the `shell` (layout and home page,
 * in the first view) and the `pages` part, loaded by the router before the pages that need it (route meta
 * `pageMessages`). The French shell ships in the main chunk (the extra `main` query keeps it apart from the
 * lazy French shell, which is never loaded); everything else is fetched on first use and precached by the
 * worker. Vite reads glob options statically: keep them literal, one pattern per glob.
 */
const frenchShell = Object.values(
  import.meta.glob<Messages>('@locales/fr.json', {
    eager: true,
    import: 'default',
    query: { part: 'shell', main: 1 },
  }),
)[0]!;
const shellLoaders = import.meta.glob<Messages>('@locales/*.json', {
  import: 'default',
  query: { part: 'shell' },
});
const pageLoaders = import.meta.glob<Messages>('@locales/*.json', {
  import: 'default',
  query: { part: 'pages' },
});

// Fonts for the scripts system fonts often render badly or not at all (Ge'ez on Windows, Pashto letters on
// old Android), loaded only when a language written in them is chosen (see styles/fonts/).
const fontLoaders: Partial<Record<string, () => Promise<unknown>>> = {
  Arab: () => import('../styles/fonts/arabic.css'),
  Ethi: () => import('../styles/fonts/ethiopic.css'),
};
// The family each stylesheet declares, and a letter of its script (a face downloads only for the
// characters of its unicode-range).
const fontFaces: Partial<Record<string, { family: string; sample: string }>> = {
  Arab: { family: 'Vazirmatn', sample: 'ب' },
  Ethi: { family: 'Noto Sans Ethiopic', sample: 'ሀ' },
};
// A slow connection gets the page in the system font rather than waiting longer.
const FONT_WAIT_MS = 1_500;

/**
 * Loads the font of a language's script (stylesheet and both weights) before the language is shown: text
 * laid out in the system font, then again when the font arrives, would move the page under the reader's
 * eyes (layout shift) and cost a second layout of every line. Never rejects; waits FONT_WAIT_MS at most.
 */
async function fontReady(code: LanguageCode): Promise<void> {
  const script = getLanguage(code).script;
  const loader = fontLoaders[script];
  const face = fontFaces[script];
  if (!loader || !face) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const load = (async () => {
    await loader();
    if (typeof document === 'undefined' || !document.fonts) return;
    await Promise.all(
      ['400', '700'].map((weight) => document.fonts.load(`${weight} 1em "${face.family}"`, face.sample)),
    );
  })();
  try {
    await Promise.race([load, new Promise<void>((resolve) => (timer = setTimeout(resolve, FONT_WAIT_MS)))]);
  } catch (error) {
    // The system font still shows the text; only its shaping may be poorer.
    console.warn(`Could not load the font for ${code}.`, error);
  } finally {
    clearTimeout(timer);
  }
}

// Plural forms in message files follow CLDR's category order (zero, one, two, few, many, other), keeping
// the categories the language has; a language with fewer forms than categories uses its last form.
const CATEGORY_ORDER: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const pluralRules = Object.fromEntries(
  LANGUAGES.map(({ code, bcp47 }) => {
    // Built on first use: most visits need one or two languages.
    let rules: Intl.PluralRules | undefined;
    let categories: Intl.LDMLPluralRule[] = [];
    return [
      code,
      (choice: number, choicesLength: number) => {
        if (!rules) {
          rules = new Intl.PluralRules(bcp47);
          const known = rules.resolvedOptions().pluralCategories;
          categories = CATEGORY_ORDER.filter((c) => known.includes(c));
        }
        const index = categories.indexOf(rules.select(Math.abs(choice)));
        return index < 0 || index >= choicesLength ? choicesLength - 1 : index;
      },
    ];
  }),
);

export const i18n = createI18n<[Messages], LanguageCode, false>({
  legacy: false,
  locale: SOURCE_LANGUAGE,
  fallbackLocale: SOURCE_LANGUAGE,
  // Not reactive inside (markRaw): a message is looked up on every render, and each level read through
  // a reactive proxy would be tracked. A language's messages change only as a whole (addMessages), which
  // the store's own reactivity (one key per language) tells the renders.
  messages: { fr: markRaw(frenchShell) } as unknown as Record<LanguageCode, Messages>,
  pluralRules,
  missingWarn: import.meta.env.DEV,
  fallbackWarn: import.meta.env.DEV,
});

/** The reader's language (UI and content). */
export const readerLanguage = computed(() => i18n.global.locale.value as LanguageCode);

/** False until the reader picks a language (first visit): the app then shows the language chooser. */
export const languageChosen = ref(false);

function loaderFor(loaders: Record<string, () => Promise<Messages>>, code: LanguageCode) {
  const loader = Object.entries(loaders).find(([path]) => path.includes(`/${code}.json`))?.[1];
  if (!loader) throw new Error(`No message file for language ${code}`);
  return loader;
}

type Tree = { [key: string]: unknown };
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;
/** `a` with `b`'s entries added, copying only the objects on the paths both have (a and b unchanged). */
function joinTrees(a: Tree, b: Tree): Tree {
  const out = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    out[key] = isTree(mine) && isTree(value) ? joinTrees(mine, value) : value;
  }
  return out;
}

/**
 * Adds a part of a language's messages. vue-i18n's mergeLocaleMessage copies the part into its reactive
 * store object by object (each compiled message's nodes too, every key through a proxy): 20–40 ms for the
 * page messages on a phone, a long task while the page loads. The parts have no message in common (they
 * split the areas of the file), so joining the plain trees and setting the result once is the same.
 */
function addMessages(code: LanguageCode, part: Messages): void {
  const current = toRaw(i18n.global.getLocaleMessage(code)) as Tree;
  i18n.global.setLocaleMessage(
    code,
    markRaw(joinTrees(current, part as unknown as Tree)) as unknown as Messages,
  );
}

const shellLoaded = new Set<LanguageCode>([SOURCE_LANGUAGE]);
const pagesLoaded = new Map<LanguageCode, Promise<void>>();

/** Loads a language's shell messages without switching to it. */
export async function loadMessages(code: LanguageCode): Promise<void> {
  if (shellLoaded.has(code)) return;
  addMessages(code, await loaderFor(shellLoaders, code)());
  shellLoaded.add(code);
}

/** Loads the messages of the pages beyond the home page (fiche, themes, search…) for a language. */
export function loadPageMessages(code: LanguageCode = readerLanguage.value): Promise<void> {
  let loading = pagesLoaded.get(code);
  if (!loading) {
    loading = loaderFor(pageLoaders, code)().then((part) => {
      addMessages(code, part);
    });
    loading.catch(() => pagesLoaded.delete(code));
    pagesLoaded.set(code, loading);
  }
  return loading;
}

function applyToDocument(code: LanguageCode): void {
  const language = getLanguage(code);
  const root = document.documentElement;
  root.lang = code;
  root.dir = language.dir;
  void fontLoaders[language.script]?.().catch((error: unknown) => {
    // The system font still shows the text; only its shaping may be poorer.
    console.warn(`Could not load the font for ${code}.`, error);
  });
}

let switching: Promise<void> = Promise.resolve();
let switchingTo: LanguageCode | undefined;

/** The language being switched to if a switch is under way, else the one shown: what a page about to
 * show will be in, known before its messages have loaded (data can start loading in it at once). */
export function targetLanguage(): LanguageCode {
  return switchingTo ?? readerLanguage.value;
}

/** Switches the UI language: loads its messages, sets `<html lang dir>` and remembers the choice. */
export function setLanguage(code: LanguageCode): Promise<void> {
  switchingTo = code;
  const run = (async () => {
    // Once a page needed its page messages, load them with the shell, then switch at once.
    const needsPages = pagesLoaded.size > 0;
    await Promise.all([loadMessages(code), needsPages ? loadPageMessages(code) : undefined, fontReady(code)]);
    // Pages kept in another language must not show first next time (data/snapshots.ts).
    const previous = storedLanguage();
    if (previous && previous !== code) void dropSnapshots();
    if (previous !== code) keepWorkerCopy(code);
    i18n.global.locale.value = code;
    applyToDocument(code);
    languageChosen.value = true;
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch {
      // Storage can be unavailable (private mode, quota): the choice then lasts for this visit only.
    }
  })();
  const settled: Promise<void> = run
    .catch(() => undefined)
    .then(() => {
      if (switching === settled) switchingTo = undefined;
    });
  switching = settled;
  return run;
}

/** The page messages of the language being shown (after any language switch under way). */
export async function ensurePageMessages(): Promise<void> {
  // Fetched alongside the language's shell messages rather than after them (both are needed to paint).
  void loadPageMessages(targetLanguage()).catch(() => undefined);
  await switching;
  await loadPageMessages(readerLanguage.value);
}

function storedLanguage(): LanguageCode | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguageCode(stored)) return stored;
  } catch {
    // see setLanguage
  }
  return undefined;
}

/** Tells the service worker the reader's language: it keeps a copy (data/worker-language.ts). */
function keepWorkerCopy(code: LanguageCode): void {
  navigator.serviceWorker?.controller?.postMessage({ type: WORKER_LANGUAGE_MESSAGE, code });
}

/**
 * Once the first page has settled (main.ts), and whenever a service worker takes the page over (on a first
 * visit, after it): the worker's copy of the chosen language made current.
 */
export function shareLanguageWithWorker(): void {
  const tell = () => {
    const code = storedLanguage();
    if (code) keepWorkerCopy(code);
  };
  tell();
  navigator.serviceWorker?.addEventListener('controllerchange', tell);
}

// Dari is often tagged `prs` or `fa-AF`; both are our `fa`.
const ALIASES: Record<string, LanguageCode> = { prs: 'fa', pbt: 'ps', pbu: 'ps', tir: 'ti' };

/** The first of the browser's languages we offer: suggested on the first visit, never applied by itself. */
export function suggestedLanguage(): LanguageCode {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    const code = ALIASES[primary] ?? primary;
    if (isLanguageCode(code)) return code;
  }
  return SOURCE_LANGUAGE;
}

/** A `?lang=` in a shared link (read before the first paint; the router removes it from the URL). */
export function languageFromUrl(search = window.location.search): LanguageCode | undefined {
  const code = new URLSearchParams(search).get('lang');
  return isLanguageCode(code) ? code : undefined;
}

/** Installs vue-i18n; resolves once the chosen language is loaded, so the first paint is in it. */
export async function install(app: App): Promise<void> {
  app.use(i18n);
  const code = languageFromUrl() ?? storedLanguage();
  // With a chosen language, <html lang dir> stay as they are until it is loaded: a page snapshot
  // (data/snapshots.ts) may be on screen in that language, and must not flip direction meanwhile.
  if (!code) return applyToDocument(SOURCE_LANGUAGE);
  try {
    await setLanguage(code);
  } catch (error) {
    console.error('Could not load the chosen language; showing French.', error);
    applyToDocument(SOURCE_LANGUAGE);
  }
}
