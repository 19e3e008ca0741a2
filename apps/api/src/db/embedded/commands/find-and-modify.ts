import type { Doc } from '../bson/codec.js';
import { sameValue } from '../bson/compare.js';
import { ErrorCode, mongoError } from '../errors.js';
import { selectRecords } from '../query/executor.js';
import { compileFilter } from '../query/filter.js';
import { compileProjection } from '../query/projection.js';
import { parseSort } from '../query/sort.js';
import { prepareDocument } from '../storage/validate.js';
import { applyUpdate } from '../update/apply.js';
import { compileUpdate } from '../update/compile.js';
import { buildUpsertDocument } from '../update/upsert.js';
import { optionalBoolean, optionalDocument } from './args.js';
import { checkHint, COLLATION_REASON, namespaceOf } from './common.js';
import type { CommandContext, CommandDefinition } from './types.js';

function findAndModify(cmd: Doc, ctx: CommandContext): Doc {
  const { db, collection } = namespaceOf(cmd, ctx);
  const remove = optionalBoolean(cmd, 'remove') ?? false;
  const returnNew = optionalBoolean(cmd, 'new') ?? false;
  const upsert = optionalBoolean(cmd, 'upsert') ?? false;
  const hasUpdate = cmd.update !== undefined && cmd.update !== null;
  if (remove && hasUpdate)
    throw mongoError(ErrorCode.FailedToParse, 'Cannot specify both an update and remove=true');
  if (!remove && !hasUpdate)
    throw mongoError(ErrorCode.FailedToParse, 'Either an update or remove=true must be specified');
  if (remove && (returnNew || upsert)) {
    throw mongoError(ErrorCode.FailedToParse, 'Cannot specify both new=true or upsert=true and remove=true');
  }
  const variables = optionalDocument(cmd, 'let');
  const filter = compileFilter(optionalDocument(cmd, 'query'), variables);
  const sort = parseSort(optionalDocument(cmd, 'sort'));
  const compiled = hasUpdate ? compileUpdate(cmd.update, cmd.arrayFilters) : undefined;
  const projector = compileProjection(cmd.fields, filter.raw, variables);
  const project = (doc: Doc | null): Doc | null => (doc && projector ? (projector([doc])[0] ?? null) : doc);
  const coll = ctx.catalog.collection(db, collection);
  checkHint(coll, cmd.hint);
  const [record] = selectRecords(coll, filter, { sort, limit: 1 }).records;

  if (remove) {
    if (!record || !coll) return { lastErrorObject: { n: 0 }, value: null };
    coll.remove(record);
    return { lastErrorObject: { n: 1 }, value: project(record.doc) };
  }
  const update = compiled as NonNullable<typeof compiled>;
  if (record && coll) {
    const before = record.doc;
    const after = applyUpdate(before, update, { filter: filter.raw, isInsert: false, variables });
    if (!sameValue(after, before)) coll.replace(record, prepareDocument(after, 'update'));
    return {
      lastErrorObject: { n: 1, updatedExisting: true },
      value: project(returnNew ? record.doc : before),
    };
  }
  if (!upsert) return { lastErrorObject: { n: 0, updatedExisting: false }, value: null };
  const doc = prepareDocument(buildUpsertDocument(filter.raw, update, variables), 'insert');
  ctx.catalog.ensureCollection(db, collection).collection.insert(doc);
  return {
    lastErrorObject: { n: 1, updatedExisting: false, upserted: doc._id },
    value: returnNew ? project(doc) : null,
  };
}

export const findAndModifyCommands: CommandDefinition[] = [
  {
    names: ['findAndModify', 'findandmodify'],
    fields: [
      'query',
      'sort',
      'remove',
      'update',
      'new',
      'fields',
      'upsert',
      'bypassDocumentValidation',
      'arrayFilters',
      'let',
      'hint',
    ],
    unsupported: { collation: COLLATION_REASON },
    run: findAndModify,
  },
];
