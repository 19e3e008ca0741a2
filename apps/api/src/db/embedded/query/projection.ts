import { Query } from 'mingo/query';
import { deepClone, isPlainObject, type Doc } from '../bson/codec.js';
import { badValue, toMongoError } from '../errors.js';
import { assertSupportedOperators } from './filter.js';
import { mingoOptions } from './mingo.js';

/** Applies a find projection to a batch of documents, returning new documents. */
export type Projector = (docs: readonly Doc[]) => Doc[];

/** mingo builds projected documents with `_id` last; MongoDB keeps the stored field order. */
function inStoredOrder(projected: Doc, original: Doc): Doc {
  const ordered: Doc = {};
  for (const key of Object.keys(original)) if (key in projected) ordered[key] = projected[key];
  for (const key of Object.keys(projected)) if (!(key in ordered)) ordered[key] = projected[key];
  return ordered;
}

export function compileProjection(projection: unknown, filter: Doc, variables?: Doc): Projector | undefined {
  if (projection === undefined || projection === null) return undefined;
  if (!isPlainObject(projection)) throw badValue('projection must be a document');
  if (Object.keys(projection).length === 0) return undefined;
  assertSupportedOperators(projection);
  const positional = Object.keys(projection).some((key) => key.endsWith('.$'));
  let query: Query;
  try {
    query = new Query(positional ? filter : {}, mingoOptions({ variables }));
  } catch (error) {
    throw toMongoError(error);
  }
  return (docs) => {
    try {
      // mingo's projection may modify nested input objects: give it copies of the frozen stored documents.
      const projected = query.find(docs.map(deepClone), projection).all() as Doc[];
      if (projected.length !== docs.length) return projected;
      return projected.map((doc, i) => inStoredOrder(doc, docs[i] as Doc));
    } catch (error) {
      throw toMongoError(error);
    }
  };
}
