import { ObjectId } from 'bson';
import { bsonTypeOf, documentSize, isPlainObject, MAX_BSON_OBJECT_SIZE, type Doc } from '../bson/codec.js';
import { badValue, ErrorCode, mongoError } from '../errors.js';

function assertValidId(id: unknown): void {
  if (Array.isArray(id))
    throw mongoError(ErrorCode.InvalidIdField, "The '_id' value cannot be of type array");
  if (id instanceof RegExp || bsonTypeOf(id) === 'BSONRegExp') {
    throw mongoError(ErrorCode.InvalidIdField, "The '_id' value cannot be of type regex");
  }
  if (isPlainObject(id) && Object.keys(id).some((key) => key.startsWith('$'))) {
    throw mongoError(ErrorCode.InvalidIdField, "_id fields may not contain '$'-prefixed fields");
  }
}

/**
 * Checks a document before it is stored: `_id` valid and first (generated when missing), no `$`-prefixed
 * top-level field, at most 16 MB.
 */
export function prepareDocument(doc: unknown, operation: 'insert' | 'update'): Doc {
  if (!isPlainObject(doc)) throw badValue('a document to store must be an object');
  let prepared = doc;
  if (doc._id === undefined) prepared = { _id: new ObjectId(), ...doc };
  else if (Object.keys(doc)[0] !== '_id') {
    const { _id, ...rest } = doc;
    prepared = { _id, ...rest };
  }
  assertValidId(prepared._id);
  for (const key of Object.keys(prepared)) {
    if (key.startsWith('$')) throw badValue(`Document can't have $ prefixed field names: ${key}`);
  }
  const size = documentSize(prepared);
  if (size > MAX_BSON_OBJECT_SIZE) {
    throw mongoError(
      ErrorCode.BSONObjectTooLarge,
      operation === 'insert'
        ? `object to insert too large. size in bytes: ${size}, max size: ${MAX_BSON_OBJECT_SIZE}`
        : `Resulting document after update is larger than ${MAX_BSON_OBJECT_SIZE}`,
    );
  }
  return prepared;
}
