import type { Doc } from '../bson/codec.js';
import { isPlainObject } from '../bson/codec.js';
import { compareValues, EMPTY_ARRAY_KEY, toDouble } from '../bson/compare.js';
import { collectPathValues, getPath, splitPath } from '../bson/paths.js';
import { badValue, notSupported } from '../errors.js';

export interface SortField {
  readonly path: string;
  readonly parts: readonly string[];
  readonly direction: 1 | -1;
}

export type SortPlan =
  | { readonly kind: 'fields'; readonly fields: readonly SortField[] }
  | { readonly kind: 'natural'; readonly direction: 1 | -1 };

/** Parses a sort document; undefined when there is nothing to sort by. */
export function parseSort(spec: unknown): SortPlan | undefined {
  if (spec === undefined || spec === null) return undefined;
  if (!isPlainObject(spec)) throw badValue('sort must be a document');
  const fields: SortField[] = [];
  for (const [path, value] of Object.entries(spec)) {
    if (isPlainObject(value)) throw notSupported(`sorting by ${JSON.stringify(value)} ($meta)`);
    const n = toDouble(value);
    if (n !== 1 && n !== -1) {
      throw badValue(
        `$sort key ordering must be 1 (for ascending) or -1 (for descending), got ${String(value)}`,
      );
    }
    if (path === '$natural') {
      if (Object.keys(spec).length > 1) throw badValue('$natural sort cannot be combined with other fields');
      return { kind: 'natural', direction: n };
    }
    if (path === '' || path.startsWith('$')) throw badValue(`invalid sort field name '${path}'`);
    fields.push({ path, parts: splitPath(path), direction: n });
  }
  return fields.length > 0 ? { kind: 'fields', fields } : undefined;
}

/** The value a document sorts by for one field: min element ascending, max element descending. */
function sortKey(doc: Doc, field: SortField): unknown {
  if (field.parts.length === 1) {
    const direct = doc[field.path];
    if (!Array.isArray(direct)) return direct ?? null;
    if (direct.length === 0) return EMPTY_ARRAY_KEY;
  } else {
    const direct = getPath(doc, field.parts);
    if (Array.isArray(direct) && direct.length === 0) return EMPTY_ARRAY_KEY;
  }
  const values: unknown[] = [];
  collectPathValues(doc, field.parts, values);
  let best: unknown = values[0] ?? null;
  for (let i = 1; i < values.length; i++) {
    const candidate = values[i] ?? null;
    const c = compareValues(candidate, best);
    if (field.direction === 1 ? c < 0 : c > 0) best = candidate;
  }
  return best;
}

/**
 * Sorts stably (ties keep their input order, i.e. natural order). With `limit`, keeps only the first
 * `limit` results and does so in O(n log limit) comparisons, which makes paginated queries cheap.
 */
export function sortItems<T>(
  items: readonly T[],
  plan: SortPlan,
  docOf: (item: T) => Doc,
  limit?: number,
): T[] {
  if (limit === 0) return [];
  if (plan.kind === 'natural') {
    const copy = items.slice();
    if (plan.direction === -1) copy.reverse();
    return limit === undefined ? copy : copy.slice(0, limit);
  }
  const fields = plan.fields;
  const decorated = items.map((item) => ({ item, keys: fields.map((f) => sortKey(docOf(item), f)) }));
  const compare = (a: (typeof decorated)[number], b: (typeof decorated)[number]): number => {
    for (let i = 0; i < fields.length; i++) {
      const c = compareValues(a.keys[i], b.keys[i]);
      if (c !== 0) return c * (fields[i] as SortField).direction;
    }
    return 0;
  };
  if (limit !== undefined && limit < decorated.length / 8) {
    const top: typeof decorated = [];
    for (const entry of decorated) {
      if (top.length === limit && compare(entry, top[top.length - 1] as (typeof decorated)[number]) >= 0)
        continue;
      let lo = 0;
      let hi = top.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compare(entry, top[mid] as (typeof decorated)[number]) < 0) hi = mid;
        else lo = mid + 1;
      }
      top.splice(lo, 0, entry);
      if (top.length > limit) top.pop();
    }
    return top.map((entry) => entry.item);
  }
  decorated.sort(compare);
  const sorted = decorated.map((entry) => entry.item);
  return limit === undefined ? sorted : sorted.slice(0, limit);
}
