import { isLanguageCode, type LanguageCode } from '@reperes/shared/languages';
import { hasCaches } from './snapshots';

/**
 * The reader's language, copied where the service worker can read it: it has no localStorage, where the
 * app keeps the choice (modules/i18n.ts), which tells the worker. With it, a page the worker opens without a snapshot names in its
 * HTML the language's messages and font (sw/sw.ts, @reperes/shared/first-view-hints), which the browser
 * then reads while the app's code loads, rather than after it has run. A missing or stale copy only costs
 * that head start.
 */
export const WORKER_LANGUAGE_CACHE = 'reperes-reader-language-v1';

/**
 * The message a page sends its service worker with the language (`{ type, code }`, modules/i18n.ts); the
 * worker writes the copy. The page's main chunk holds only this name, not the storage code below.
 */
export const WORKER_LANGUAGE_MESSAGE = 'READER_LANGUAGE';
const KEY = '/language';

/** The copy, if any. */
export async function workerLanguage(): Promise<LanguageCode | undefined> {
  if (!hasCaches()) return undefined;
  try {
    const response = await (await caches.open(WORKER_LANGUAGE_CACHE)).match(KEY);
    const code = response ? await response.text() : undefined;
    return isLanguageCode(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

/** Makes the copy `code` (written only when it differs). Best effort. */
export async function keepWorkerLanguage(code: LanguageCode): Promise<void> {
  if (!hasCaches() || (await workerLanguage()) === code) return;
  try {
    await (await caches.open(WORKER_LANGUAGE_CACHE)).put(KEY, new Response(code));
  } catch {
    // No room, or storage blocked: the worker names no language's files.
  }
}
