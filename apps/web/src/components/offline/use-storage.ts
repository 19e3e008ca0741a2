import { ref } from 'vue';

/** Storage used and free for this site, and whether the browser promised not to evict it. */
export function useStorageInfo() {
  const usage = ref<number>();
  const quota = ref<number>();
  const persisted = ref<boolean>();
  const supported = typeof navigator !== 'undefined' && 'storage' in navigator;

  async function refresh(): Promise<void> {
    if (!supported) return;
    try {
      const estimate = await navigator.storage.estimate();
      usage.value = estimate.usage;
      quota.value = estimate.quota;
      if (navigator.storage.persisted) persisted.value = await navigator.storage.persisted();
    } catch {
      // Some browsers refuse in private mode: the screen then says the space is unknown.
    }
  }

  /** Asks to keep the packs when the device runs short of space (call from a tap: some browsers need one). */
  async function requestPersistence(): Promise<void> {
    if (!supported || !navigator.storage.persist) return;
    try {
      persisted.value = await navigator.storage.persist();
    } catch {
      persisted.value = false;
    }
  }

  return { usage, quota, persisted, refresh, requestPersistence };
}
