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
}

const MAX_AGE_MS = 10_000;
const pending = new Map<string, Pending>();

export function prefetchFiche(slug: string, lang: LanguageCode): void {
  const key = `${lang}/${slug}`;
  const existing = pending.get(key);
  if (existing && Date.now() - existing.at < MAX_AGE_MS) return;
  const entry: Pending = { at: Date.now(), results: [], listeners: new Set(), done: Promise.resolve() };
  entry.done = readerData.loadFiche(slug, lang, (data, source) => {
    entry.results.push([data, source]);
    entry.listeners.forEach((listener) => listener(data, source));
  });
  // A failed prefetch is reported to the page that takes it over, never as an unhandled rejection.
  entry.done.catch(() => undefined);
  pending.set(key, entry);
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
