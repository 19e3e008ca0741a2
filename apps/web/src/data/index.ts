/**
 * The reader's one read path (contract.ts): IndexedDB first, painted at once, then revalidated with the
 * API when online (ETag / 304). Offline is not a separate mode: the same calls simply skip or fail the
 * network step. Pages and components only use `readerData`.
 */
import type { LanguageCode } from '@reperes/shared/languages';
import type { FicheList, ResolvedFiche, ThemeList } from '@reperes/shared/schemas/api';
import {
  deleteFiche,
  getCards,
  getDocs,
  getFicheBySlug,
  getPack,
  getResponse,
  getThemes,
  putFiche,
  putResponse,
  putThemes,
} from '../store/fiches';
import { LoadError, type FeedbackReport, type OnData, type ReaderData } from './contract';
import { listFromCards, listSearchParams, type ListQuery } from './filter';
import { takeFirstViewFiche } from './first-view';
import { NetworkError, apiFetch, etagOf } from './http';
import { mayTryNetwork } from './online';
import { revalidatePack, syncPack } from './packs';

export { LoadError } from './contract';
export type { FeedbackReport, LoadErrorCode, OnData, ReaderData, Source } from './contract';

/** IndexedDB can be missing or broken (private mode, storage pressure): then the network alone serves. */
async function fromStore<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    console.warn('Reading the device storage failed.', error);
    return undefined;
  }
}

async function toStore(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    console.warn('Writing to the device storage failed.', error);
  }
}

/** The error to reject with when the network step failed and nothing was stored. */
function failure(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  if (error instanceof NetworkError) {
    return new LoadError(error.offline || !mayTryNetwork() ? 'OFFLINE_NOT_STORED' : 'NETWORK');
  }
  return new LoadError('SERVER', error instanceof Error ? error.message : String(error));
}

/**
 * GET a JSON document with a stored ETag: resolves the new body, or undefined when unchanged (304).
 * Rejects with LoadError NOT_FOUND for 404/400, NetworkError when unreachable, LoadError SERVER otherwise.
 */
async function revalidate<T>(url: string, hash: string | undefined): Promise<T | undefined> {
  const response = await apiFetch(url, { headers: hash ? { 'if-none-match': etagOf(hash) } : {} });
  if (response.status === 304) return undefined;
  if (response.status === 404 || response.status === 400) throw new LoadError('NOT_FOUND');
  if (!response.ok) throw new LoadError('SERVER', `${url}: ${response.status}`);
  return (await response.json()) as T;
}

async function loadFiche(
  slug: string,
  lang: LanguageCode,
  onData: OnData<ResolvedFiche>,
  onDeviceRead?: () => void,
): Promise<void> {
  // A first visit: the server sent the fiche with the page. Shown at once, then kept like any fiche read.
  const sent = takeFirstViewFiche(slug, lang);
  if (sent?.source === 'network') {
    onData(sent.fiche, 'network');
    onDeviceRead?.();
    await toStore(() => putFiche(sent.fiche));
    return;
  }
  // Or the service worker read the device's copy while this code loaded: as if read here.
  const stored = sent ? sent.fiche : await fromStore(() => getFicheBySlug(lang, slug));
  if (stored) onData(stored, 'cache');
  onDeviceRead?.();
  let fresh: ResolvedFiche | undefined;
  try {
    fresh = await revalidate<ResolvedFiche>(
      `/api/v1/fiches/${encodeURIComponent(slug)}?lang=${lang}`,
      stored?.hash,
    );
  } catch (error) {
    if (error instanceof LoadError && error.code === 'NOT_FOUND') {
      // Unpublished since it was stored: forget it, and say so even if it was painted.
      if (stored) await toStore(() => deleteFiche(lang, stored.id));
      throw error;
    }
    if (stored) return;
    throw failure(error);
  }
  if (!fresh) return;
  const doc = fresh;
  // Kept whether or not the language has a pack: a fiche once opened opens offline.
  await toStore(() => putFiche(doc));
  onData(doc, 'network');
}

async function loadThemes(lang: LanguageCode, onData: OnData<ThemeList>): Promise<void> {
  const stored = await fromStore(() => getThemes(lang));
  if (stored) onData(stored, 'cache');
  let fresh: ThemeList | undefined;
  try {
    fresh = await revalidate<ThemeList>(`/api/v1/themes?lang=${lang}`, stored?.hash);
  } catch (error) {
    if (stored) return;
    throw failure(error);
  }
  if (!fresh) return;
  const themes = fresh;
  await toStore(() => putThemes(themes));
  onData(themes, 'network');
}

async function loadFicheList(query: ListQuery, onData: OnData<FicheList>): Promise<void> {
  const { lang } = query;
  const pack = await fromStore(() => getPack(lang));
  if (pack) {
    // The pack answers every facet combination on the device; revalidating it is one manifest 304.
    const cards = await fromStore(() => getCards(lang));
    if (cards) {
      onData(listFromCards(cards, query), 'cache');
      const outcome = await revalidatePack(lang);
      if (outcome.kind === 'updated') {
        const fresh = await fromStore(() => getCards(lang));
        if (fresh) onData(listFromCards(fresh, query), 'network');
      }
      return;
    }
  }
  // No pack: the list as the API answered it last time, revalidated with its ETag.
  const params = listSearchParams(query);
  const key = `fiches?${params.toString()}`;
  const stored = await fromStore(() => getResponse(key));
  if (stored) onData(stored.body as FicheList, 'cache');
  let response: Response;
  try {
    response = await apiFetch(`/api/v1/fiches?${params.toString()}`, {
      headers: stored ? { 'if-none-match': stored.etag } : {},
    });
  } catch (error) {
    if (stored) return;
    throw failure(error);
  }
  if (response.status === 304) return;
  if (!response.ok) {
    if (stored) return;
    throw new LoadError(response.status === 400 ? 'NOT_FOUND' : 'SERVER', `list: ${response.status}`);
  }
  const list = (await response.json()) as FicheList;
  const etag = response.headers.get('etag');
  if (etag) await toStore(() => putResponse({ key, etag, body: list, savedAt: Date.now() }));
  onData(list, 'network');
}

async function loadSearchDocuments(lang: LanguageCode): Promise<ResolvedFiche[]> {
  const pack = await fromStore(() => getPack(lang));
  if (pack) {
    const docs = await fromStore(() => getDocs(lang));
    if (docs) {
      void revalidatePack(lang);
      return docs;
    }
  }
  try {
    await syncPack(lang, { download: true });
  } catch (error) {
    throw failure(error);
  }
  const docs = await fromStore(() => getDocs(lang));
  if (!docs) throw new LoadError('SERVER', 'The pack could not be stored on this device.');
  return docs;
}

interface SyncRegistration {
  sync?: { register(tag: string): Promise<void> };
}

// The outbox is only needed when the reader sends something: not part of the first view's download.
const outbox = () => import('../store/outbox');

async function requestBackgroundSync(): Promise<void> {
  try {
    const { OUTBOX_SYNC_TAG } = await outbox();
    if (!('serviceWorker' in navigator)) return;
    const registration = (await navigator.serviceWorker.getRegistration()) as
      (ServiceWorkerRegistration & SyncRegistration) | undefined;
    await registration?.sync?.register(OUTBOX_SYNC_TAG);
  } catch {
    // Background Sync is a bonus (Chromium only): the `online` event and the next start flush too.
  }
}

async function sendFeedback(report: FeedbackReport): Promise<'sent' | 'queued'> {
  const body: Record<string, unknown> = { kind: report.kind, lang: report.lang };
  for (const key of ['ficheId', 'slug', 'itemId', 'comment', 'query'] as const) {
    const value = report[key]?.trim();
    if (value) body[key] = value;
  }
  const { enqueue, flushOutbox, isPending, newClientId } = await outbox().catch((error: unknown) => {
    throw failure(error);
  });
  let entry;
  try {
    entry = await enqueue(body);
  } catch (error) {
    // No device storage: send it now or not at all.
    console.warn('The outbox is unavailable; sending directly.', error);
    const response = await apiFetch('/api/v1/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, clientId: newClientId() }),
    }).catch((e: unknown) => {
      throw failure(e);
    });
    if (!response.ok) throw new LoadError('SERVER', `feedback: ${response.status}`);
    return 'sent';
  }
  if (mayTryNetwork()) {
    const result = await flushOutbox().catch(() => undefined);
    if (result?.droppedIds.includes(entry.clientId)) {
      throw new LoadError('SERVER', 'The API refused this report.');
    }
    if (!(await isPending(entry.clientId))) return 'sent';
  }
  await requestBackgroundSync();
  return 'queued';
}

export const readerData: ReaderData = {
  loadFiche,
  loadThemes,
  loadFicheList,
  loadSearchDocuments,
  sendFeedback,
};
