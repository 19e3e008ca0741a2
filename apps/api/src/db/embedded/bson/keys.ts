import type { Binary, Decimal128, Long, ObjectId, Timestamp } from 'bson';
import { bsonTypeOf, isPlainObject } from './codec.js';

/**
 * A string that is equal for two values exactly when MongoDB considers them equal (numbers of different
 * types included: 1, 1.0 and Long(1) share a key). Used as hash-map keys by indexes, $in and distinct.
 */
export function keyOf(value: unknown): string {
  if (value === undefined || value === null) return 'N';
  switch (typeof value) {
    case 'number':
      return numberKey(value);
    case 'string':
      return `s${value}`;
    case 'boolean':
      return value ? 'b1' : 'b0';
    case 'bigint':
      return `n${value}`;
    case 'symbol':
      return 'N';
    case 'object':
      break;
    default:
      return `?${String(value)}`;
  }
  if (Array.isArray(value)) return `[${value.map(keyOf).map(framed).join('')}]`;
  if (value instanceof Date) return `t${value.getTime()}`;
  if (value instanceof RegExp) return `r${framed(value.source)}${value.flags}`;
  if (isPlainObject(value)) {
    let key = '{';
    for (const field of Object.keys(value)) key += framed(field) + framed(keyOf(value[field]));
    return `${key}}`;
  }
  switch (bsonTypeOf(value)) {
    case 'ObjectId':
      return `o${(value as ObjectId).toHexString()}`;
    case 'Long': {
      const long = value as Long;
      const n = long.toNumber();
      return Number.isSafeInteger(n) ? numberKey(n) : `n${long.toString()}`;
    }
    case 'Decimal128': {
      const text = (value as Decimal128).toString();
      const n = Number(text);
      return Number.isFinite(n) ? numberKey(n) : `d${text}`;
    }
    case 'Int32':
    case 'Double':
      return numberKey((value as { value: number }).value);
    case 'Binary': {
      const binary = value as Binary;
      return `x${binary.sub_type}:${binary.toString('base64')}`;
    }
    case 'Timestamp':
      return `T${(value as Timestamp).toString()}`;
    case 'MinKey':
      return 'm-';
    case 'MaxKey':
      return 'm+';
    default:
      return `?${bsonTypeOf(value) ?? 'object'}:${JSON.stringify(value)}`;
  }
}

function numberKey(n: number): string {
  return Object.is(n, -0) ? 'n0' : `n${n}`;
}

/** Length-prefixes a part so concatenated keys stay unambiguous whatever the strings contain. */
export function framed(part: string): string {
  return `${part.length}:${part}`;
}
