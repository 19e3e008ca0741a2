import { bsonTypeOf, isPlainObject, type Doc } from '../bson/codec.js';
import { toDouble } from '../bson/compare.js';
import { ErrorCode, mongoError } from '../errors.js';

function wrongType(command: string, field: string, value: unknown, expected: string) {
  const actual =
    value === null ? 'null' : Array.isArray(value) ? 'array' : (bsonTypeOf(value) ?? typeof value);
  return mongoError(
    ErrorCode.TypeMismatch,
    `BSON field '${command}.${field}' is the wrong type '${actual}', expected type${expected.includes(',') ? 's' : ''} '${expected}'`,
  );
}

export function commandName(cmd: Doc): string {
  return Object.keys(cmd)[0] ?? '';
}

/** The collection named by the command's own field, e.g. `{find: 'users'}`. */
export function collectionArg(cmd: Doc): string {
  const name = commandName(cmd);
  const value = cmd[name];
  if (typeof value !== 'string') {
    throw mongoError(ErrorCode.InvalidNamespace, `collection name has invalid type ${typeof value}`);
  }
  return value;
}

export function optionalInteger(cmd: Doc, field: string): number | undefined {
  const value = cmd[field];
  if (value === undefined || value === null) return undefined;
  const n = toDouble(value);
  if (!Number.isFinite(n) || (typeof value !== 'number' && bsonTypeOf(value) === undefined)) {
    throw wrongType(commandName(cmd), field, value, '[long, int, decimal, double]');
  }
  if (!Number.isInteger(n)) throw mongoError(ErrorCode.BadValue, `${field} must be an integer, got ${n}`);
  return n;
}

export function optionalNonNegativeInteger(cmd: Doc, field: string): number | undefined {
  const n = optionalInteger(cmd, field);
  if (n !== undefined && n < 0)
    throw mongoError(ErrorCode.BadValue, `${field} value must be non-negative, but received: ${n}`);
  return n;
}

export function optionalBoolean(cmd: Doc, field: string): boolean | undefined {
  const value = cmd[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  throw wrongType(commandName(cmd), field, value, 'bool');
}

export function optionalDocument(cmd: Doc, field: string): Doc | undefined {
  const value = cmd[field];
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) throw wrongType(commandName(cmd), field, value, 'object');
  return value;
}

export function requireArray(cmd: Doc, field: string): unknown[] {
  const value = cmd[field];
  if (!Array.isArray(value)) {
    if (value === undefined) {
      throw mongoError(
        ErrorCode.FailedToParse,
        `BSON field '${commandName(cmd)}.${field}' is missing but a required field`,
      );
    }
    throw wrongType(commandName(cmd), field, value, 'array');
  }
  return value;
}

export function optionalString(cmd: Doc, field: string): string | undefined {
  const value = cmd[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw wrongType(commandName(cmd), field, value, 'string');
  return value;
}
