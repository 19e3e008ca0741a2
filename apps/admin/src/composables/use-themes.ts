import { computed, ref } from 'vue';
import type { LanguageCode, ThemeList } from '@reperes/shared';
import { get } from '../api/client';

const cache = new Map<LanguageCode, Promise<ThemeList>>();

/** GET /themes?lang=… once per language (public, shared by every page). */
export function fetchThemes(lang: LanguageCode = 'fr'): Promise<ThemeList> {
  let pending = cache.get(lang);
  if (!pending) {
    pending = get<ThemeList>('/themes', { lang });
    pending.catch(() => cache.delete(lang));
    cache.set(lang, pending);
  }
  return pending;
}

/** After a theme or need was changed in the back-office: the next read asks the API again. */
export function forgetThemes(): void {
  cache.clear();
}

/** Themes and needs in French, for pickers and labels. */
export function useThemes() {
  const list = ref<ThemeList | null>(null);
  const error = ref<unknown>(null);
  fetchThemes('fr')
    .then((l) => (list.value = l))
    .catch((e: unknown) => (error.value = e));
  const themes = computed(() => list.value?.themes ?? []);
  const themeName = (id: string | undefined) =>
    id ? (themes.value.find((t) => t.id === id)?.name ?? id) : '';
  const needName = (id: string) => {
    for (const theme of themes.value) {
      const need = theme.needs.find((n) => n.id === id);
      if (need) return need.name;
    }
    return id;
  };
  return { themes, themeName, needName, error };
}
