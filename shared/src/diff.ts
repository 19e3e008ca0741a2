import { diffArrays } from 'diff';
import type { FicheContent } from './schemas/fiche.js';

/**
 * Section-aware, word-level diff of two versions of a fiche's French content, for the history screen of
 * the back-office (and the API's `GET /admin/fiches/:id/diff`). Framework-free and JSON-serialisable.
 *
 * - Header and metadata fields are compared field by field; text gets word-level operations.
 * - Section items, places and contacts are matched by their stable `id`, never by position: an item that only
 *   changed place is reported as `moved`, not as a change of every item in between.
 */

/** One run of text: kept, added in the newer version or removed from the older one. */
export interface TextOp {
  type: 'equal' | 'added' | 'removed';
  text: string;
}

/** A changed field. `path` is dotted from the compared object ("title", "eligibility.price.amountEuros"). */
export interface FieldDiff {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  /** Word-level operations when both versions are text. */
  ops?: TextOp[];
  /** The older value (absent when added). */
  from?: unknown;
  /** The newer value (absent when removed). */
  to?: unknown;
}

export type ItemChange = 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';

/** One item of a list (section item, place, contact), matched by id across the two versions. */
export interface ItemDiff {
  id: string;
  /** `changed` wins over `moved` when both apply; `moved` tells whether the item also changed place. */
  kind: ItemChange;
  moved: boolean;
  /** 0-based position in the older version (absent when added). */
  from?: number;
  /** 0-based position in the newer version (absent when removed). */
  to?: number;
  /** Title of the item in the newer version (older when removed), to label it. */
  label: string;
  /** Field changes inside the item (empty unless `changed`). */
  fields: FieldDiff[];
}

export const DIFF_LISTS = ['what', 'why', 'how', 'next', 'places', 'contacts'] as const;
export type DiffListKey = (typeof DIFF_LISTS)[number];

export interface ListDiff {
  key: DiffListKey;
  changed: boolean;
  /** Newer order, with removed items shown where they used to be. */
  items: ItemDiff[];
}

export interface FicheDiff {
  changed: boolean;
  /** Header and metadata: title, summary, themes, eligibility… (sections, places and contacts excluded). */
  fields: FieldDiff[];
  lists: ListDiff[];
  stats: { fields: number; added: number; removed: number; changed: number; moved: number };
}

/** Beyond this many token edits a text is shown as replaced as a whole (bounds CPU on 20 000-char bodies). */
const MAX_EDIT_LENGTH = 1_000;

// Words of any script (letters, combining marks, digits), runs of whitespace, or one other character.
const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu;

/** Splits text into word, whitespace and punctuation tokens (joining them gives the text back). */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const isSpace = (s: string) => /^\s+$/u.test(s);

/**
 * Word-level diff of two texts. Joining the `equal` and `removed` texts gives `before`; joining the `equal`
 * and `added` texts gives `after`. A lone space between two changes is folded into them, so a rewritten
 * phrase reads as one removal and one addition rather than word-by-word confetti.
 */
export function diffText(before: string, after: string): TextOp[] {
  if (before === after) return before ? [{ type: 'equal', text: before }] : [];
  const a = tokenize(before);
  const b = tokenize(after);
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDIT_LENGTH });
  const raw: TextOp[] = changes
    ? changes.map((c) => ({
        type: c.added ? 'added' : c.removed ? 'removed' : 'equal',
        text: c.value.join(''),
      }))
    : [
        { type: 'removed', text: before },
        { type: 'added', text: after },
      ];
  return coalesce(raw.filter((op) => op.text !== ''));
}

function coalesce(ops: TextOp[]): TextOp[] {
  // Fold whitespace-only equal runs that sit between two changes into the surrounding change.
  const folded: TextOp[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    const prev = folded[folded.length - 1];
    const next = ops[i + 1];
    if (
      op.type === 'equal' &&
      isSpace(op.text) &&
      prev &&
      prev.type !== 'equal' &&
      next &&
      next.type !== 'equal'
    ) {
      folded.push({ type: 'removed', text: op.text }, { type: 'added', text: op.text });
      continue;
    }
    folded.push(op);
  }
  // Group each run of changes as "removed, then added" and merge neighbours of the same type.
  const out: TextOp[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ type: 'removed', text: removed });
    if (added) out.push({ type: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const op of folded) {
    if (op.type === 'removed') removed += op.text;
    else if (op.type === 'added') added += op.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.type === 'equal') last.text += op.text;
      else out.push({ ...op });
    }
  }
  flush();
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structural equality of JSON-like values (key order does not matter). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!deepEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** Field-level diff of two JSON-like values: objects recurse; text gets word ops; anything else from/to. */
export function diffValues(before: unknown, after: unknown, path = ''): FieldDiff[] {
  if (deepEqual(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffValues(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (before === undefined) return [{ path, kind: 'added', to: after }];
  if (after === undefined) return [{ path, kind: 'removed', from: before }];
  if (typeof before === 'string' && typeof after === 'string')
    return [{ path, kind: 'changed', from: before, to: after, ops: diffText(before, after) }];
  return [{ path, kind: 'changed', from: before, to: after }];
}

type Identified = { id: string } & Record<string, unknown>;

function labelOf(item: Identified): string {
  for (const key of ['title', 'name'] as const) {
    const v = item[key];
    if (typeof v === 'string' && v) return v;
  }
  return item.id;
}

/** Keys items by id; a repeated id (invalid content, but possible in a draft) gets a `#n` suffix. */
function keyed(items: readonly Identified[]): { key: string; item: Identified; index: number }[] {
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    return { key: n === 1 ? item.id : `${item.id}#${n}`, item, index };
  });
}

/** Diff of two lists of items with stable ids: added, removed, changed, moved (by id, never by position). */
export function diffItems(
  key: DiffListKey,
  before: readonly Identified[],
  after: readonly Identified[],
): ListDiff {
  const old = keyed(before);
  const neu = keyed(after);
  const oldByKey = new Map(old.map((e) => [e.key, e]));
  const newKeys = new Set(neu.map((e) => e.key));

  // Items present in both: those outside a longest common subsequence of their order changed place.
  const commonOld = old.filter((e) => newKeys.has(e.key)).map((e) => e.key);
  const commonNew = neu.filter((e) => oldByKey.has(e.key)).map((e) => e.key);
  const stable = new Set<string>();
  for (const c of diffArrays(commonOld, commonNew))
    if (!c.added && !c.removed) c.value.forEach((k) => stable.add(k));

  const describe = (e: (typeof neu)[number]): ItemDiff => {
    const prev = oldByKey.get(e.key);
    if (!prev)
      return { id: e.item.id, kind: 'added', moved: false, to: e.index, label: labelOf(e.item), fields: [] };
    const { id: _a, ...was } = prev.item;
    const { id: _b, ...now } = e.item;
    const fields = diffValues(was, now);
    const moved = !stable.has(e.key);
    return {
      id: e.item.id,
      kind: fields.length ? 'changed' : moved ? 'moved' : 'unchanged',
      moved,
      from: prev.index,
      to: e.index,
      label: labelOf(e.item),
      fields,
    };
  };

  // Walk the newer list; put each removed item right after the item that preceded it in the older list.
  const removedAfter = new Map<string | null, ItemDiff[]>();
  let previousKept: string | null = null;
  for (const e of old) {
    if (newKeys.has(e.key)) {
      previousKept = e.key;
      continue;
    }
    const list = removedAfter.get(previousKept) ?? [];
    list.push({
      id: e.item.id,
      kind: 'removed',
      moved: false,
      from: e.index,
      label: labelOf(e.item),
      fields: [],
    });
    removedAfter.set(previousKept, list);
  }
  const items: ItemDiff[] = [...(removedAfter.get(null) ?? [])];
  for (const e of neu) {
    items.push(describe(e));
    items.push(...(removedAfter.get(e.key) ?? []));
  }
  return { key, changed: items.some((i) => i.kind !== 'unchanged'), items };
}

const LIST_FIELDS = new Set<string>(['sections', 'places', 'contacts']);

/** Section-aware, word-level diff between two versions of a fiche's content (older first). */
export function diffFicheContent(before: FicheContent, after: FicheContent): FicheDiff {
  const header = (c: FicheContent) =>
    Object.fromEntries(Object.entries(c).filter(([k]) => !LIST_FIELDS.has(k))) as Record<string, unknown>;
  const fields = diffValues(header(before), header(after));
  const lists: ListDiff[] = [
    diffItems('what', [before.sections.what], [after.sections.what]),
    diffItems('why', before.sections.why ?? [], after.sections.why ?? []),
    diffItems('how', before.sections.how ?? [], after.sections.how ?? []),
    diffItems('next', before.sections.next ?? [], after.sections.next ?? []),
    diffItems('places', before.places ?? [], after.places ?? []),
    diffItems('contacts', before.contacts ?? [], after.contacts ?? []),
  ];
  const stats = { fields: fields.length, added: 0, removed: 0, changed: 0, moved: 0 };
  for (const list of lists)
    for (const item of list.items) {
      if (item.kind === 'added') stats.added += 1;
      else if (item.kind === 'removed') stats.removed += 1;
      else if (item.kind === 'changed') stats.changed += 1;
      if (item.moved) stats.moved += 1;
    }
  return { changed: fields.length > 0 || lists.some((l) => l.changed), fields, lists, stats };
}
