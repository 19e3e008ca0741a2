import { Timestamp } from 'bson';
import { Aggregator } from 'mingo/aggregator';
import { deepClone, isPlainObject, type Doc } from '../bson/codec.js';
import { compareValues, isNumeric, sameValue, toDouble, valuesEqual } from '../bson/compare.js';
import { formatValue } from '../bson/format.js';
import { getPath, isArrayIndex, setNewPath } from '../bson/paths.js';
import { badValue, ErrorCode, mongoError, toMongoError } from '../errors.js';
import { compileFilter } from '../query/filter.js';
import { mingoOptions } from '../query/mingo.js';
import { parseSort, sortItems } from '../query/sort.js';
import { addNumbers, bitwise, multiplyNumbers, zeroLike } from './arith.js';
import {
  assertNoConflicts,
  positionalIdentifier,
  type CompiledUpdate,
  type OperatorUpdate,
} from './compile.js';

export interface ApplyContext {
  /** The statement's query, for the positional `$` operator. */
  readonly filter: Doc;
  /** True when the update builds a new document for an upsert ($setOnInsert applies). */
  readonly isInsert: boolean;
  readonly variables?: Doc | undefined;
}

const NO_MATCH = 'The positional operator did not find the match needed from the query.';

let timestampIncrement = 0;
function currentTimestamp(): Timestamp {
  timestampIncrement = (timestampIncrement + 1) % 0xffffffff;
  return new Timestamp({ t: Math.floor(Date.now() / 1000), i: timestampIncrement });
}

type Container = Doc | unknown[];

function getChild(container: Container, key: string): unknown {
  return Array.isArray(container) ? container[Number(key)] : container[key];
}

function setChild(container: Container, key: string, value: unknown): void {
  if (Array.isArray(container)) {
    const index = Number(key);
    while (container.length < index) container.push(null);
    container[index] = value;
  } else {
    container[key] = value;
  }
}

function notViable(part: string, parent: string, value: unknown): never {
  throw mongoError(
    ErrorCode.PathNotViable,
    `Cannot create field '${part}' in element {${parent}: ${formatValue(value)}}`,
  );
}

/**
 * The container holding the last part of a path, in the (already cloned, mutable) document. With `create`,
 * missing intermediate documents are created; otherwise undefined is returned for a missing path.
 */
function parentOf(
  doc: Doc,
  parts: readonly string[],
  create: boolean,
): { container: Container; key: string } | undefined {
  let current: Container = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i] as string;
    if (Array.isArray(current) && !isArrayIndex(part)) {
      if (!create) return undefined;
      notViable(part, parts[i - 1] ?? '', current);
    }
    let next = getChild(current, part);
    if (next === undefined) {
      if (!create) return undefined;
      next = {};
      setChild(current, part, next);
    }
    if (!Array.isArray(next) && !isPlainObject(next)) {
      if (!create) return undefined;
      notViable(parts[i + 1] as string, part, next);
    }
    current = next;
  }
  const key = parts[parts.length - 1] as string;
  if (Array.isArray(current) && !isArrayIndex(key)) {
    if (!create) return undefined;
    notViable(key, parts[parts.length - 2] ?? '', current);
  }
  return { container: current, key };
}

/** Index of the first element of the array at `arrayParts` that satisfies the query's conditions on it. */
function positionalIndex(doc: Doc, arrayParts: readonly string[], filter: Doc): number {
  const array = getPath(doc, arrayParts);
  const prefix = arrayParts.join('.');
  const conditions: Doc = {};
  const gather = (clauses: Doc): void => {
    for (const [key, value] of Object.entries(clauses)) {
      if (key === '$and' && Array.isArray(value)) {
        for (const clause of value) if (isPlainObject(clause)) gather(clause);
      } else if (key === prefix || key.startsWith(`${prefix}.`)) {
        conditions[key] = value;
      }
    }
  };
  gather(filter);
  if (!Array.isArray(array) || Object.keys(conditions).length === 0) throw badValue(NO_MATCH);
  const query = compileFilter(conditions);
  for (let i = 0; i < array.length; i++) {
    const probe: Doc = {};
    setNewPath(probe, arrayParts, [array[i]]);
    if (query.test(probe)) return i;
  }
  throw badValue(NO_MATCH);
}

/** Replaces `$`, `$[]` and `$[id]` in a path by the concrete array indexes they designate in `doc`. */
function concretePaths(
  doc: Doc,
  op: OperatorUpdate,
  update: CompiledUpdate & { kind: 'operators' },
  ctx: ApplyContext,
) {
  if (!op.parts.some((p) => p.startsWith('$'))) return [op.parts];
  const results: string[][] = [];
  const walk = (value: unknown, i: number, prefix: string[]): void => {
    if (i === op.parts.length) {
      results.push(prefix);
      return;
    }
    const part = op.parts[i] as string;
    if (part === '$') {
      if (ctx.isInsert) throw badValue(NO_MATCH);
      const index = positionalIndex(doc, prefix, ctx.filter);
      walk((value as unknown[])[index], i + 1, [...prefix, String(index)]);
      return;
    }
    const id = part === '$[]' ? '' : positionalIdentifier(part);
    if (id !== undefined) {
      if (!Array.isArray(value)) {
        throw badValue(
          `The path '${prefix.join('.')}' must exist in the document in order to apply array updates.`,
        );
      }
      const filter = id === '' ? undefined : update.arrayFilters.get(id);
      value.forEach((element, index) => {
        if (!filter || filter.test({ e: element })) walk(element, i + 1, [...prefix, String(index)]);
      });
      return;
    }
    const next = Array.isArray(value)
      ? isArrayIndex(part)
        ? value[Number(part)]
        : undefined
      : isPlainObject(value)
        ? value[part]
        : undefined;
    walk(next, i + 1, [...prefix, part]);
  };
  walk(doc, 0, []);
  return results;
}

function comparePaths(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    if (isArrayIndex(x) && isArrayIndex(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

function idOf(doc: Doc): string {
  return formatValue(doc._id);
}

function pushValues(op: OperatorUpdate, current: unknown[]): unknown[] {
  const arg = op.arg;
  if (!(isPlainObject(arg) && '$each' in arg)) return [...current, arg];
  const each = arg.$each as unknown[];
  let result = current.slice();
  if (op.operator === '$addToSet') {
    for (const value of each) if (!result.some((e) => valuesEqual(e, value))) result.push(value);
    return result;
  }
  if (arg.$position === undefined) result.push(...each);
  else {
    const position = toDouble(arg.$position);
    const at = position >= 0 ? Math.min(position, result.length) : Math.max(0, result.length + position);
    result.splice(at, 0, ...each);
  }
  if (arg.$sort !== undefined) {
    if (isPlainObject(arg.$sort)) {
      const plan = parseSort(arg.$sort);
      if (plan) result = sortItems(result, plan, (e) => (isPlainObject(e) ? e : {}));
    } else {
      const direction = toDouble(arg.$sort);
      result = result.slice().sort((x, y) => compareValues(x, y) * direction);
    }
  }
  if (arg.$slice !== undefined) {
    const slice = toDouble(arg.$slice);
    result = slice >= 0 ? result.slice(0, slice) : result.slice(slice);
  }
  return result;
}

function pullMatcher(condition: unknown): (element: unknown) => boolean {
  if (isPlainObject(condition)) {
    const keys = Object.keys(condition);
    const operatorsOnly =
      keys.length > 0 && keys.every((k) => k.startsWith('$') && !['$and', '$or', '$nor'].includes(k));
    if (operatorsOnly) {
      const filter = compileFilter({ e: condition });
      return (element) => filter.test({ e: element });
    }
    const filter = compileFilter(condition);
    return (element) => isPlainObject(element) && filter.test(element);
  }
  return (element) => valuesEqual(element, condition);
}

function applyOperator(doc: Doc, op: OperatorUpdate, parts: readonly string[], ctx: ApplyContext): void {
  const path = parts.join('.');
  switch (op.operator) {
    case '$set':
    case '$setOnInsert': {
      if (op.operator === '$setOnInsert' && !ctx.isInsert) return;
      const target = parentOf(doc, parts, true);
      if (target) setChild(target.container, target.key, deepClone(op.arg));
      return;
    }
    case '$unset': {
      const target = parentOf(doc, parts, false);
      if (!target || getChild(target.container, target.key) === undefined) return;
      if (Array.isArray(target.container)) target.container[Number(target.key)] = null;
      else delete target.container[target.key];
      return;
    }
    case '$inc':
    case '$mul': {
      const target = parentOf(doc, parts, true);
      if (!target) return;
      const current = getChild(target.container, target.key);
      if (current === undefined) {
        setChild(target.container, target.key, op.operator === '$inc' ? op.arg : zeroLike(op.arg));
        return;
      }
      if (!isNumeric(current)) {
        throw mongoError(
          ErrorCode.TypeMismatch,
          `Cannot apply ${op.operator} to a value of non-numeric type. {_id: ${idOf(doc)}} has the field '${path}' of non-numeric type ${typeName(current)}`,
        );
      }
      const result = op.operator === '$inc' ? addNumbers(current, op.arg) : multiplyNumbers(current, op.arg);
      setChild(target.container, target.key, result);
      return;
    }
    case '$min':
    case '$max': {
      const target = parentOf(doc, parts, true);
      if (!target) return;
      const current = getChild(target.container, target.key);
      const order = current === undefined ? 0 : compareValues(op.arg, current);
      if (current === undefined || (op.operator === '$min' ? order < 0 : order > 0)) {
        setChild(target.container, target.key, deepClone(op.arg));
      }
      return;
    }
    case '$currentDate': {
      const target = parentOf(doc, parts, true);
      const timestamp = isPlainObject(op.arg) && op.arg.$type === 'timestamp';
      if (target) setChild(target.container, target.key, timestamp ? currentTimestamp() : new Date());
      return;
    }
    case '$rename': {
      for (let i = 1; i < parts.length; i++) {
        if (Array.isArray(getPath(doc, parts.slice(0, i)))) {
          throw badValue(
            `The source field cannot be an array element, '${path}' in doc with _id: ${idOf(doc)}`,
          );
        }
      }
      const source = parentOf(doc, parts, false);
      if (!source || Array.isArray(source.container)) return;
      const value = source.container[source.key];
      if (value === undefined) return;
      delete source.container[source.key];
      const destination = parentOf(doc, op.to as readonly string[], true);
      if (destination) {
        if (Array.isArray(destination.container))
          throw badValue('The destination field of $rename cannot be an array element');
        destination.container[destination.key] = value;
      }
      return;
    }
    case '$push':
    case '$addToSet': {
      const target = parentOf(doc, parts, true);
      if (!target) return;
      const current = getChild(target.container, target.key);
      if (current !== undefined && !Array.isArray(current)) {
        throw badValue(
          `The field '${path}' must be an array but is of type ${typeName(current)} in document {_id: ${idOf(doc)}}`,
        );
      }
      setChild(
        target.container,
        target.key,
        deepClone(pushValues(op, (current as unknown[] | undefined) ?? [])),
      );
      return;
    }
    case '$pop':
    case '$pull':
    case '$pullAll': {
      const target = parentOf(doc, parts, false);
      if (!target) return;
      const current = getChild(target.container, target.key);
      if (current === undefined) return;
      if (!Array.isArray(current)) {
        throw mongoError(
          op.operator === '$pop' ? ErrorCode.TypeMismatch : ErrorCode.BadValue,
          `Path '${path}' contains an element of non-array type '${typeName(current)}'`,
        );
      }
      let result: unknown[];
      if (op.operator === '$pop') result = toDouble(op.arg) === 1 ? current.slice(0, -1) : current.slice(1);
      else if (op.operator === '$pullAll') {
        const values = op.arg as unknown[];
        result = current.filter((e) => !values.some((v) => valuesEqual(e, v)));
      } else {
        const matches = pullMatcher(op.arg);
        result = current.filter((e) => !matches(e));
      }
      setChild(target.container, target.key, result);
      return;
    }
    case '$bit': {
      const target = parentOf(doc, parts, true);
      if (!target) return;
      let value: unknown = getChild(target.container, target.key) ?? 0;
      if (!isNumeric(value) || !Number.isInteger(toDouble(value))) {
        throw badValue(
          `Cannot apply $bit to a value of non-integral type. {_id: ${idOf(doc)}} has the field '${path}'`,
        );
      }
      for (const [operation, operand] of Object.entries(op.arg as Doc))
        value = bitwise(value, operation, operand);
      setChild(target.container, target.key, value);
      return;
    }
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (isPlainObject(value)) return 'object';
  if (typeof value === 'object') return (value as { _bsontype?: string })._bsontype ?? 'object';
  return typeof value === 'number' ? (Number.isInteger(value) ? 'int' : 'double') : typeof value;
}

function withIdFirst(doc: Doc, id: unknown): Doc {
  const { _id: _ignored, ...rest } = doc;
  return id === undefined ? rest : { _id: id, ...rest };
}

function assertSameId(before: unknown, after: unknown): void {
  if (before !== undefined && !sameValue(before, after)) {
    throw mongoError(
      ErrorCode.ImmutableField,
      `Performing an update on the path '_id' would modify the immutable field '_id'`,
    );
  }
}

function applyOperators(oldDoc: Doc, update: CompiledUpdate & { kind: 'operators' }, ctx: ApplyContext): Doc {
  const doc = deepClone(oldDoc);
  const planned: { op: OperatorUpdate; parts: readonly string[] }[] = [];
  for (const op of update.ops) {
    for (const parts of concretePaths(oldDoc, op, update, ctx)) planned.push({ op, parts });
  }
  assertNoConflicts(planned.flatMap(({ op, parts }) => (op.to ? [parts, op.to] : [parts])));
  // mongod applies updates in field-name order, which decides where new fields land.
  planned.sort((a, b) => comparePaths(a.parts, b.parts));
  for (const { op, parts } of planned) applyOperator(doc, op, parts, ctx);
  return doc;
}

function applyPipeline(oldDoc: Doc, stages: readonly Doc[], ctx: ApplyContext): Doc {
  let result: unknown;
  try {
    result = new Aggregator(stages as Doc[], mingoOptions({ variables: ctx.variables })).run([
      deepClone(oldDoc),
    ])[0];
  } catch (error) {
    throw toMongoError(error);
  }
  if (!isPlainObject(result)) throw badValue('a pipeline update must produce a document');
  return result;
}

/**
 * The document an update produces from `oldDoc`, as a new object (`oldDoc` is never modified). `_id` stays
 * first and may not change.
 */
export function applyUpdate(oldDoc: Doc, update: CompiledUpdate, ctx: ApplyContext): Doc {
  const id = oldDoc._id;
  let result: Doc;
  switch (update.kind) {
    case 'replacement':
      result = update.doc;
      if (result._id === undefined) return withIdFirst(result, id);
      break;
    case 'pipeline':
      result = applyPipeline(oldDoc, update.stages, ctx);
      if (result._id === undefined) return withIdFirst(result, id);
      break;
    case 'operators':
      result = applyOperators(oldDoc, update, ctx);
      break;
  }
  assertSameId(id, result._id);
  return Object.keys(result)[0] === '_id' ? result : withIdFirst(result, result._id);
}
