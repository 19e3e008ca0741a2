import { computed, ref } from 'vue';

const STORAGE_KEY = 'reperes.saved';

function read(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

const ids = ref<string[]>(read());

// Another tab of the app changed the list.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY) ids.value = read();
});

function write(next: string[]): void {
  ids.value = next;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Unavailable storage: the list lasts for this visit.
  }
}

/**
 * The fiches the reader kept, as fiche ids on this device (no account). Only the ids live here
 * (localStorage): the content comes from the data layer, which the offline engineer keeps in IndexedDB.
 */
export function useSaved() {
  return {
    ids: computed(() => ids.value),
    isSaved: (id: string) => ids.value.includes(id),
    toggle(id: string): boolean {
      const saved = ids.value.includes(id);
      write(saved ? ids.value.filter((v) => v !== id) : [id, ...ids.value]);
      return !saved;
    },
    remove: (id: string) => write(ids.value.filter((v) => v !== id)),
  };
}
