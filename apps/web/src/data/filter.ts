/**
 * The public fiche list computed on the device from a stored pack, with the API's semantics
 * (apps/api/src/modules/fiches/fiches.service.ts listFiches + resolve.ts facetsOf): '*' in a facet means
 * "any", age ranges default to 0–120, sort 'recent' is updatedAt desc then id, 'title' is title then id.
 * Pure functions: tested against the API in e2e/offline-filter.test.ts.
 */
import type { FicheList, FicheListQuery, FicheSummary, ResolvedFiche } from '@reperes/shared/schemas/api';
import type { Facets } from '../store/db';

export const LIST_DEFAULTS = { sort: 'recent', page: 1, pageSize: 20 } as const;

/** The list query with the API's defaults applied (ficheListQuerySchema). */
export type ListQuery = Partial<FicheListQuery> & Pick<FicheListQuery, 'lang'>;

/** The facets of a resolved document: the same values the API stores at publish time. */
export function facetsOf(doc: ResolvedFiche): Facets {
  const e = doc.eligibility;
  const list = (v: unknown): string[] => (Array.isArray(v) && v.length ? (v as string[]) : ['*']);
  const age = typeof e.age === 'object' ? e.age : undefined;
  return {
    themes: [doc.mainTheme, ...doc.secondaryThemes].filter((t): t is string => Boolean(t)),
    needs: doc.needs,
    type: doc.type,
    departments:
      typeof e.location === 'object' && e.location.kind === 'departments' ? e.location.departments : ['*'],
    ageMin: age?.min ?? 0,
    ageMax: age?.max ?? 120,
    frenchLevels: list(e.frenchLevel),
    legalStatuses: list(e.legalStatus),
  };
}

/** The list entry of a resolved document, as the API builds it (resolve.ts, `summary`). */
export function summaryOf(doc: ResolvedFiche): FicheSummary {
  return {
    id: doc.id,
    slug: doc.slug,
    type: doc.type,
    lang: doc.lang,
    title: doc.header.title,
    summary: doc.header.summary,
    textLang: doc.header.lang,
    ...(doc.brandTitle ? { brandTitle: doc.brandTitle } : {}),
    ...(doc.mainTheme ? { mainTheme: doc.mainTheme } : {}),
    needs: doc.needs,
    hash: doc.hash,
    updatedAt: doc.updatedAt,
  };
}

const anyOr = (values: string[], wanted: string) => values.includes(wanted) || values.includes('*');

/** Whether a fiche with these facets is in the list for this query. */
export function matchesQuery(facets: Facets, id: string, q: ListQuery): boolean {
  if (q.theme && !facets.themes.includes(q.theme)) return false;
  if (q.need && !facets.needs.includes(q.need)) return false;
  if (q.type && facets.type !== q.type) return false;
  if (q.ids && !q.ids.includes(id)) return false;
  if (q.department && !anyOr(facets.departments, q.department)) return false;
  if (q.frenchLevel && !anyOr(facets.frenchLevels, q.frenchLevel)) return false;
  if (q.legalStatus && !anyOr(facets.legalStatuses, q.legalStatus)) return false;
  if (q.age !== undefined && !(facets.ageMin <= q.age && facets.ageMax >= q.age)) return false;
  return true;
}

// MongoDB compares strings by code point; `<` on UTF-16 code units agrees outside the astral planes.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One page of the matching fiches, sorted like the API, with the total count. */
export function listFromCards<C extends { id: string; summary: FicheSummary; facets: Facets }>(
  cards: readonly C[],
  query: ListQuery,
): FicheList {
  const page = query.page ?? LIST_DEFAULTS.page;
  const pageSize = query.pageSize ?? LIST_DEFAULTS.pageSize;
  const sort = query.sort ?? LIST_DEFAULTS.sort;
  const matching = cards.filter((c) => matchesQuery(c.facets, c.id, query));
  matching.sort((a, b) => {
    const first =
      sort === 'title'
        ? compareText(a.summary.title, b.summary.title)
        : Date.parse(b.summary.updatedAt) - Date.parse(a.summary.updatedAt);
    return first || compareText(a.id, b.id);
  });
  const start = (page - 1) * pageSize;
  return {
    items: matching.slice(start, start + pageSize).map((c) => c.summary),
    page,
    pageSize,
    total: matching.length,
  };
}

/** The query string the API expects for a list query (same order every time: a stable cache key). */
export function listSearchParams(query: ListQuery): URLSearchParams {
  const params = new URLSearchParams();
  const keys = [
    'lang',
    'theme',
    'need',
    'type',
    'department',
    'age',
    'frenchLevel',
    'legalStatus',
    'sort',
    'page',
    'pageSize',
  ] as const;
  for (const key of keys) {
    const value = query[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (query.ids?.length) params.set('ids', query.ids.join(','));
  return params;
}
