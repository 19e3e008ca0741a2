import { Long } from 'bson';
import { bsonTypeOf, type Doc } from '../bson/codec.js';
import { ErrorCode, mongoError } from '../errors.js';
import { selectRecords, type Selection } from '../query/executor.js';
import { compileFilter } from '../query/filter.js';
import { compileProjection } from '../query/projection.js';
import { parseSort } from '../query/sort.js';
import {
  collectionArg,
  optionalBoolean,
  optionalDocument,
  optionalInteger,
  optionalNonNegativeInteger,
  optionalString,
  requireArray,
} from './args.js';
import { checkHint, COLLATION_REASON, namespaceOf } from './common.js';
import type { CommandContext, CommandDefinition } from './types.js';

const FIND_FIELDS = [
  'filter',
  'sort',
  'projection',
  'hint',
  'skip',
  'limit',
  'batchSize',
  'singleBatch',
  'let',
  'noCursorTimeout',
  'allowDiskUse',
  'allowPartialResults',
];

const FIND_UNSUPPORTED: Readonly<Record<string, string>> = {
  collation: COLLATION_REASON,
  tailable: 'tailable cursors need capped collections',
  awaitData: 'tailable cursors need capped collections',
  oplogReplay: 'there is no oplog',
  min: 'index bounds are not implemented',
  max: 'index bounds are not implemented',
  returnKey: 'index keys are not exposed',
  showRecordId: 'record ids are not exposed',
};

export interface FindPlan {
  readonly selection: Selection;
  readonly limit: number | undefined;
  readonly singleBatch: boolean;
  readonly filter: Doc;
}

/** Runs the query part of a find (shared with explain). */
export function planFind(cmd: Doc, ctx: CommandContext): FindPlan {
  const { db, collection } = namespaceOf(cmd, ctx);
  const variables = optionalDocument(cmd, 'let');
  const filter = compileFilter(optionalDocument(cmd, 'filter'), variables);
  const sort = parseSort(optionalDocument(cmd, 'sort'));
  const skip = optionalNonNegativeInteger(cmd, 'skip');
  const rawLimit = optionalInteger(cmd, 'limit');
  const coll = ctx.catalog.collection(db, collection);
  checkHint(coll, cmd.hint);
  // A negative limit is the legacy way of asking for a single batch.
  const limit = rawLimit === undefined || rawLimit === 0 ? undefined : Math.abs(rawLimit);
  const selection = selectRecords(coll, filter, { sort, skip, limit });
  return {
    selection,
    limit,
    singleBatch: (optionalBoolean(cmd, 'singleBatch') ?? false) || (rawLimit !== undefined && rawLimit < 0),
    filter: filter.raw,
  };
}

function toCursorId(value: unknown): Long {
  if (bsonTypeOf(value) === 'Long') return value as Long;
  if (typeof value === 'number' && Number.isInteger(value)) return Long.fromNumber(value);
  throw mongoError(
    ErrorCode.TypeMismatch,
    "BSON field 'getMore.getMore' is the wrong type, expected type 'long'",
  );
}

export const findCommands: CommandDefinition[] = [
  {
    names: ['find'],
    fields: FIND_FIELDS,
    unsupported: FIND_UNSUPPORTED,
    run: (cmd, ctx) => {
      const { ns } = namespaceOf(cmd, ctx);
      const plan = planFind(cmd, ctx);
      const projector = compileProjection(cmd.projection, plan.filter, optionalDocument(cmd, 'let'));
      const batchSize = optionalNonNegativeInteger(cmd, 'batchSize');
      const { id, batch } = ctx.cursors.open({
        ns,
        docs: plan.selection.records.map((r) => r.doc),
        projector,
        batchSize,
        singleBatch: plan.singleBatch,
        lsid: ctx.lsid,
        noTimeout: optionalBoolean(cmd, 'noCursorTimeout'),
      });
      return { cursor: { firstBatch: batch, id, ns } };
    },
  },
  {
    names: ['getMore'],
    fields: ['collection', 'batchSize'],
    run: (cmd, ctx) => {
      const id = toCursorId(cmd.getMore);
      const collection = optionalString(cmd, 'collection');
      if (collection === undefined) {
        throw mongoError(
          ErrorCode.FailedToParse,
          "BSON field 'getMore.collection' is missing but a required field",
        );
      }
      const ns = `${ctx.dbName}.${collection}`;
      const batchSize = optionalNonNegativeInteger(cmd, 'batchSize');
      const result = ctx.cursors.getMore(id, ns, batchSize === 0 ? undefined : batchSize);
      return { cursor: { nextBatch: result.batch, id: result.id, ns } };
    },
  },
  {
    names: ['killCursors'],
    fields: ['cursors'],
    run: (cmd, ctx) => {
      const ns = `${ctx.dbName}.${collectionArg(cmd)}`;
      const ids = requireArray(cmd, 'cursors').map(toCursorId);
      const { killed, notFound } = ctx.cursors.kill(ns, ids);
      return { cursorsKilled: killed, cursorsNotFound: notFound, cursorsAlive: [], cursorsUnknown: [] };
    },
  },
];
