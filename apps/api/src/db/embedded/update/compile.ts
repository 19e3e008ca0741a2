import { isPlainObject, type Doc } from '../bson/codec.js';
import { isNumeric, toDouble } from '../bson/compare.js';
import { formatValue } from '../bson/format.js';
import { splitPath } from '../bson/paths.js';
import { badValue, ErrorCode, mongoError } from '../errors.js';
import { assertSupportedOperators, compileFilter, type CompiledFilter } from '../query/filter.js';

export const UPDATE_OPERATORS = [
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$currentDate',
  '$setOnInsert',
  '$push',
  '$addToSet',
  '$pull',
  '$pullAll',
  '$pop',
  '$bit',
] as const;
export type UpdateOperator = (typeof UPDATE_OPERATORS)[number];

const PIPELINE_UPDATE_STAGES = new Set([
  '$addFields',
  '$set',
  '$project',
  '$unset',
  '$replaceRoot',
  '$replaceWith',
]);

export interface OperatorUpdate {
  readonly operator: UpdateOperator;
  readonly path: string;
  readonly parts: readonly string[];
  readonly arg: unknown;
  /** For $rename: the destination. */
  readonly to?: readonly string[];
}

export type CompiledUpdate =
  | { readonly kind: 'replacement'; readonly doc: Doc }
  | {
      readonly kind: 'operators';
      readonly ops: readonly OperatorUpdate[];
      readonly arrayFilters: ReadonlyMap<string, CompiledFilter>;
    }
  | { readonly kind: 'pipeline'; readonly stages: readonly Doc[] };

const IDENTIFIER = /^[a-z][a-zA-Z0-9]*$/;

export function positionalIdentifier(part: string): string | undefined {
  return part.startsWith('$[') && part.endsWith(']') && part.length > 3 ? part.slice(2, -1) : undefined;
}

function validatePath(path: string, operator: string, identifiers: Set<string>): readonly string[] {
  if (path === '')
    throw mongoError(ErrorCode.EmptyFieldName, `An empty update path is not valid (${operator})`);
  const parts = splitPath(path);
  for (const part of parts) {
    if (part === '') {
      throw mongoError(
        ErrorCode.EmptyFieldName,
        `The update path '${path}' contains an empty field name, which is not allowed.`,
      );
    }
    if (!part.startsWith('$') || part === '$' || part === '$[]') continue;
    const id = positionalIdentifier(part);
    if (id === undefined) {
      throw badValue(`The dollar ($) prefixed field '${part}' in '${path}' is not allowed in an update path`);
    }
    if (!IDENTIFIER.test(id)) {
      throw badValue(
        `The array filter identifier must begin with a lowercase letter and contain only alphanumeric characters: '${id}'`,
      );
    }
    identifiers.add(id);
  }
  if (parts[0]?.startsWith('$'))
    throw badValue(`Cannot have a positional operator at the start of the path '${path}'`);
  return parts;
}

function validateArgument(operator: UpdateOperator, path: string, arg: unknown): void {
  const describe = (): string => `{${path}: ${formatValue(arg)}}`;
  switch (operator) {
    case '$inc':
    case '$mul':
      if (!isNumeric(arg)) {
        throw mongoError(
          ErrorCode.TypeMismatch,
          `Cannot ${operator === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: ${describe()}`,
        );
      }
      break;
    case '$pop': {
      const n = toDouble(arg);
      if (n !== 1 && n !== -1)
        throw mongoError(ErrorCode.FailedToParse, `$pop expects 1 or -1, found: ${formatValue(arg)}`);
      break;
    }
    case '$pullAll':
      if (!Array.isArray(arg))
        throw badValue(`$pullAll requires an array argument but was given ${formatValue(arg)}`);
      break;
    case '$currentDate':
      if (
        arg !== true &&
        !(
          isPlainObject(arg) &&
          Object.keys(arg).length === 1 &&
          (arg.$type === 'date' || arg.$type === 'timestamp')
        )
      ) {
        throw badValue(`$currentDate expects true or {$type: 'date' | 'timestamp'}, got ${describe()}`);
      }
      break;
    case '$push':
    case '$addToSet':
      if (isPlainObject(arg) && '$each' in arg) validateEach(operator, arg);
      break;
    case '$bit':
      if (
        !isPlainObject(arg) ||
        Object.keys(arg).length === 0 ||
        Object.entries(arg).some(
          ([k, v]) => !['and', 'or', 'xor'].includes(k) || !Number.isInteger(toDouble(v)),
        )
      ) {
        throw badValue(`$bit expects {and|or|xor: <integer>}, got ${describe()}`);
      }
      break;
    default:
      break;
  }
}

function validateEach(operator: string, arg: Doc): void {
  if (!Array.isArray(arg.$each)) throw badValue(`The argument to $each in ${operator} must be an array`);
  for (const key of Object.keys(arg)) {
    if (key === '$each') continue;
    if (operator === '$addToSet') throw badValue(`Found unexpected fields after $each in $addToSet: ${key}`);
    if (key === '$slice' || key === '$position') {
      if (!Number.isInteger(toDouble(arg[key]))) throw badValue(`The value for ${key} must be an integer`);
    } else if (key === '$sort') {
      const sort = arg.$sort;
      const n = toDouble(sort);
      if (!(n === 1 || n === -1 || isPlainObject(sort)))
        throw badValue('The $sort is invalid: use 1/-1 or a document');
    } else {
      throw badValue(`Unrecognized clause in ${operator}: ${key}`);
    }
  }
}

function compileArrayFilters(arrayFilters: unknown): Map<string, CompiledFilter> {
  const compiled = new Map<string, CompiledFilter>();
  if (arrayFilters === undefined || arrayFilters === null) return compiled;
  if (!Array.isArray(arrayFilters)) throw badValue('arrayFilters must be an array of documents');
  for (const filter of arrayFilters) {
    if (!isPlainObject(filter)) throw badValue('each array filter must be a document');
    let identifier: string | undefined;
    const renameKeys = (doc: Doc): Doc => {
      const out: Doc = {};
      for (const [key, value] of Object.entries(doc)) {
        if (key === '$and' || key === '$or' || key === '$nor') {
          if (!Array.isArray(value)) throw badValue(`${key} must be an array`);
          out[key] = value.map((clause: unknown) => (isPlainObject(clause) ? renameKeys(clause) : clause));
          continue;
        }
        const dot = key.indexOf('.');
        const id = dot === -1 ? key : key.slice(0, dot);
        if (identifier !== undefined && id !== identifier) {
          throw mongoError(
            ErrorCode.FailedToParse,
            `Error parsing array filter :: caused by :: Expected a single top-level field name, found '${identifier}' and '${id}'`,
          );
        }
        identifier = id;
        out[dot === -1 ? 'e' : `e${key.slice(dot)}`] = value;
      }
      return out;
    };
    const renamed = renameKeys(filter);
    if (identifier === undefined)
      throw mongoError(
        ErrorCode.FailedToParse,
        'Cannot use an expression without a top-level field name in arrayFilters',
      );
    if (compiled.has(identifier)) {
      throw mongoError(
        ErrorCode.FailedToParse,
        `Found multiple array filters with the same top-level field name ${identifier}`,
      );
    }
    compiled.set(identifier, compileFilter(renamed));
  }
  return compiled;
}

function pathsConflict(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Rejects two updates of one path, or of a path and its parent, in one update document. */
export function assertNoConflicts(paths: readonly (readonly string[])[]): void {
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      const a = paths[i] as readonly string[];
      const b = paths[j] as readonly string[];
      if (pathsConflict(a, b)) {
        const [longer, shorter] = a.length >= b.length ? [a, b] : [b, a];
        throw mongoError(
          ErrorCode.ConflictingUpdateOperators,
          `Updating the path '${longer.join('.')}' would create a conflict at '${shorter.join('.')}'`,
        );
      }
    }
  }
}

/** Parses and validates an update (operators, replacement or pipeline) before it touches any document. */
export function compileUpdate(update: unknown, arrayFilters?: unknown): CompiledUpdate {
  if (Array.isArray(update)) {
    if (arrayFilters !== undefined && arrayFilters !== null) {
      throw mongoError(
        ErrorCode.FailedToParse,
        'arrayFilters may not be specified for pipeline-style updates',
      );
    }
    for (const stage of update) {
      const name = isPlainObject(stage) ? Object.keys(stage) : [];
      if (name.length !== 1)
        throw mongoError(
          ErrorCode.InvalidPipelineStage,
          'A pipeline stage specification object must contain exactly one field.',
        );
      if (!PIPELINE_UPDATE_STAGES.has(name[0] as string)) {
        throw mongoError(ErrorCode.InvalidOptions, `${name[0]} is not allowed to be used within an update`);
      }
    }
    assertSupportedOperators(update);
    return { kind: 'pipeline', stages: update as Doc[] };
  }
  if (!isPlainObject(update))
    throw mongoError(ErrorCode.FailedToParse, 'Update argument must be either an object or an array');
  const keys = Object.keys(update);
  if (keys.length === 0 || !(keys[0] as string).startsWith('$')) {
    for (const key of keys) {
      if (key.startsWith('$')) {
        throw badValue(
          `The dollar ($) prefixed field '${key}' is not allowed in the context of an update's replacement document.`,
        );
      }
    }
    if (arrayFilters !== undefined && arrayFilters !== null && (arrayFilters as unknown[]).length > 0) {
      throw mongoError(
        ErrorCode.FailedToParse,
        'arrayFilters may not be specified for replacement-style updates',
      );
    }
    return { kind: 'replacement', doc: update };
  }

  const identifiers = new Set<string>();
  const ops: OperatorUpdate[] = [];
  for (const [operator, fields] of Object.entries(update)) {
    if (!(UPDATE_OPERATORS as readonly string[]).includes(operator)) {
      throw mongoError(
        ErrorCode.FailedToParse,
        `Unknown modifier: ${operator}. Expected a valid update modifier or pipeline-style update specified as an array`,
      );
    }
    if (!isPlainObject(fields)) {
      throw mongoError(
        ErrorCode.FailedToParse,
        `Modifiers operate on fields but we found type ${Array.isArray(fields) ? 'array' : typeof fields} instead. ` +
          `For example: {$mod: {<field>: ...}} not {${operator}: ${formatValue(fields)}}`,
      );
    }
    for (const [path, arg] of Object.entries(fields)) {
      const op = operator as UpdateOperator;
      const parts = validatePath(path, op, identifiers);
      validateArgument(op, path, arg);
      if (op === '$rename') {
        if (typeof arg !== 'string')
          throw badValue(`The 'to' field for $rename must be a string: ${path}: ${formatValue(arg)}`);
        const to = validatePath(arg, op, identifiers);
        if ([...parts, ...to].some((p) => p.startsWith('$'))) {
          throw badValue('The source and target fields for $rename may not be dynamic (positional)');
        }
        if (pathsConflict(parts, to)) {
          throw badValue(
            `The source and target field for $rename must not be on the same path: ${path}: ${arg}`,
          );
        }
        ops.push({ operator: op, path, parts, arg, to });
      } else {
        ops.push({ operator: op, path, parts, arg });
      }
    }
  }
  const staticPaths = ops.flatMap((op) => (op.to ? [op.parts, op.to] : [op.parts]));
  assertNoConflicts(staticPaths.filter((parts) => !parts.some((p) => p.startsWith('$'))));

  const filters = compileArrayFilters(arrayFilters);
  for (const id of identifiers) {
    if (!filters.has(id)) throw badValue(`No array filter found for identifier '${id}' in path`);
  }
  for (const id of filters.keys()) {
    if (!identifiers.has(id)) {
      throw mongoError(
        ErrorCode.FailedToParse,
        `The array filter for identifier '${id}' was not used in the update`,
      );
    }
  }
  return { kind: 'operators', ops, arrayFilters: filters };
}
