import { Binary, BSON } from 'bson';

/** A BSON document as held in memory: plain objects and arrays, bson classes for the other BSON types. */
export type Doc = Record<string, unknown>;

export const MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;
export const MAX_MESSAGE_SIZE_BYTES = 48_000_000;
export const MAX_WRITE_BATCH_SIZE = 100_000;

/**
 * int32 and double become JS numbers (what every JS client sees anyway), but 64-bit integers stay `Long`
 * so they keep their type through storage and restarts; regular expressions become RegExp for mingo.
 */
const DESERIALIZE_OPTIONS: BSON.DeserializeOptions = {
  promoteLongs: false,
  promoteValues: true,
  promoteBuffers: false,
  bsonRegExp: false,
};

/**
 * mingo compares custom objects through `toString()`, and `Binary#toString()` decodes the bytes as UTF-8,
 * which makes different byte strings look equal. Stored and queried binaries use this subclass whose
 * string form is exact; it serializes exactly like a Binary.
 */
export class ExactBinary extends Binary {
  override toString(encoding?: 'hex' | 'base64' | 'utf8' | 'utf-8'): string {
    if (encoding !== undefined) return super.toString(encoding);
    return `Binary(${this.sub_type},${super.toString('base64')})`;
  }
}

export function isPlainObject(value: unknown): value is Doc {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The `_bsontype` tag of bson class instances (ObjectId, Long, Binary, …); undefined for everything else. */
export function bsonTypeOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const tag = (value as { _bsontype?: unknown })._bsontype;
  return typeof tag === 'string' ? tag : undefined;
}

/** Fixes up freshly deserialized values in place (see ExactBinary and the regex note below). */
export function normalizeValues(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = normalizeValues(value[i]);
    return value;
  }
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) value[key] = normalizeValues(value[key]);
    return value;
  }
  if (value instanceof Binary && value.constructor === Binary) {
    return new ExactBinary(value.buffer.subarray(0, value.position), value.sub_type);
  }
  // bson turns the BSON `s` (dotAll) option into JS `g`, which would also make the regex stateful.
  if (value instanceof RegExp && value.flags.includes('g')) {
    return new RegExp(value.source, value.flags.replace('g', value.flags.includes('s') ? '' : 's'));
  }
  return value;
}

export function decodeDocument(bytes: Uint8Array): Doc {
  return normalizeValues(BSON.deserialize(bytes, DESERIALIZE_OPTIONS)) as Doc;
}

export function encodeDocument(doc: Doc): Uint8Array {
  return BSON.serialize(doc);
}

export function documentSize(doc: Doc): number {
  return BSON.calculateObjectSize(doc);
}

/** Deep copy of plain objects, arrays and Dates; bson values are immutable and shared. */
export function deepClone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => deepClone(item)) as T;
  if (isPlainObject(value)) {
    const copy: Doc = {};
    for (const key of Object.keys(value)) copy[key] = deepClone(value[key]);
    return copy as T;
  }
  if (value instanceof Date) return new Date(value.getTime()) as T;
  return value;
}

/**
 * Stored documents are never modified in place: every write replaces the whole document. Freezing makes
 * an accidental in-place change fail loudly instead of silently corrupting data or a cursor's snapshot.
 */
export function deepFreeze<T>(value: T): T {
  if ((Array.isArray(value) || isPlainObject(value)) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value as object)) deepFreeze(item);
  }
  return value;
}
