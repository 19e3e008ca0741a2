import { Query } from 'mingo/query';
import { isPlainObject, type Doc } from '../bson/codec.js';
import { keyOf } from '../bson/keys.js';
import { collectPathValues, splitPath } from '../bson/paths.js';
import { badValue, notSupported, toMongoError } from '../errors.js';
import { mingoOptions } from './mingo.js';

/** A query filter checked for unsupported operators and compiled once per command. */
export interface CompiledFilter {
  readonly raw: Doc;
  readonly matchesAll: boolean;
  test(doc: Doc): boolean;
  /** Equality (or $in) values per top-level field path, which indexes can answer without a scan. */
  readonly equalities: ReadonlyMap<string, readonly unknown[]>;
}

const REFUSED_OPERATORS: Readonly<Record<string, string>> = {
  $where: 'the $where query operator (server-side JavaScript)',
  $function: 'the $function operator (server-side JavaScript)',
  $accumulator: 'the $accumulator operator (server-side JavaScript)',
  $text: 'the $text query operator (the application searches with MiniSearch)',
  $near: 'the geospatial operator $near',
  $nearSphere: 'the geospatial operator $nearSphere',
  $geoWithin: 'the geospatial operator $geoWithin',
  $geoIntersects: 'the geospatial operator $geoIntersects',
  $within: 'the geospatial operator $within',
  $jsonSchema: 'the $jsonSchema query operator',
  $sampleRate: 'the $sampleRate query operator',
};

/** Throws for operators this server refuses, wherever they appear in a filter or expression. */
export function assertSupportedOperators(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) assertSupportedOperators(item);
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const refused = REFUSED_OPERATORS[key];
      if (refused) throw notSupported(refused);
      assertSupportedOperators(item);
    }
  }
}

function isOperatorObject(value: unknown): value is Doc {
  if (!isPlainObject(value)) return false;
  const first = Object.keys(value)[0];
  return first !== undefined && first.startsWith('$');
}

function indexableValue(value: unknown): boolean {
  return (
    value !== undefined && !(value instanceof RegExp) && !Array.isArray(value) && !isOperatorObject(value)
  );
}

function collectEqualities(filter: Doc, out: Map<string, unknown[]>): void {
  for (const [path, condition] of Object.entries(filter)) {
    if (path === '$and' && Array.isArray(condition)) {
      for (const clause of condition) if (isPlainObject(clause)) collectEqualities(clause, out);
      continue;
    }
    if (path.startsWith('$') || out.has(path)) continue;
    if (!isOperatorObject(condition)) {
      if (indexableValue(condition)) out.set(path, [condition]);
      continue;
    }
    if ('$eq' in condition && indexableValue(condition.$eq)) {
      out.set(path, [condition.$eq]);
    } else if (Array.isArray(condition.$in) && condition.$in.every(indexableValue)) {
      out.set(path, condition.$in);
    }
  }
}

/** Equality with a literal, with a shortcut for JS primitives (the vast majority of comparisons). */
function literalMatcher(value: unknown): (candidate: unknown) => boolean {
  const key = keyOf(value);
  if (typeof value === 'string' || typeof value === 'boolean') return (candidate) => candidate === value;
  if (typeof value === 'number' && !Number.isNaN(value)) {
    return (candidate) =>
      candidate === value ||
      (typeof candidate === 'object' && candidate !== null && keyOf(candidate) === key);
  }
  return (candidate) => candidate !== undefined && keyOf(candidate) === key;
}

/**
 * Filters made only of `field: literal` equalities (the most common kind) are tested directly, without
 * mingo: a field matches when any value its path designates is equal (1 == Long(1)), which also covers
 * array elements and paths through arrays of documents.
 */
function simpleEqualityTest(filter: Doc): ((doc: Doc) => boolean) | undefined {
  const checks: ((doc: Doc) => boolean)[] = [];
  for (const [path, value] of Object.entries(filter)) {
    if (path.startsWith('$') || !indexableValue(value) || value === null) return undefined;
    const matches = literalMatcher(value);
    const parts = splitPath(path);
    if (parts.length === 1) {
      checks.push((doc) => {
        const candidate = doc[path];
        return Array.isArray(candidate) ? candidate.some(matches) : matches(candidate);
      });
    } else {
      checks.push((doc) => {
        const values: unknown[] = [];
        collectPathValues(doc, parts, values);
        return values.some(matches);
      });
    }
  }
  return (doc) => checks.every((check) => check(doc));
}

export function compileFilter(filter: unknown, variables?: Doc): CompiledFilter {
  if (filter === undefined || filter === null) filter = {};
  if (!isPlainObject(filter)) throw badValue('the query filter must be a document');
  assertSupportedOperators(filter);
  let raw: Doc = filter;
  if ('$comment' in raw) {
    const { $comment: _comment, ...rest } = raw;
    raw = rest;
  }
  const equalities = new Map<string, unknown[]>();
  collectEqualities(raw, equalities);
  if (Object.keys(raw).length === 0) {
    return { raw, matchesAll: true, test: () => true, equalities };
  }
  const simple = simpleEqualityTest(raw);
  if (simple) return { raw, matchesAll: false, test: simple, equalities };
  let query: Query;
  try {
    query = new Query(raw, mingoOptions({ variables }));
  } catch (error) {
    throw toMongoError(error);
  }
  return {
    raw,
    matchesAll: false,
    equalities,
    test(doc) {
      try {
        return query.test(doc);
      } catch (error) {
        throw toMongoError(error);
      }
    },
  };
}
