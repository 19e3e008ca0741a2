import { UUID } from 'bson';
import { deepFreeze, type Doc } from '../bson/codec.js';
import { sameValue } from '../bson/compare.js';
import { ErrorCode, mongoError } from '../errors.js';
import type { CompiledFilter } from '../query/filter.js';
import { HashIndex, type IndexKey } from './hash-index.js';
import {
  ID_INDEX_NAME,
  ID_INDEX_SPEC,
  sameIndexOptions,
  sameKeyPattern,
  type IndexSpec,
} from './index-spec.js';
import { byNaturalOrder, type DocRecord } from './record.js';

/** Where the candidates of a query come from. */
export interface AccessPlan {
  /** Candidate records in natural order; the filter must still be applied to each. */
  readonly records: Iterable<DocRecord>;
  readonly indexName: string | undefined;
  readonly keysExamined: number;
}

export interface CollectionOwner {
  readonly name: string;
  markDirty(): void;
}

/**
 * The documents of one collection, in natural order, with their indexes. Every method is synchronous and
 * either fully applies or throws without changing anything (unique checks happen before any change).
 */
export class Collection {
  readonly name: string;
  readonly uuid: UUID;
  private readonly owner: CollectionOwner;
  private readonly records = new Set<DocRecord>();
  private readonly indexes = new Map<string, HashIndex>();
  private nextSeq = 1;

  constructor(owner: CollectionOwner, name: string, uuid?: UUID) {
    this.owner = owner;
    this.name = name;
    this.uuid = uuid ?? new UUID();
    this.indexes.set(ID_INDEX_NAME, new HashIndex(ID_INDEX_SPEC));
  }

  get ns(): string {
    return `${this.owner.name}.${this.name}`;
  }

  get count(): number {
    return this.records.size;
  }

  /** Live view in natural order; copy it before modifying the collection while iterating. */
  all(): Iterable<DocRecord> {
    return this.records;
  }

  documents(): Doc[] {
    return Array.from(this.records, (r) => r.doc);
  }

  indexSpecs(): IndexSpec[] {
    return Array.from(this.indexes.values(), (index) => index.spec);
  }

  hasIndex(name: string): boolean {
    return this.indexes.has(name);
  }

  findIndexByKey(key: Doc): HashIndex | undefined {
    for (const index of this.indexes.values()) if (sameKeyPattern(index.spec.key, key)) return index;
    return undefined;
  }

  private keysOf(doc: Doc): Map<HashIndex, IndexKey[] | null> {
    const keys = new Map<HashIndex, IndexKey[] | null>();
    for (const index of this.indexes.values()) keys.set(index, index.keysFor(doc));
    return keys;
  }

  private assertUnique(keys: Map<HashIndex, IndexKey[] | null>, self?: DocRecord): void {
    for (const [index, indexKeys] of keys) {
      const conflict = index.conflict(indexKeys, self);
      if (conflict) throw index.duplicateKeyError(this.ns, conflict);
    }
  }

  /** Stores a new document (which must have its `_id`); it is frozen from now on. */
  insert(doc: Doc): DocRecord {
    const keys = this.keysOf(doc);
    this.assertUnique(keys);
    const record: DocRecord = { doc: deepFreeze(doc), seq: this.nextSeq++ };
    this.records.add(record);
    for (const [index, indexKeys] of keys) index.add(record, indexKeys);
    this.owner.markDirty();
    return record;
  }

  replace(record: DocRecord, newDoc: Doc): void {
    const oldKeys = this.keysOf(record.doc);
    const newKeys = this.keysOf(newDoc);
    this.assertUnique(newKeys, record);
    for (const [index, indexKeys] of oldKeys) index.delete(record, indexKeys);
    record.doc = deepFreeze(newDoc);
    for (const [index, indexKeys] of newKeys) index.add(record, indexKeys);
    this.owner.markDirty();
  }

  remove(record: DocRecord): void {
    if (!this.records.delete(record)) return;
    for (const [index, indexKeys] of this.keysOf(record.doc)) index.delete(record, indexKeys);
    this.owner.markDirty();
  }

  /** Picks the index that answers the filter's equalities with the fewest candidates, or a full scan. */
  plan(filter: CompiledFilter): AccessPlan {
    let best: { index: HashIndex; sets: Set<DocRecord>[]; size: number; keysExamined: number } | undefined;
    if (filter.equalities.size > 0) {
      for (const index of this.indexes.values()) {
        if (index.partial) continue;
        const values: (readonly unknown[])[] = [];
        for (const field of index.fields) {
          const fieldValues = filter.equalities.get(field.path);
          if (!fieldValues) break;
          values.push(fieldValues);
        }
        if (values.length === 0) continue;
        // A sparse index leaves out documents without the field, which {field: null} must find.
        if (index.sparse && values.some((list) => list.some((v) => v === null))) continue;
        const result = index.lookup(values);
        if (!result) continue;
        const size = result.sets.reduce((sum, set) => sum + set.size, 0);
        if (!best || size < best.size) best = { index, ...result, size };
      }
    }
    if (!best) return { records: this.records, indexName: undefined, keysExamined: 0 };
    let records: DocRecord[];
    if (best.sets.length === 1) records = Array.from(best.sets[0] as Set<DocRecord>);
    else records = Array.from(new Set(best.sets.flatMap((set) => Array.from(set))));
    if (records.length > 1) records.sort(byNaturalOrder);
    return { records, indexName: best.index.name, keysExamined: best.keysExamined };
  }

  /**
   * Adds indexes all or nothing: a unique index over existing duplicates fails with E11000 and none of the
   * requested indexes is created. Returns how many were actually new.
   */
  createIndexes(specs: readonly IndexSpec[]): number {
    const fresh: HashIndex[] = [];
    for (const spec of specs) {
      const sameName = this.indexes.get(spec.name) ?? fresh.find((i) => i.name === spec.name);
      if (sameName) {
        if (sameKeyPattern(sameName.spec.key, spec.key) && sameIndexOptions(sameName.spec, spec)) continue;
        throw mongoError(
          ErrorCode.IndexKeySpecsConflict,
          `An existing index has the same name as the requested index but a different key or options. ` +
            `Requested index: ${JSON.stringify(spec)}, existing index: ${JSON.stringify(sameName.spec)}`,
        );
      }
      const sameKey = [...this.indexes.values(), ...fresh].find(
        (i) => sameKeyPattern(i.spec.key, spec.key) && samePartialFilter(i.spec, spec),
      );
      if (sameKey) {
        throw mongoError(
          ErrorCode.IndexOptionsConflict,
          `Index already exists with a different name: ${sameKey.name}`,
        );
      }
      fresh.push(new HashIndex(spec));
    }
    try {
      for (const index of fresh) {
        for (const record of this.records) {
          const keys = index.keysFor(record.doc);
          const conflict = index.conflict(keys);
          if (conflict) throw index.duplicateKeyError(this.ns, conflict);
          index.add(record, keys);
        }
      }
    } catch (error) {
      for (const built of fresh) built.clear();
      throw error;
    }
    for (const index of fresh) this.indexes.set(index.name, index);
    if (fresh.length > 0) this.owner.markDirty();
    return fresh.length;
  }

  dropIndex(name: string): void {
    if (name === ID_INDEX_NAME) throw mongoError(ErrorCode.InvalidOptions, 'cannot drop _id index');
    if (!this.indexes.delete(name)) {
      throw mongoError(ErrorCode.IndexNotFound, `index not found with name [${name}]`);
    }
    this.owner.markDirty();
  }

  /** Indexes with a TTL, for the expiry sweep. */
  ttlIndexes(): HashIndex[] {
    return Array.from(this.indexes.values()).filter((i) => i.spec.expireAfterSeconds !== undefined);
  }
}

/** Two indexes on the same key conflict unless their partial filters differ (mongod allows that). */
function samePartialFilter(a: IndexSpec, b: IndexSpec): boolean {
  return sameValue(a.partialFilterExpression, b.partialFilterExpression);
}
