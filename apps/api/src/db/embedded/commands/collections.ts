import { documentSize, type Doc } from '../bson/codec.js';
import { ErrorCode, mongoError } from '../errors.js';
import { compileFilter } from '../query/filter.js';
import { ID_INDEX_SPEC } from '../storage/index-spec.js';
import { assertValidDatabaseName } from '../storage/names.js';
import { optionalBoolean, optionalDocument, optionalNonNegativeInteger } from './args.js';
import { namespaceOf } from './common.js';
import type { CommandContext, CommandDefinition } from './types.js';

const CREATE_UNSUPPORTED: Readonly<Record<string, string>> = {
  capped: 'capped collections',
  size: 'capped collections',
  max: 'capped collections',
  validator: 'validators (the API validates with zod)',
  validationLevel: 'validators',
  validationAction: 'validators',
  viewOn: 'views',
  pipeline: 'views',
  collation: 'collations',
  timeseries: 'time series collections',
  expireAfterSeconds: 'time series collections (use a TTL index)',
  clusteredIndex: 'clustered collections',
  changeStreamPreAndPostImages: 'change streams',
  storageEngine: 'storage engine options',
  indexOptionDefaults: 'index option defaults',
  encryptedFields: 'queryable encryption',
};

function filtered(docs: Doc[], filter: Doc | undefined): Doc[] {
  if (!filter) return docs;
  const compiled = compileFilter(filter);
  return docs.filter((doc) => compiled.test(doc));
}

function listCollections(cmd: Doc, ctx: CommandContext): Doc {
  assertValidDatabaseName(ctx.dbName);
  const nameOnly = optionalBoolean(cmd, 'nameOnly') ?? false;
  const collections = ctx.catalog.database(ctx.dbName)?.collections ?? new Map();
  const entries: Doc[] = Array.from(collections.values(), (c) => ({
    name: c.name,
    type: 'collection',
    options: {},
    info: { readOnly: false, uuid: c.uuid },
    idIndex: ID_INDEX_SPEC,
  }));
  let docs = filtered(entries, optionalDocument(cmd, 'filter'));
  if (nameOnly) docs = docs.map((d) => ({ name: d.name, type: d.type }));
  const ns = `${ctx.dbName}.$cmd.listCollections`;
  const cursor = optionalDocument(cmd, 'cursor') ?? {};
  const { id, batch } = ctx.cursors.open({
    ns,
    docs,
    batchSize: optionalNonNegativeInteger(cursor, 'batchSize'),
  });
  return { cursor: { id, ns, firstBatch: batch } };
}

function listDatabases(cmd: Doc, ctx: CommandContext): Doc {
  if (ctx.dbName !== 'admin') {
    throw mongoError(ErrorCode.Unauthorized, 'listDatabases may only be run against the admin database.');
  }
  const nameOnly = optionalBoolean(cmd, 'nameOnly') ?? false;
  const entries: Doc[] = [];
  let totalSize = 0;
  for (const name of ctx.catalog.databaseNames()) {
    if (nameOnly) {
      entries.push({ name });
      continue;
    }
    let sizeOnDisk = 0;
    for (const collection of ctx.catalog.database(name)?.collections.values() ?? []) {
      for (const doc of collection.documents()) sizeOnDisk += documentSize(doc);
    }
    totalSize += sizeOnDisk;
    entries.push({ name, sizeOnDisk, empty: sizeOnDisk === 0 });
  }
  const databases = filtered(entries, optionalDocument(cmd, 'filter'));
  return nameOnly
    ? { databases }
    : { databases, totalSize, totalSizeMb: Math.round(totalSize / 1024 / 1024) };
}

export const collectionCommands: CommandDefinition[] = [
  {
    names: ['create'],
    fields: ['idIndex'],
    unsupported: CREATE_UNSUPPORTED,
    run: (cmd, ctx) => {
      const { db, collection, ns } = namespaceOf(cmd, ctx);
      if (ctx.catalog.collection(db, collection)) {
        throw mongoError(ErrorCode.NamespaceExists, `Collection ${ns} already exists.`);
      }
      ctx.catalog.ensureCollection(db, collection);
      return {};
    },
  },
  {
    names: ['drop'],
    fields: [],
    run: (cmd, ctx) => {
      const { db, collection, ns } = namespaceOf(cmd, ctx);
      const existing = ctx.catalog.collection(db, collection);
      // mongod 7 answers ok for a collection that does not exist.
      if (!existing) return {};
      const nIndexesWas = existing.indexSpecs().length;
      ctx.catalog.dropCollection(db, collection);
      return { nIndexesWas, ns };
    },
  },
  {
    names: ['dropDatabase'],
    fields: [],
    run: (_cmd, ctx) => {
      assertValidDatabaseName(ctx.dbName);
      ctx.catalog.dropDatabase(ctx.dbName);
      return { dropped: ctx.dbName };
    },
  },
  {
    names: ['listCollections'],
    fields: ['filter', 'nameOnly', 'authorizedCollections', 'cursor'],
    run: listCollections,
  },
  {
    names: ['listDatabases'],
    fields: ['filter', 'nameOnly', 'authorizedDatabases'],
    run: listDatabases,
  },
];
