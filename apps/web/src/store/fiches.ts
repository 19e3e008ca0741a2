/** Fiches, themes and language packs in IndexedDB. Every multi-record change is one transaction. */
import type { LanguageCode } from '@reperes/shared/languages';
import type { PackSyncResponse, ResolvedFiche, ThemeList } from '@reperes/shared/schemas/api';
import { facetsOf, summaryOf } from '../data/filter';
import { db, langRange, type PackMeta, type StoredCard, type StoredResponse } from './db';

/** UTF-8 bytes of a value's JSON, as the API counts a document's size. */
function jsonBytes(value: unknown): number {
  return new Blob([JSON.stringify(value)]).size;
}

function cardOf(doc: ResolvedFiche, savedAt: number): StoredCard {
  return {
    lang: doc.lang,
    id: doc.id,
    slug: doc.slug,
    hash: doc.hash,
    summary: summaryOf(doc),
    facets: facetsOf(doc),
    size: jsonBytes(doc),
    savedAt,
  };
}

export async function getFicheBySlug(lang: LanguageCode, slug: string): Promise<ResolvedFiche | undefined> {
  const tx = (await db()).transaction(['cards', 'docs']);
  const key = await tx.objectStore('cards').index('bySlug').getKey([lang, slug]);
  const doc = key ? await tx.objectStore('docs').get(key) : undefined;
  await tx.done;
  return doc;
}

/** Keeps a fiche the reader opened (in a pack or not). */
export async function putFiche(doc: ResolvedFiche): Promise<void> {
  const tx = (await db()).transaction(['cards', 'docs'], 'readwrite');
  // A slug change keeps the id: the [lang, id] key replaces the old record.
  await Promise.all([
    tx.objectStore('cards').put(cardOf(doc, Date.now())),
    tx.objectStore('docs').put(doc),
    tx.done,
  ]);
}

export async function deleteFiche(lang: LanguageCode, id: string): Promise<void> {
  const tx = (await db()).transaction(['cards', 'docs'], 'readwrite');
  await Promise.all([
    tx.objectStore('cards').delete([lang, id]),
    tx.objectStore('docs').delete([lang, id]),
    tx.done,
  ]);
}

export async function getCards(lang: LanguageCode): Promise<StoredCard[]> {
  return (await db()).getAll('cards', langRange(lang));
}

export async function getDocs(lang: LanguageCode): Promise<ResolvedFiche[]> {
  return (await db()).getAll('docs', langRange(lang));
}

/** id → hash of every fiche of a language the device holds: the `have` of a sync. */
export async function getHave(lang: LanguageCode): Promise<Record<string, string>> {
  const cards = await getCards(lang);
  return Object.fromEntries(cards.map((c) => [c.id, c.hash]));
}

export async function getThemes(lang: LanguageCode): Promise<ThemeList | undefined> {
  return (await db()).get('themes', lang);
}

export async function putThemes(themes: ThemeList): Promise<void> {
  await (await db()).put('themes', themes);
}

export async function getPack(lang: LanguageCode): Promise<PackMeta | undefined> {
  return (await db()).get('packs', lang);
}

export async function getPacks(): Promise<PackMeta[]> {
  return (await db()).getAll('packs');
}

/** Records that the pack was confirmed current (manifest answered 304). */
export async function touchPack(lang: LanguageCode, syncedAt: string): Promise<void> {
  const tx = (await db()).transaction('packs', 'readwrite');
  const meta = await tx.store.get(lang);
  if (meta) await tx.store.put({ ...meta, syncedAt });
  await tx.done;
}

/**
 * Applies a sync response: upserts, removals, themes and the new pack hash in ONE transaction. IndexedDB
 * commits a transaction whole or not at all, so a failure (quota, a crash, a closed tab) leaves the
 * previous pack intact; the pack hash only moves together with the documents it describes.
 */
export async function applySync(response: PackSyncResponse, info: { syncedAt: string }): Promise<PackMeta> {
  const lang = response.lang;
  const tx = (await db()).transaction(['cards', 'docs', 'themes', 'packs'], 'readwrite');
  const cards = tx.objectStore('cards');
  const docs = tx.objectStore('docs');
  const packs = tx.objectStore('packs');
  const previous = await packs.get(lang);
  const now = Date.now();
  const pending: Promise<unknown>[] = [];
  for (const doc of response.upserts) pending.push(cards.put(cardOf(doc, now)), docs.put(doc));
  for (const id of response.removed) pending.push(cards.delete([lang, id]), docs.delete([lang, id]));
  if (response.themes) pending.push(tx.objectStore('themes').put(response.themes));
  const themesSize = response.themes ? jsonBytes(response.themes) : (previous?.themesSize ?? 0);
  let meta: PackMeta | undefined;
  // Requests run in order: this read sees the upserts and removals above.
  pending.push(
    cards.getAll(langRange(lang)).then((all) => {
      meta = {
        lang,
        hash: response.hash,
        themesHash: response.themes?.hash ?? previous?.themesHash ?? '',
        cursor: response.cursor,
        syncedAt: info.syncedAt,
        size: all.reduce((sum, c) => sum + (c.size ?? 0), themesSize),
        count: all.length,
        themesSize,
      };
      return packs.put(meta);
    }),
  );
  await Promise.all([...pending, tx.done]);
  if (!meta) throw new Error('The pack was not recorded.');
  return meta;
}

/** Removes a pack and everything stored in its language. */
export async function deletePack(lang: LanguageCode): Promise<void> {
  const tx = (await db()).transaction(['cards', 'docs', 'themes', 'packs'], 'readwrite');
  await Promise.all([
    tx.objectStore('cards').delete(langRange(lang)),
    tx.objectStore('docs').delete(langRange(lang)),
    tx.objectStore('themes').delete(lang),
    tx.objectStore('packs').delete(lang),
    tx.done,
  ]);
}

export async function getResponse(key: string): Promise<StoredResponse | undefined> {
  return (await db()).get('responses', key);
}

export async function putResponse(entry: StoredResponse): Promise<void> {
  await (await db()).put('responses', entry);
}
