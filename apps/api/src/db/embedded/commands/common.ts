import { isPlainObject, type Doc } from '../bson/codec.js';
import { errorFields, ErrorCode, mongoError, toMongoError } from '../errors.js';
import type { Collection } from '../storage/collection.js';
import { assertValidCollectionName, assertValidDatabaseName } from '../storage/names.js';
import { collectionArg } from './args.js';
import type { CommandContext } from './types.js';

export interface Namespace {
  readonly db: string;
  readonly collection: string;
  readonly ns: string;
}

export function namespaceOf(cmd: Doc, ctx: CommandContext): Namespace {
  const collection = collectionArg(cmd);
  assertValidDatabaseName(ctx.dbName);
  assertValidCollectionName(ctx.dbName, collection);
  return { db: ctx.dbName, collection, ns: `${ctx.dbName}.${collection}` };
}

/**
 * A hint only changes how mongod finds documents, never which ones, so it is accepted when it names an
 * existing index; a hint on a missing index is an error, as in mongod.
 */
export function checkHint(collection: Collection | undefined, hint: unknown): void {
  if (hint === undefined || hint === null || !collection) return;
  if (typeof hint === 'string') {
    if (collection.hasIndex(hint)) return;
  } else if (isPlainObject(hint)) {
    if (Object.keys(hint).length === 0 || '$natural' in hint || collection.findIndexByKey(hint)) return;
  } else {
    throw mongoError(ErrorCode.FailedToParse, 'hint must be a string or a document');
  }
  throw mongoError(
    ErrorCode.BadValue,
    'error processing query: planner returned error :: caused by :: hint provided does not correspond to an existing index',
  );
}

/** A write error entry as mongod reports it inside a write command reply. */
export function writeError(index: number, thrown: unknown): Doc {
  const error = toMongoError(thrown);
  const { codeName: _codeName, ...fields } = errorFields(error);
  return { index, ...fields };
}

/** Rejects unknown fields inside one statement of an update or delete command. */
export function checkStatementFields(
  statement: Doc,
  command: string,
  listField: string,
  allowed: readonly string[],
) {
  for (const key of Object.keys(statement)) {
    if (allowed.includes(key)) continue;
    if (key === 'collation') {
      throw mongoError(
        ErrorCode.CommandNotSupported,
        `${command}: the 'collation' option is not supported by the embedded server (store normalised copies instead)`,
      );
    }
    throw mongoError(
      ErrorCode.UnknownField,
      `BSON field '${command}.${listField}.${key}' is an unknown field.`,
    );
  }
}

export const COLLATION_REASON = 'collations are not implemented; store normalised copies, e.g. lower-cased';
