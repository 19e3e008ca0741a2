import type { ResolvedFiche } from '@reperes/shared/schemas/api';
import { readerData } from '../data/index';
import type { OnData, Source } from '../data/contract';
import type { LanguageCode } from '../languages';

/**
 * Starts loading a fiche as soon as the router starts navigating to it, while the page's own code and
 * messages are still downloading (one round trip less before the fiche shows on a slow network). The
 * page then takes over the load already under way instead of starting its own.
 */
interface Pending {
  at: number;
  results: [ResolvedFiche, Source][];
  listeners: Set<OnData<ResolvedFiche>>;
  done: Promise<void>;
  /** Settles once the device storage has answered (with the fiche or without), or the load ended. */
  deviceRead: Promise<void>;
  /** Settles with the first data (device or network), or when the load ended without any. */
  firstData: Promise<void>;
}

const MAX_AGE_MS = 10_000;
const pending = new Map<string, Pending>();

export function prefetchFiche(slug: string, lang: LanguageCode): void {
  const key = `${lang}/${slug}`;
  const existing = pending.get(key);
  if (existing && Date.now() - existing.at < MAX_AGE_MS) return;
  let deviceAnswered!: () => void;
  let dataCame!: () => void;
  const entry: Pending = {
    at: Date.now(),
    results: [],
    listeners: new Set(),
    done: Promise.resolve(),
    deviceRead: new Promise<void>((resolve) => (deviceAnswered = resolve)),
    firstData: new Promise<void>((resolve) => (dataCame = resolve)),
  };
  entry.done = readerData.loadFiche(
    slug,
    lang,
    (data, source) => {
      entry.results.push([data, source]);
      dataCame();
      entry.listeners.forEach((listener) => listener(data, source));
    },
    deviceAnswered,
  );
  // A failed prefetch is reported to the page that takes it over, never as an unhandled rejection.
  void entry.done
    .catch(() => undefined)
    .finally(() => {
      deviceAnswered();
      dataCame();
    });
  pending.set(key, entry);
}

/**
 * Resolves once the prefetched fiche can go into the page's first render, rather than a loading state
 * replaced a moment later (one render and one layout fewer, nothing moving): once the device's copy is
 * known (`device`: a few ms, never the network), or once the first data came from the device or the
 * network (`data`: for the first page of a visit, which has nothing on screen to keep meanwhile).
 * Waits `maxMs` at most: then the page shows its loading state.
 */
export function fichePrefetched(
  slug: string,
  lang: LanguageCode,
  wait: 'device' | 'data',
  maxMs: number,
): Promise<void> {
  const entry = pending.get(`${lang}/${slug}`);
  if (!entry) return Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    wait === 'device' ? entry.deviceRead : entry.firstData,
    new Promise<void>((resolve) => (timer = setTimeout(resolve, maxMs))),
  ]).finally(() => clearTimeout(timer));
}

/** `readerData.loadFiche`, joining a prefetch of the same fiche if one is under way or fresh. */
export function loadFiche(slug: string, lang: LanguageCode, onData: OnData<ResolvedFiche>): Promise<void> {
  const key = `${lang}/${slug}`;
  const entry = pending.get(key);
  pending.delete(key);
  if (!entry || Date.now() - entry.at >= MAX_AGE_MS) return readerData.loadFiche(slug, lang, onData);
  entry.results.forEach(([data, source]) => onData(data, source));
  entry.listeners.add(onData);
  return entry.done;
}
