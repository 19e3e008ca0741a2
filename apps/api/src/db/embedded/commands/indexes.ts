import { isPlainObject } from '../bson/codec.js';
import { formatValue } from '../bson/format.js';
import { ErrorCode, mongoError } from '../errors.js';
import { ID_INDEX_NAME, parseIndexSpec } from '../storage/index-spec.js';
import { optionalDocument, optionalNonNegativeInteger, requireArray } from './args.js';
import { namespaceOf } from './common.js';
import type { CommandDefinition } from './types.js';

export const indexCommands: CommandDefinition[] = [
  {
    names: ['createIndexes'],
    fields: ['indexes', 'commitQuorum'],
    run: (cmd, ctx) => {
      const { db, collection } = namespaceOf(cmd, ctx);
      const specs = requireArray(cmd, 'indexes').map(parseIndexSpec);
      if (specs.length === 0)
        throw mongoError(ErrorCode.BadValue, 'Must specify at least one index to create');
      const { collection: coll, created } = ctx.catalog.ensureCollection(db, collection);
      const numIndexesBefore = coll.indexSpecs().length;
      const added = coll.createIndexes(specs);
      return {
        numIndexesBefore,
        numIndexesAfter: numIndexesBefore + added,
        createdCollectionAutomatically: created,
        ...(added === 0 ? { note: 'all indexes already exist' } : {}),
      };
    },
  },
  {
    names: ['listIndexes'],
    fields: ['cursor'],
    run: (cmd, ctx) => {
      const { db, collection, ns } = namespaceOf(cmd, ctx);
      const coll = ctx.catalog.collection(db, collection);
      if (!coll) throw mongoError(ErrorCode.NamespaceNotFound, `ns does not exist: ${ns}`);
      const cursorNs = `${db}.$cmd.listIndexes.${collection}`;
      const cursor = optionalDocument(cmd, 'cursor') ?? {};
      const { id, batch } = ctx.cursors.open({
        ns: cursorNs,
        docs: coll.indexSpecs().map((spec) => ({ ...spec })),
        batchSize: optionalNonNegativeInteger(cursor, 'batchSize'),
      });
      return { cursor: { id, ns: cursorNs, firstBatch: batch } };
    },
  },
  {
    names: ['dropIndexes', 'deleteIndexes'],
    fields: ['index'],
    run: (cmd, ctx) => {
      const { db, collection, ns } = namespaceOf(cmd, ctx);
      const coll = ctx.catalog.collection(db, collection);
      if (!coll) throw mongoError(ErrorCode.NamespaceNotFound, `ns not found ${ns}`);
      const nIndexesWas = coll.indexSpecs().length;
      const index = cmd.index;
      let names: string[];
      if (index === '*') {
        names = coll
          .indexSpecs()
          .map((s) => s.name)
          .filter((name) => name !== ID_INDEX_NAME);
      } else if (typeof index === 'string') {
        names = [index];
      } else if (Array.isArray(index) && index.every((n) => typeof n === 'string')) {
        names = index as string[];
      } else if (isPlainObject(index)) {
        const found = coll.findIndexByKey(index);
        if (!found)
          throw mongoError(ErrorCode.IndexNotFound, `can't find index with key: ${formatValue(index)}`);
        names = [found.name];
      } else {
        throw mongoError(
          ErrorCode.TypeMismatch,
          "BSON field 'dropIndexes.index' must be a string, an array of strings or a document",
        );
      }
      // All or nothing: check every name before dropping any.
      for (const name of names) {
        if (name === ID_INDEX_NAME) throw mongoError(ErrorCode.InvalidOptions, 'cannot drop _id index');
        if (!coll.hasIndex(name))
          throw mongoError(ErrorCode.IndexNotFound, `index not found with name [${name}]`);
      }
      for (const name of names) coll.dropIndex(name);
      return { nIndexesWas };
    },
  },
];
