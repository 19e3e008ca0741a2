/**
 * The reader's IndexedDB (idb): language packs, fiches kept from visits, cached lists, the outbox.
 * Used by the page and by the service worker (outbox), so nothing here touches `window` or the DOM.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LanguageCode } from '@reperes/shared/languages';
import type { FicheSummary, ResolvedFiche, ThemeList } from '@reperes/shared/schemas/api';

/** Fields the list filters on, as the API computes them (apps/api/src/modules/fiches/resolve.ts facetsOf). */
export interface Facets {
  themes: string[];
  needs: string[];
  type: string;
  departments: string[];
  ageMin: number;
  ageMax: number;
  frenchLevels: string[];
  legalStatuses: string[];
}

/** The small part of a stored fiche: enough to list and filter without reading the whole document. */
export interface StoredCard {
  lang: LanguageCode;
  id: string;
  slug: string;
  hash: string;
  summary: FicheSummary;
  facets: Facets;
  /** Bytes of the document's JSON (UTF-8): the pack size is their sum, kept current through delta syncs. */
  size: number;
  savedAt: number;
}

/** What the device knows about a downloaded language pack. */
export interface PackMeta {
  lang: LanguageCode;
  /** The pack hash of the last sync: the manifest's ETag, so an unchanged pack costs a 304. */
  hash: string;
  themesHash: string;
  /** The server's change sequence number of the last sync: the `since` of the next delta (absent on packs
   * stored before delta syncs by cursor existed: their next sync is a full one). */
  cursor?: number;
  /** When the device last confirmed the pack is current (ISO date). */
  syncedAt: string;
  /** Uncompressed bytes of the documents and themes (as the manifest's `size`), and number of fiches. */
  size: number;
  count: number;
  themesSize: number;
}

/** A list the API answered, kept for a language without a pack (ETag revalidation, offline repaint). */
export interface StoredResponse {
  key: string;
  etag: string;
  body: unknown;
  savedAt: number;
}

/** A feedback or search-miss report waiting to be sent (POST /api/v1/feedback). */
export interface OutboxEntry {
  clientId: string;
  body: Record<string, unknown> & { clientId: string };
  createdAt: number;
  attempts: number;
}

export interface ReperesDB extends DBSchema {
  /** Key [lang, id]. */
  cards: { key: [string, string]; value: StoredCard; indexes: { bySlug: [string, string]; byLang: string } };
  /** Key [lang, id]: the full resolved document, written in the same transaction as its card. */
  docs: { key: [string, string]; value: ResolvedFiche };
  themes: { key: string; value: ThemeList };
  packs: { key: string; value: PackMeta };
  responses: { key: string; value: StoredResponse };
  outbox: { key: string; value: OutboxEntry };
}

export type ReperesDb = IDBPDatabase<ReperesDB>;

export const DB_NAME = 'reperes';
const DB_VERSION = 1;

let opened: Promise<ReperesDb> | undefined;

/** The database, opened once per page or worker. */
export function db(): Promise<ReperesDb> {
  opened ??= openDB<ReperesDB>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      const cards = database.createObjectStore('cards', { keyPath: ['lang', 'id'] });
      cards.createIndex('bySlug', ['lang', 'slug'], { unique: false });
      cards.createIndex('byLang', 'lang', { unique: false });
      database.createObjectStore('docs', { keyPath: ['lang', 'id'] });
      database.createObjectStore('themes', { keyPath: 'lang' });
      database.createObjectStore('packs', { keyPath: 'lang' });
      database.createObjectStore('responses', { keyPath: 'key' });
      database.createObjectStore('outbox', { keyPath: 'clientId' });
    },
    blocking() {
      // A newer version of the app wants to upgrade the schema: let it (this page reloads on update).
      void opened?.then((d) => d.close());
      opened = undefined;
    },
    terminated() {
      opened = undefined;
    },
  }).catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

/** Key range of every record of one language in a [lang, id] store. */
export function langRange(lang: LanguageCode): IDBKeyRange {
  return IDBKeyRange.bound([lang, ''], [lang, '\uffff']);
}
