import type { Decimal128, Long, ObjectId, Timestamp } from 'bson';
import { bsonTypeOf, isPlainObject, type Doc } from './codec.js';

/** Sort-key marker for an empty array, which MongoDB orders before null. */
export const EMPTY_ARRAY_KEY = Symbol('emptyArray');

/** Canonical type order of MongoDB's BSON comparison (numbers of different types compare as numbers). */
export function typeRank(value: unknown): number {
  if (value === undefined || value === null) return 2;
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 3;
    case 'string':
      return 4;
    case 'boolean':
      return 9;
    case 'symbol':
      return value === EMPTY_ARRAY_KEY ? 1.5 : 2;
    case 'object':
      break;
    default:
      return 13;
  }
  if (Array.isArray(value)) return 6;
  if (value instanceof Date) return 10;
  if (value instanceof RegExp) return 12;
  if (value instanceof Uint8Array) return 7;
  switch (bsonTypeOf(value)) {
    case undefined:
      return 5;
    case 'MinKey':
      return 1;
    case 'Long':
    case 'Int32':
    case 'Double':
    case 'Decimal128':
      return 3;
    case 'BSONSymbol':
      return 4;
    case 'DBRef':
      return 5;
    case 'Binary':
      return 7;
    case 'ObjectId':
      return 8;
    case 'Timestamp':
      return 11;
    case 'BSONRegExp':
      return 12;
    case 'Code':
      return 13;
    case 'MaxKey':
      return 100;
    default:
      return 5;
  }
}

export function isNumeric(value: unknown): boolean {
  return typeRank(value) === 3;
}

/** A JS number close to the value (exact for int32, double and safe-range Long). */
export function toDouble(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  switch (bsonTypeOf(value)) {
    case 'Long':
      return (value as Long).toNumber();
    case 'Decimal128':
      return Number((value as Decimal128).toString());
    case 'Int32':
    case 'Double':
      return (value as { value: number }).value;
    default:
      return Number.NaN;
  }
}

function compareNumbers(a: unknown, b: unknown): number {
  if (bsonTypeOf(a) === 'Long' && bsonTypeOf(b) === 'Long') return (a as Long).compare(b as Long);
  const x = toDouble(a);
  const y = toDouble(b);
  // MongoDB sorts NaN before every other number.
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : -1;
  if (Number.isNaN(y)) return 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return (a[i] ?? 0) < (b[i] ?? 0) ? -1 : 1;
  }
  return 0;
}

function binaryParts(value: unknown): { bytes: Uint8Array; subtype: number } {
  if (value instanceof Uint8Array) return { bytes: value, subtype: 0 };
  const binary = value as { buffer: Uint8Array; position: number; sub_type: number };
  return { bytes: binary.buffer.subarray(0, binary.position), subtype: binary.sub_type };
}

function compareObjects(a: Doc, b: Doc): number {
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  const n = Math.min(keysA.length, keysB.length);
  for (let i = 0; i < n; i++) {
    const ka = keysA[i] as string;
    const kb = keysB[i] as string;
    const va = a[ka];
    const vb = b[kb];
    const rank = typeRank(va) - typeRank(vb);
    if (rank !== 0) return rank < 0 ? -1 : 1;
    const names = compareStrings(ka, kb);
    if (names !== 0) return names;
    const values = compareValues(va, vb);
    if (values !== 0) return values;
  }
  return keysA.length === keysB.length ? 0 : keysA.length < keysB.length ? -1 : 1;
}

function compareArrays(a: readonly unknown[], b: readonly unknown[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareValues(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** MongoDB's BSON comparison: canonical type order first, then the values. */
export function compareValues(a: unknown, b: unknown): number {
  const rankA = typeRank(a);
  const rankB = typeRank(b);
  if (rankA !== rankB) return rankA < rankB ? -1 : 1;
  switch (rankA) {
    case 3:
      return compareNumbers(a, b);
    case 4:
      return compareStrings(String(a), String(b));
    case 5:
      return compareObjects(toComparableObject(a), toComparableObject(b));
    case 6:
      return compareArrays(a as unknown[], b as unknown[]);
    case 7: {
      const x = binaryParts(a);
      const y = binaryParts(b);
      if (x.bytes.length !== y.bytes.length) return x.bytes.length < y.bytes.length ? -1 : 1;
      if (x.subtype !== y.subtype) return x.subtype < y.subtype ? -1 : 1;
      return compareBytes(x.bytes, y.bytes);
    }
    case 8:
      return compareStrings((a as ObjectId).toHexString(), (b as ObjectId).toHexString());
    case 9:
      return a === b ? 0 : a ? 1 : -1;
    case 10:
      return compareNumbers((a as Date).getTime(), (b as Date).getTime());
    case 11: {
      const x = a as Timestamp;
      const y = b as Timestamp;
      return x.t !== y.t ? (x.t < y.t ? -1 : 1) : x.i === y.i ? 0 : x.i < y.i ? -1 : 1;
    }
    case 12: {
      const x = regexParts(a);
      const y = regexParts(b);
      return compareStrings(x.source, y.source) || compareStrings(x.flags, y.flags);
    }
    case 13:
      return compareStrings(String(a), String(b));
    default:
      return 0;
  }
}

function toComparableObject(value: unknown): Doc {
  if (isPlainObject(value)) return value;
  // DBRef and other object-like bson values compare by their document form.
  const json = (value as { toJSON?: () => unknown }).toJSON?.();
  return isPlainObject(json) ? json : {};
}

function regexParts(value: unknown): { source: string; flags: string } {
  if (value instanceof RegExp) return { source: value.source, flags: value.flags };
  const bsonRegex = value as { pattern: string; options: string };
  return { source: bsonRegex.pattern, flags: bsonRegex.options };
}

export function valuesEqual(a: unknown, b: unknown): boolean {
  return compareValues(a, b) === 0;
}

/**
 * True when both values would serialize to the same BSON: same types (not just comparable numbers) and, for
 * documents, the same field order. Used to tell a no-op update from a modification.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b) return false;
  if (typeof a === 'number') return Object.is(a, b) || (a === b && a !== 0);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    return keysA.every((key, i) => key === keysB[i] && sameValue(a[key], b[key]));
  }
  if (a.constructor !== b.constructor && bsonTypeOf(a) !== bsonTypeOf(b)) return false;
  if (bsonTypeOf(a) === 'Long' && (a as Long).unsigned !== (b as Long).unsigned) return false;
  return compareValues(a, b) === 0;
}
