import { Aggregator } from 'mingo/aggregator';
import type { AnyObject } from 'mingo/types';
import { deepClone, isPlainObject, type Doc } from '../bson/codec.js';
import { ErrorCode, mongoError, notSupported, toMongoError } from '../errors.js';
import { selectRecords } from '../query/executor.js';
import { assertSupportedOperators, compileFilter } from '../query/filter.js';
import { MINGO_PIPELINE_STAGES, mingoOptions } from '../query/mingo.js';
import { assertValidCollectionName, assertValidDatabaseName } from '../storage/names.js';
import { optionalDocument, optionalNonNegativeInteger, requireArray } from './args.js';
import { checkHint, COLLATION_REASON } from './common.js';
import type { CommandContext, CommandDefinition } from './types.js';

const REFUSED_STAGES: Readonly<Record<string, string>> = {
  $out: 'the $out stage (write results back with insertMany instead)',
  $merge: 'the $merge stage (write results back with bulkWrite instead)',
  $geoNear: 'the $geoNear stage (geospatial queries)',
  $search: 'Atlas Search ($search)',
  $searchMeta: 'Atlas Search ($searchMeta)',
  $vectorSearch: 'Atlas Vector Search ($vectorSearch)',
  $collStats: 'the $collStats stage',
  $indexStats: 'the $indexStats stage',
  $currentOp: 'the $currentOp stage',
  $listSessions: 'the $listSessions stage',
  $listLocalSessions: 'the $listLocalSessions stage',
  $planCacheStats: 'the $planCacheStats stage',
};

/** Checks every stage, including those nested in $lookup, $facet and $unionWith. */
function validatePipeline(pipeline: readonly unknown[]): void {
  for (const stage of pipeline) {
    const names = isPlainObject(stage) ? Object.keys(stage) : [];
    if (names.length !== 1) {
      throw mongoError(
        ErrorCode.InvalidPipelineStage,
        'A pipeline stage specification object must contain exactly one field.',
      );
    }
    const name = names[0] as string;
    const spec = (stage as Doc)[name];
    if (name === '$changeStream') {
      throw mongoError(
        ErrorCode.ChangeStreamNotSupported,
        'The $changeStream stage is only supported on replica sets',
      );
    }
    const refused = REFUSED_STAGES[name];
    if (refused) throw notSupported(refused);
    if (!MINGO_PIPELINE_STAGES.has(name)) {
      throw mongoError(ErrorCode.UnrecognizedPipelineStage, `Unrecognized pipeline stage name: '${name}'`);
    }
    if (
      (name === '$lookup' || name === '$unionWith') &&
      isPlainObject(spec) &&
      Array.isArray(spec.pipeline)
    ) {
      validatePipeline(spec.pipeline);
    }
    if (name === '$facet' && isPlainObject(spec)) {
      for (const sub of Object.values(spec)) if (Array.isArray(sub)) validatePipeline(sub);
    }
  }
  assertSupportedOperators(pipeline);
}

function aggregate(cmd: Doc, ctx: CommandContext): Doc {
  assertValidDatabaseName(ctx.dbName);
  const target = cmd.aggregate;
  const collectionName = typeof target === 'string' ? target : undefined;
  if (collectionName === undefined && target !== 1) {
    throw mongoError(ErrorCode.FailedToParse, "the 'aggregate' field must be a collection name or 1");
  }
  if (collectionName !== undefined) assertValidCollectionName(ctx.dbName, collectionName);
  const pipeline = requireArray(cmd, 'pipeline');
  const cursorOptions = optionalDocument(cmd, 'cursor');
  if (!cursorOptions) {
    throw mongoError(
      ErrorCode.FailedToParse,
      "The 'cursor' option is required, except for aggregate with the explain argument",
    );
  }
  validatePipeline(pipeline);
  const variables = optionalDocument(cmd, 'let');
  const coll = collectionName === undefined ? undefined : ctx.catalog.collection(ctx.dbName, collectionName);
  checkHint(coll, cmd.hint);

  let stages = pipeline as Doc[];
  let input: Doc[];
  const first = stages[0];
  if (collectionName === undefined) {
    if (!first || !('$documents' in first)) {
      throw mongoError(
        ErrorCode.InvalidNamespace,
        "{aggregate: 1} is only valid with a leading '$documents' stage",
      );
    }
    input = [];
  } else if (first && '$match' in first) {
    // A leading $match can use the indexes.
    const filter = compileFilter(first.$match, variables);
    input = selectRecords(coll, filter).records.map((r) => r.doc);
    stages = stages.slice(1);
  } else {
    input = coll?.documents() ?? [];
  }

  let results: Doc[] = input;
  if (stages.length > 0) {
    // $lookup, $unionWith and $graphLookup read the other collections of this database.
    const collectionResolver = (name: string): AnyObject[] =>
      deepClone(ctx.catalog.collection(ctx.dbName, name)?.documents() ?? []);
    try {
      results = new Aggregator(stages, mingoOptions({ variables, collectionResolver, cloneInput: true })).run(
        input,
      ) as Doc[];
    } catch (error) {
      throw toMongoError(error);
    }
  }
  const ns =
    collectionName === undefined ? `${ctx.dbName}.$cmd.aggregate` : `${ctx.dbName}.${collectionName}`;
  const { id, batch } = ctx.cursors.open({
    ns,
    docs: results,
    batchSize: optionalNonNegativeInteger(cursorOptions, 'batchSize'),
    lsid: ctx.lsid,
  });
  return { cursor: { firstBatch: batch, id, ns } };
}

export const aggregateCommands: CommandDefinition[] = [
  {
    names: ['aggregate'],
    fields: ['pipeline', 'cursor', 'allowDiskUse', 'bypassDocumentValidation', 'let', 'hint'],
    unsupported: {
      collation: COLLATION_REASON,
      explain: 'explain is only implemented for find',
    },
    run: aggregate,
  },
];
