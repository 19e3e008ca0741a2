import { keyOf } from '../bson/keys.js';
import { collectPathValues, splitPath } from '../bson/paths.js';
import { ErrorCode, mongoError } from '../errors.js';
import { selectRecords } from '../query/executor.js';
import { compileFilter } from '../query/filter.js';
import { optionalDocument, optionalInteger, optionalNonNegativeInteger, optionalString } from './args.js';
import { checkHint, COLLATION_REASON, namespaceOf } from './common.js';
import type { CommandDefinition } from './types.js';

export const countDistinctCommands: CommandDefinition[] = [
  {
    names: ['count'],
    fields: ['query', 'limit', 'skip', 'hint', 'fields'],
    unsupported: { collation: COLLATION_REASON },
    run: (cmd, ctx) => {
      const { db, collection } = namespaceOf(cmd, ctx);
      const coll = ctx.catalog.collection(db, collection);
      checkHint(coll, cmd.hint);
      const filter = compileFilter(optionalDocument(cmd, 'query'));
      const skip = optionalNonNegativeInteger(cmd, 'skip');
      const rawLimit = optionalInteger(cmd, 'limit');
      const limit = rawLimit === undefined || rawLimit === 0 ? undefined : Math.abs(rawLimit);
      if (filter.matchesAll && skip === undefined && limit === undefined) return { n: coll?.count ?? 0 };
      return { n: selectRecords(coll, filter, { skip, limit }).records.length };
    },
  },
  {
    names: ['distinct'],
    fields: ['key', 'query', 'hint'],
    unsupported: { collation: COLLATION_REASON },
    run: (cmd, ctx) => {
      const { db, collection } = namespaceOf(cmd, ctx);
      const key = optionalString(cmd, 'key');
      if (key === undefined || key === '') {
        throw mongoError(
          ErrorCode.FailedToParse,
          "BSON field 'distinct.key' is missing but a required field",
        );
      }
      const coll = ctx.catalog.collection(db, collection);
      checkHint(coll, cmd.hint);
      const filter = compileFilter(optionalDocument(cmd, 'query'));
      const parts = splitPath(key);
      const seen = new Set<string>();
      const values: unknown[] = [];
      for (const record of selectRecords(coll, filter).records) {
        const found: unknown[] = [];
        collectPathValues(record.doc, parts, found);
        for (const value of found) {
          if (value === undefined) continue;
          const hash = keyOf(value);
          if (!seen.has(hash)) {
            seen.add(hash);
            values.push(value);
          }
        }
      }
      return { values };
    },
  },
];
