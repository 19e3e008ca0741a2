import { computed, shallowRef, watch, type Ref } from 'vue';
import { readerData } from '../data/index';
import { LoadError, type LoadErrorCode } from '../data/contract';
import type { LanguageCode } from '../languages';
import { readerLanguage } from '../modules/i18n';
import type { SearchHit, SearchIndex } from '../components/search/search-index';

// One index per language for the visit; the MiniSearch code is its own chunk, loaded with the first search.
const indexes = new Map<LanguageCode, Promise<SearchIndex>>();

function indexFor(lang: LanguageCode): Promise<SearchIndex> {
  let index = indexes.get(lang);
  if (!index) {
    index = Promise.all([
      import('../components/search/search-index'),
      readerData.loadSearchDocuments(lang),
    ]).then(([{ buildIndex }, documents]) => buildIndex(documents));
    index.catch(() => indexes.delete(lang));
    indexes.set(lang, index);
  }
  return index;
}

/** Starts building the index early (e.g. when the search box gets focus). */
export function prepareSearch(): void {
  void indexFor(readerLanguage.value).catch(() => undefined);
}

/** Search results for `query` in the reader's language and French, from the index built on the device. */
export function useSearch(query: Ref<string>) {
  const index = shallowRef<SearchIndex>();
  const error = shallowRef<LoadErrorCode>();

  watch(
    readerLanguage,
    async (lang) => {
      index.value = undefined;
      error.value = undefined;
      try {
        const built = await indexFor(lang);
        if (lang === readerLanguage.value) index.value = built;
      } catch (cause) {
        if (!(cause instanceof LoadError)) console.error(cause);
        error.value = cause instanceof LoadError ? cause.code : 'SERVER';
      }
    },
    { immediate: true },
  );

  const results = computed<SearchHit[]>(() => index.value?.search(query.value) ?? []);
  return { ready: computed(() => index.value !== undefined), error, results };
}
