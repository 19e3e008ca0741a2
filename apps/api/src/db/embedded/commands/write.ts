import { isPlainObject, MAX_WRITE_BATCH_SIZE, type Doc } from '../bson/codec.js';
import { sameValue } from '../bson/compare.js';
import { badValue, ErrorCode, mongoError } from '../errors.js';
import { selectRecords } from '../query/executor.js';
import { compileFilter } from '../query/filter.js';
import { parseSort } from '../query/sort.js';
import { prepareDocument } from '../storage/validate.js';
import { applyUpdate } from '../update/apply.js';
import { compileUpdate } from '../update/compile.js';
import { buildUpsertDocument } from '../update/upsert.js';
import { optionalBoolean, optionalDocument, requireArray } from './args.js';
import { checkHint, checkStatementFields, namespaceOf, writeError, type Namespace } from './common.js';
import type { CommandContext, CommandDefinition } from './types.js';

function statements(cmd: Doc, field: string): unknown[] {
  const list = requireArray(cmd, field);
  if (list.length < 1 || list.length > MAX_WRITE_BATCH_SIZE) {
    throw mongoError(
      ErrorCode.InvalidLength,
      `Write batch sizes must be between 1 and ${MAX_WRITE_BATCH_SIZE}. Got ${list.length} operations.`,
    );
  }
  return list;
}

/** Runs each statement; ordered batches stop at the first error, unordered ones carry on. */
function runStatements(
  list: readonly unknown[],
  ordered: boolean,
  run: (statement: unknown, index: number) => void,
) {
  const writeErrors: Doc[] = [];
  for (let i = 0; i < list.length; i++) {
    try {
      run(list[i], i);
    } catch (error) {
      writeErrors.push(writeError(i, error));
      if (ordered) break;
    }
  }
  return writeErrors;
}

function statementDoc(statement: unknown, command: string): Doc {
  if (!isPlainObject(statement)) throw badValue(`each ${command} statement must be a document`);
  return statement;
}

function insert(cmd: Doc, ctx: CommandContext): Doc {
  const { db, collection } = namespaceOf(cmd, ctx);
  const docs = statements(cmd, 'documents');
  const ordered = optionalBoolean(cmd, 'ordered') ?? true;
  const coll = ctx.catalog.ensureCollection(db, collection).collection;
  let n = 0;
  const writeErrors = runStatements(docs, ordered, (doc) => {
    coll.insert(prepareDocument(doc, 'insert'));
    n++;
  });
  return writeErrors.length > 0 ? { n, writeErrors } : { n };
}

const UPDATE_STATEMENT_FIELDS = ['q', 'u', 'upsert', 'multi', 'arrayFilters', 'hint', 'c', 'sort'];

interface UpdateTotals {
  n: number;
  nModified: number;
}

function update(cmd: Doc, ctx: CommandContext): Doc {
  const namespace = namespaceOf(cmd, ctx);
  const list = statements(cmd, 'updates');
  const ordered = optionalBoolean(cmd, 'ordered') ?? true;
  const commandLet = optionalDocument(cmd, 'let');
  const totals: UpdateTotals = { n: 0, nModified: 0 };
  const upserted: Doc[] = [];
  const writeErrors = runStatements(list, ordered, (raw, index) => {
    const statement = statementDoc(raw, 'update');
    checkStatementFields(statement, 'update', 'updates', UPDATE_STATEMENT_FIELDS);
    const upsertedId = updateStatement(namespace, statement, ctx, commandLet, totals);
    if (upsertedId !== undefined) upserted.push({ index, _id: upsertedId });
  });
  return {
    n: totals.n + upserted.length,
    nModified: totals.nModified,
    ...(upserted.length > 0 ? { upserted } : {}),
    ...(writeErrors.length > 0 ? { writeErrors } : {}),
  };
}

/**
 * One update statement. Matched/modified counts go to `totals` as documents are updated, so they stay
 * right when a later document of a multi-update fails. Returns the upserted `_id`, if any.
 */
function updateStatement(
  namespace: Namespace,
  statement: Doc,
  ctx: CommandContext,
  commandLet: Doc | undefined,
  totals: UpdateTotals,
): unknown {
  const multi = optionalBoolean(statement, 'multi') ?? false;
  const upsert = optionalBoolean(statement, 'upsert') ?? false;
  const variables = { ...commandLet, ...optionalDocument(statement, 'c') };
  const compiled = compileUpdate(statement.u, statement.arrayFilters);
  if (multi && compiled.kind === 'replacement') {
    throw mongoError(ErrorCode.FailedToParse, 'multi update is not supported for replacement-style update');
  }
  const sort = parseSort(optionalDocument(statement, 'sort'));
  if (multi && sort) throw badValue('sort is not allowed with multi: true');
  const filter = compileFilter(optionalDocument(statement, 'q'), variables);
  const coll = ctx.catalog.collection(namespace.db, namespace.collection);
  checkHint(coll, statement.hint);
  const { records } = selectRecords(coll, filter, { limit: multi ? undefined : 1, sort });
  if (records.length === 0) {
    if (!upsert) return undefined;
    const doc = prepareDocument(buildUpsertDocument(filter.raw, compiled, variables), 'insert');
    ctx.catalog.ensureCollection(namespace.db, namespace.collection).collection.insert(doc);
    return doc._id;
  }
  for (const record of records) {
    const updated = applyUpdate(record.doc, compiled, { filter: filter.raw, isInsert: false, variables });
    if (!sameValue(updated, record.doc)) {
      coll?.replace(record, prepareDocument(updated, 'update'));
      totals.nModified++;
    }
    totals.n++;
  }
  return undefined;
}

function remove(cmd: Doc, ctx: CommandContext): Doc {
  const { db, collection } = namespaceOf(cmd, ctx);
  const list = statements(cmd, 'deletes');
  const ordered = optionalBoolean(cmd, 'ordered') ?? true;
  const commandLet = optionalDocument(cmd, 'let');
  let n = 0;
  const writeErrors = runStatements(list, ordered, (raw) => {
    const statement = statementDoc(raw, 'delete');
    checkStatementFields(statement, 'delete', 'deletes', ['q', 'limit', 'hint']);
    const limit = statement.limit;
    if (limit !== 0 && limit !== 1)
      throw badValue(`The limit field in delete objects must be 0 or 1. Got ${String(limit)}`);
    const coll = ctx.catalog.collection(db, collection);
    checkHint(coll, statement.hint);
    const filter = compileFilter(optionalDocument(statement, 'q'), commandLet);
    const { records } = selectRecords(coll, filter, { limit: limit === 1 ? 1 : undefined });
    for (const record of records) coll?.remove(record);
    n += records.length;
  });
  return writeErrors.length > 0 ? { n, writeErrors } : { n };
}

export const writeCommands: CommandDefinition[] = [
  { names: ['insert'], fields: ['documents', 'ordered', 'bypassDocumentValidation'], run: insert },
  { names: ['update'], fields: ['updates', 'ordered', 'bypassDocumentValidation', 'let'], run: update },
  { names: ['delete'], fields: ['deletes', 'ordered', 'let'], run: remove },
];
