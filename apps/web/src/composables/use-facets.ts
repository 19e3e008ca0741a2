import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';
import {
  FICHE_TYPES,
  FRENCH_LEVELS,
  LEGAL_STATUSES,
  type FicheType,
  type FrenchLevel,
  type LegalStatus,
} from '../components/common/taxonomy';

/** The list facets, as they appear in the URL (so a filtered list can be shared and survives a reload). */
export interface Facets {
  need?: string;
  type?: FicheType;
  department?: string;
  age?: number;
  frenchLevel?: FrenchLevel;
  legalStatus?: LegalStatus;
}

export const FACET_KEYS = ['need', 'type', 'department', 'age', 'frenchLevel', 'legalStatus'] as const;

const DEPARTMENT = /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function one(query: LocationQuery, key: string): string | undefined {
  const value = query[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first !== '' ? first : undefined;
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.includes(value as T) ? (value as T) : undefined;
}

/** Reads the facets from the URL, dropping values the API would refuse (a hand-edited or old link). */
export function parseFacets(query: LocationQuery): Facets {
  const need = one(query, 'need');
  const department = one(query, 'department');
  const age = one(query, 'age');
  const facets: Facets = {
    need: need && SLUG.test(need) ? need : undefined,
    type: oneOf(FICHE_TYPES, one(query, 'type')),
    department: department && DEPARTMENT.test(department) ? department : undefined,
    age: age && /^\d{1,3}$/.test(age) && Number(age) <= 120 ? Number(age) : undefined,
    frenchLevel: oneOf(FRENCH_LEVELS, one(query, 'frenchLevel')),
    legalStatus: oneOf(LEGAL_STATUSES, one(query, 'legalStatus')),
  };
  return Object.fromEntries(Object.entries(facets).filter(([, v]) => v !== undefined)) as Facets;
}

/** The facets of the current URL, and a setter that replaces them in the URL (no new history entry). */
export function useFacets() {
  const route = useRoute();
  const router = useRouter();
  const facets = computed(() => parseFacets(route.query));

  function update(patch: Partial<Record<keyof Facets, string | number | undefined>>): void {
    const query: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...facets.value, ...patch })) {
      if (value !== undefined && value !== '') query[key] = String(value);
    }
    void router.replace({ query });
  }

  return {
    facets,
    update,
    clear: (keep: (keyof Facets)[] = []) =>
      update(Object.fromEntries(FACET_KEYS.filter((k) => !keep.includes(k)).map((k) => [k, undefined]))),
  };
}
