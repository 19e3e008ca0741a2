import { ref, shallowRef, watch, type Ref, type WatchSource } from 'vue';
import { LoadError, type LoadErrorCode, type OnData, type Source } from '../data/contract';

export interface Loaded<T> {
  data: Ref<T | undefined>;
  /** Set when nothing could be shown (stored data stays on screen if the network fails, unless unpublished). */
  error: Ref<LoadErrorCode | undefined>;
  loading: Ref<boolean>;
  source: Ref<Source | undefined>;
  reload: () => Promise<void>;
}

/**
 * Runs a `readerData` load whenever `key` changes (language, slug, facets) and exposes its state. Data from
 * an older run that arrives late is ignored; the previous data stays on screen while the next one loads.
 */
export function useReaderData<T>(key: WatchSource, load: (onData: OnData<T>) => Promise<void>): Loaded<T> {
  const data = shallowRef<T>();
  const error = ref<LoadErrorCode>();
  const loading = ref(true);
  const source = ref<Source>();
  let run = 0;

  async function reload(): Promise<void> {
    const id = ++run;
    let delivered = false;
    loading.value = true;
    error.value = undefined;
    try {
      await load((value, from) => {
        if (id !== run) return;
        delivered = true;
        data.value = value;
        source.value = from;
      });
    } catch (cause) {
      if (id !== run) return;
      // Shown from the device but no longer published: say so rather than keep showing it.
      const unpublished = cause instanceof LoadError && cause.code === 'NOT_FOUND';
      if (delivered && !unpublished) return;
      if (!(cause instanceof LoadError)) console.error(cause);
      data.value = undefined;
      error.value = cause instanceof LoadError ? cause.code : 'SERVER';
    } finally {
      if (id === run) loading.value = false;
    }
  }

  watch(key, () => void reload(), { immediate: true });
  return { data, error, loading, source, reload };
}
