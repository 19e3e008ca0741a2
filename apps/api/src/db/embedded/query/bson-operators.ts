import type { AnyObject, Options } from 'mingo/types';
import { resolve } from 'mingo/util';
import { bsonTypeOf, isPlainObject } from '../bson/codec.js';
import { compareValues, typeRank } from '../bson/compare.js';
import { keyOf } from '../bson/keys.js';
import { badValue } from '../errors.js';

/**
 * Comparison and $type query operators that follow MongoDB's BSON rules, replacing mingo's JS-typed ones:
 * numbers of every BSON type compare as numbers (1 == Long(1) == 1.0), comparisons only match values of
 * the same type bracket, and $type knows ObjectId, Long, Decimal128, Binary, Timestamp…
 */
type Predicate = (doc: AnyObject) => boolean;
type QueryOperator = (selector: string, value: unknown, options: Options) => Predicate;

function depthOf(selector: string): number {
  let depth = 0;
  for (let i = 0; i < selector.length; i++) if (selector.charCodeAt(i) === 46) depth++;
  return depth;
}

function flattenInto(values: readonly unknown[], depth: number, out: unknown[]): void {
  for (const value of values) {
    if (Array.isArray(value) && depth > 0) flattenInto(value, depth - 1, out);
    else out.push(value);
  }
}

/** The values a field condition is tested against: the field itself, then array elements. */
function candidates(doc: AnyObject, selector: string, depth: number): unknown[] {
  const lhs = resolve(doc, selector, { unwrapArray: true });
  if (!Array.isArray(lhs)) return [lhs];
  const out: unknown[] = [lhs];
  flattenInto(lhs, depth, out);
  return out;
}

function equalityPredicate(selector: string, value: unknown): Predicate {
  const depth = depthOf(selector);
  if (value instanceof RegExp) {
    const source = value.source;
    const flags = value.flags;
    return (doc) =>
      candidates(doc, selector, depth).some(
        (c) => c instanceof RegExp && c.source === source && c.flags === flags,
      );
  }
  return (doc) => candidates(doc, selector, depth).some((c) => compareValues(c, value) === 0);
}

function comparisonOperator(test: (order: number) => boolean): QueryOperator {
  return (selector, value) => {
    const depth = depthOf(selector);
    const rank = typeRank(value);
    return (doc) =>
      candidates(doc, selector, depth).some((c) => typeRank(c) === rank && test(compareValues(c, value)));
  };
}

function stripGlobal(regex: RegExp): RegExp {
  return regex.flags.includes('g') || regex.flags.includes('y')
    ? new RegExp(regex.source, regex.flags.replace(/[gy]/g, ''))
    : regex;
}

function membershipPredicate(selector: string, values: unknown, operator: string): Predicate {
  if (!Array.isArray(values)) throw badValue(`${operator} needs an array`);
  const keys = new Set<string>();
  const patterns: RegExp[] = [];
  for (const value of values) {
    if (value instanceof RegExp) patterns.push(stripGlobal(value));
    else if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
      throw badValue(`cannot nest $ under ${operator}`);
    } else keys.add(keyOf(value));
  }
  const depth = depthOf(selector);
  return (doc) =>
    candidates(doc, selector, depth).some(
      (c) => keys.has(keyOf(c)) || (typeof c === 'string' && patterns.some((p) => p.test(c))),
    );
}

const TYPE_ALIASES: Record<string, number> = {
  double: 1,
  string: 2,
  object: 3,
  array: 4,
  binData: 5,
  undefined: 6,
  objectId: 7,
  bool: 8,
  date: 9,
  null: 10,
  regex: 11,
  dbPointer: 12,
  javascript: 13,
  symbol: 14,
  int: 16,
  timestamp: 17,
  long: 18,
  decimal: 19,
  minKey: -1,
  maxKey: 127,
};

function bsonTypeNumber(value: unknown): number {
  if (value === null) return 10;
  if (value === undefined) return 6;
  switch (typeof value) {
    case 'number':
      return Number.isInteger(value) && value >= -2147483648 && value <= 2147483647 && !Object.is(value, -0)
        ? 16
        : 1;
    case 'string':
      return 2;
    case 'boolean':
      return 8;
    case 'bigint':
      return 18;
    default:
      break;
  }
  if (Array.isArray(value)) return 4;
  if (value instanceof Date) return 9;
  if (value instanceof RegExp) return 11;
  switch (bsonTypeOf(value)) {
    case undefined:
    case 'DBRef':
      return 3;
    case 'ObjectId':
      return 7;
    case 'Long':
      return 18;
    case 'Decimal128':
      return 19;
    case 'Int32':
      return 16;
    case 'Double':
      return 1;
    case 'Binary':
      return 5;
    case 'Timestamp':
      return 17;
    case 'BSONRegExp':
      return 11;
    case 'Code':
      return 13;
    case 'BSONSymbol':
      return 14;
    case 'MinKey':
      return -1;
    case 'MaxKey':
      return 127;
    default:
      return 3;
  }
}

const $type: QueryOperator = (selector, spec) => {
  const wanted = (Array.isArray(spec) ? spec : [spec]).map((t: unknown) => {
    if (t === 'number') return 'number';
    const code = typeof t === 'string' ? TYPE_ALIASES[t] : typeof t === 'number' ? t : undefined;
    if (code === undefined) throw badValue(`unknown type name alias: ${String(t)}`);
    return code;
  });
  const matches = (value: unknown): boolean => {
    const code = bsonTypeNumber(value);
    return wanted.some((w) => (w === 'number' ? [1, 16, 18, 19].includes(code) : w === code));
  };
  return (doc) => {
    const lhs = resolve(doc, selector, { unwrapArray: true });
    if (lhs === undefined) return false;
    if (matches(lhs)) return true;
    return Array.isArray(lhs) && lhs.some(matches);
  };
};

export const BSON_QUERY_OPERATORS: Record<string, QueryOperator> = {
  $eq: (selector, value) => equalityPredicate(selector, value),
  $ne: (selector, value) => {
    const eq = equalityPredicate(selector, value);
    return (doc) => !eq(doc);
  },
  $gt: comparisonOperator((c) => c > 0),
  $gte: comparisonOperator((c) => c >= 0),
  $lt: comparisonOperator((c) => c < 0),
  $lte: comparisonOperator((c) => c <= 0),
  $in: (selector, values) => membershipPredicate(selector, values, '$in'),
  $nin: (selector, values) => {
    const inValues = membershipPredicate(selector, values, '$nin');
    return (doc) => !inValues(doc);
  },
  $type,
};
