import type { Doc } from '../bson/codec.js';
import { formatValue } from '../bson/format.js';
import { framed, keyOf } from '../bson/keys.js';
import { collectPathValues, splitPath } from '../bson/paths.js';
import { ErrorCode, mongoError, type MongoCommandError } from '../errors.js';
import { compileFilter, type CompiledFilter } from '../query/filter.js';
import type { IndexSpec } from './index-spec.js';
import type { DocRecord } from './record.js';

/** One entry of an index for one document: its hash key and the field values it was built from. */
export interface IndexKey {
  readonly hash: string;
  readonly prefixHash: string;
  readonly values: readonly unknown[];
}

interface IndexField {
  readonly path: string;
  readonly parts: readonly string[];
}

/**
 * An index as hash maps: full key → documents (equality lookups and uniqueness), and for compound indexes
 * first field → documents (equality on the index prefix). Lookups cost O(1) whatever the collection size;
 * range queries and sorts do not use indexes here.
 */
export class HashIndex {
  readonly spec: IndexSpec;
  readonly fields: readonly IndexField[];
  readonly unique: boolean;
  readonly sparse: boolean;
  readonly partial: CompiledFilter | undefined;
  private readonly entries = new Map<string, Set<DocRecord>>();
  private readonly prefixEntries: Map<string, Set<DocRecord>> | undefined;

  constructor(spec: IndexSpec) {
    this.spec = spec;
    this.fields = Object.keys(spec.key).map((path) => ({ path, parts: splitPath(path) }));
    this.unique = spec.unique === true || spec.name === '_id_';
    this.sparse = spec.sparse === true;
    this.partial = spec.partialFilterExpression ? compileFilter(spec.partialFilterExpression) : undefined;
    this.prefixEntries = this.fields.length > 1 ? new Map() : undefined;
  }

  get name(): string {
    return this.spec.name;
  }

  /** The keys of a document, or null when the index leaves it out (sparse, partial). */
  keysFor(doc: Doc): IndexKey[] | null {
    if (this.partial && !this.partial.test(doc)) return null;
    const perField: { hash: string; value: unknown }[][] = [];
    const multikeyPaths: string[] = [];
    let allMissing = true;
    for (const field of this.fields) {
      const values: unknown[] = [];
      if (collectPathValues(doc, field.parts, values)) multikeyPaths.push(field.path);
      if (multikeyPaths.length > 1) {
        throw mongoError(
          ErrorCode.CannotIndexParallelArrays,
          `cannot index parallel arrays [${multikeyPaths[1]}] [${multikeyPaths[0]}]`,
        );
      }
      const seen = new Set<string>();
      const entries: { hash: string; value: unknown }[] = [];
      for (const value of values) {
        if (value !== undefined) allMissing = false;
        const hash = keyOf(value);
        if (!seen.has(hash)) {
          seen.add(hash);
          entries.push({ hash, value: value ?? null });
        }
      }
      perField.push(entries);
    }
    if (this.sparse && allMissing) return null;
    if (perField.length === 1) {
      return (perField[0] ?? []).map((e) => ({ hash: e.hash, prefixHash: e.hash, values: [e.value] }));
    }
    let combos: { hashes: string[]; values: unknown[] }[] = [{ hashes: [], values: [] }];
    for (const entries of perField) {
      const next: typeof combos = [];
      for (const combo of combos) {
        for (const entry of entries) {
          next.push({ hashes: [...combo.hashes, entry.hash], values: [...combo.values, entry.value] });
        }
      }
      combos = next;
    }
    return combos.map((c) => ({
      hash: c.hashes.map(framed).join(''),
      prefixHash: c.hashes[0] as string,
      values: c.values,
    }));
  }

  add(record: DocRecord, keys: readonly IndexKey[] | null): void {
    if (!keys) return;
    for (const key of keys) {
      addTo(this.entries, key.hash, record);
      if (this.prefixEntries) addTo(this.prefixEntries, key.prefixHash, record);
    }
  }

  delete(record: DocRecord, keys: readonly IndexKey[] | null): void {
    if (!keys) return;
    for (const key of keys) {
      deleteFrom(this.entries, key.hash, record);
      if (this.prefixEntries) deleteFrom(this.prefixEntries, key.prefixHash, record);
    }
  }

  /** For a unique index: the first key that another document already has. */
  conflict(keys: readonly IndexKey[] | null, self?: DocRecord): IndexKey | undefined {
    if (!this.unique || !keys) return undefined;
    for (const key of keys) {
      const holders = this.entries.get(key.hash);
      if (holders && (holders.size > 1 || !holders.has(self as DocRecord))) return key;
    }
    return undefined;
  }

  duplicateKeyError(ns: string, key: IndexKey): MongoCommandError {
    const keyValue: Doc = {};
    this.fields.forEach((field, i) => {
      keyValue[field.path] = key.values[i] ?? null;
    });
    const rendered = this.fields.map((f, i) => `${f.path}: ${formatValue(key.values[i])}`).join(', ');
    return mongoError(
      ErrorCode.DuplicateKey,
      `E11000 duplicate key error collection: ${ns} index: ${this.name} dup key: { ${rendered} }`,
      { keyPattern: this.spec.key, keyValue },
    );
  }

  /**
   * Documents whose leading fields equal one of the given values (one list per leading field), or undefined
   * when this index cannot answer for that many fields.
   */
  lookup(
    valuesPerField: readonly (readonly unknown[])[],
  ): { sets: Set<DocRecord>[]; keysExamined: number } | undefined {
    const sets: Set<DocRecord>[] = [];
    if (valuesPerField.length === this.fields.length) {
      let hashes = [''];
      for (const values of valuesPerField) {
        const next: string[] = [];
        for (const prefix of hashes) {
          for (const value of values) {
            next.push(this.fields.length === 1 ? keyOf(value) : prefix + framed(keyOf(value)));
          }
        }
        hashes = next;
        if (hashes.length > 10_000) return undefined;
      }
      for (const hash of hashes) {
        const set = this.entries.get(hash);
        if (set) sets.push(set);
      }
      return { sets, keysExamined: hashes.length };
    }
    if (valuesPerField.length >= 1 && this.prefixEntries) {
      const first = valuesPerField[0] ?? [];
      for (const value of first) {
        const set = this.prefixEntries.get(keyOf(value));
        if (set) sets.push(set);
      }
      return { sets, keysExamined: first.length };
    }
    return undefined;
  }

  clear(): void {
    this.entries.clear();
    this.prefixEntries?.clear();
  }
}

function addTo(map: Map<string, Set<DocRecord>>, hash: string, record: DocRecord): void {
  const set = map.get(hash);
  if (set) set.add(record);
  else map.set(hash, new Set([record]));
}

function deleteFrom(map: Map<string, Set<DocRecord>>, hash: string, record: DocRecord): void {
  const set = map.get(hash);
  if (!set) return;
  set.delete(record);
  if (set.size === 0) map.delete(hash);
}
