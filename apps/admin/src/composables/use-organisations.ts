import { computed, ref } from 'vue';
import type { Organisation } from '@reperes/shared';
import { get } from '../api/client';

let cache: Promise<Organisation[]> | undefined;

/** GET /organisations (every signed-in person may read names); `refresh` after creating one. */
export function fetchOrganisations(refresh = false): Promise<Organisation[]> {
  if (!cache || refresh) {
    cache = get<{ items: Organisation[] }>('/organisations').then((r) => r.items);
    cache.catch(() => (cache = undefined));
  }
  return cache;
}

export function useOrganisations() {
  const items = ref<Organisation[]>([]);
  const error = ref<unknown>(null);
  fetchOrganisations()
    .then((list) => (items.value = list))
    .catch((e: unknown) => (error.value = e));
  const byId = computed(() => new Map(items.value.map((o) => [o.id, o])));
  const organisationName = (id: string | undefined) => (id ? (byId.value.get(id)?.name ?? '') : '');
  return { organisations: items, organisationName, error };
}
