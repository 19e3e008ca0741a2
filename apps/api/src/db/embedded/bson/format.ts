import type { Decimal128, Long, ObjectId } from 'bson';
import { bsonTypeOf, isPlainObject } from './codec.js';

/** Shell-like rendering of a value for error messages (`{ key: "x" }`, `ObjectId('…')`). */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object') return String(value);
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (value instanceof RegExp) return String(value);
  if (Array.isArray(value)) return `[ ${value.map(formatValue).join(', ')} ]`;
  if (isPlainObject(value)) {
    const fields = Object.entries(value).map(([k, v]) => `${k}: ${formatValue(v)}`);
    return fields.length ? `{ ${fields.join(', ')} }` : '{}';
  }
  switch (bsonTypeOf(value)) {
    case 'ObjectId':
      return `ObjectId('${(value as ObjectId).toHexString()}')`;
    case 'Long':
      return (value as Long).toString();
    case 'Decimal128':
      return `Decimal128("${(value as Decimal128).toString()}")`;
    default:
      return String(value);
  }
}
