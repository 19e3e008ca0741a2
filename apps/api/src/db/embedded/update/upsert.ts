import { ObjectId } from 'bson';
import { deepClone, isPlainObject, type Doc } from '../bson/codec.js';
import { splitPath, setNewPath } from '../bson/paths.js';
import { ErrorCode, mongoError } from '../errors.js';
import { applyUpdate } from './apply.js';
import type { CompiledUpdate } from './compile.js';

/** The fields an upsert copies from its query: top-level equalities (also inside $and). */
export function upsertSeed(filter: Doc): Doc {
  const seed: Doc = {};
  const gather = (clauses: Doc): void => {
    for (const [path, condition] of Object.entries(clauses)) {
      if (path === '$and' && Array.isArray(condition)) {
        for (const clause of condition) if (isPlainObject(clause)) gather(clause);
        continue;
      }
      if (path.startsWith('$') || condition instanceof RegExp) continue;
      let value: unknown = condition;
      if (isPlainObject(condition) && Object.keys(condition).some((k) => k.startsWith('$'))) {
        if (!('$eq' in condition)) continue;
        value = condition.$eq;
      }
      if (!setNewPath(seed, splitPath(path), deepClone(value))) {
        throw mongoError(
          ErrorCode.NotSingleValueField,
          `cannot infer query fields to set, path '${path}' is matched twice`,
        );
      }
    }
  };
  gather(filter);
  return seed;
}

/** The document an upsert inserts when nothing matched. */
export function buildUpsertDocument(filter: Doc, update: CompiledUpdate, variables?: Doc): Doc {
  const seed = upsertSeed(filter);
  let doc: Doc;
  if (update.kind === 'replacement') {
    doc =
      update.doc._id === undefined && seed._id !== undefined ? { _id: seed._id, ...update.doc } : update.doc;
  } else {
    doc = applyUpdate(seed, update, { filter, isInsert: true, variables });
  }
  if (doc._id === undefined) return { _id: new ObjectId(), ...doc };
  return doc;
}
