/**
 * The one read path of the reader app (architecture.md, "How data flows" 5): every screen asks this layer,
 * which paints from IndexedDB at once when it has the data, then revalidates with the API when online
 * (ETag / 304). Offline is not a separate mode. Pages and components never call fetch() themselves.
 */
import type { LanguageCode } from '@reperes/shared/languages';
import type { FicheList, FicheListQuery, ResolvedFiche, ThemeList } from '@reperes/shared/schemas/api';

/** Where the data being shown came from. */
export type Source = 'cache' | 'network';

/** Called once with stored data (if any), then again with fresher data from the network (if it changed). */
export type OnData<T> = (data: T, source: Source) => void;

/** Why nothing could be shown: not published/unknown, or offline with nothing stored. */
export type LoadErrorCode = 'NOT_FOUND' | 'OFFLINE_NOT_STORED' | 'NETWORK' | 'SERVER';

export class LoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    message: string = code,
  ) {
    super(message);
  }
}

export interface ReaderData {
  /** A fiche in one language. Rejects with LoadError when neither the store nor the network has it.
   * `onDeviceRead` is called once the device storage has answered (before any network step). */
  loadFiche(
    slug: string,
    lang: LanguageCode,
    onData: OnData<ResolvedFiche>,
    onDeviceRead?: () => void,
  ): Promise<void>;
  loadThemes(lang: LanguageCode, onData: OnData<ThemeList>): Promise<void>;
  /** Published fiches matching facets; offline, filtered on the device from the stored pack. */
  loadFicheList(
    query: Partial<FicheListQuery> & { lang: LanguageCode },
    onData: OnData<FicheList>,
  ): Promise<void>;
  /** Every published fiche of a language (with its French text), for the on-device search index.
   * Uses the stored pack; online without a pack, downloads it (and keeps it). */
  loadSearchDocuments(lang: LanguageCode): Promise<ResolvedFiche[]>;
  /** Feedback and search-miss reports: sent now when online, else queued (outbox) and sent once later. */
  sendFeedback(report: FeedbackReport): Promise<'sent' | 'queued'>;
}

export interface FeedbackReport {
  kind: 'useful' | 'not_useful' | 'problem' | 'search_miss';
  lang: LanguageCode;
  ficheId?: string;
  slug?: string;
  itemId?: string;
  comment?: string;
  query?: string;
}
