import { isPlainObject, type Doc } from '../bson/codec.js';
import { badValue, notSupported } from '../errors.js';
import { commandName } from './args.js';
import { planFind } from './find.js';
import { SERVER_VERSION } from './server-info.js';
import type { CommandDefinition } from './types.js';

/** explain for find: which index answered (IXSCAN) or that the collection was scanned (COLLSCAN). */
export const explainCommands: CommandDefinition[] = [
  {
    names: ['explain'],
    fields: ['verbosity'],
    run: (cmd, ctx) => {
      const inner = cmd.explain;
      if (!isPlainObject(inner)) throw badValue('explain must be a document');
      const innerName = commandName(inner);
      if (innerName !== 'find') throw notSupported(`explain for ${innerName}`);
      const started = Date.now();
      const plan = planFind(inner, ctx);
      const { selection } = plan;
      const namespace = `${ctx.dbName}.${String(inner.find)}`;
      const coll = ctx.catalog.collection(ctx.dbName, String(inner.find));
      const indexSpec = coll?.indexSpecs().find((s) => s.name === selection.indexName);
      const winningPlan: Doc = indexSpec
        ? {
            stage: 'FETCH',
            inputStage: { stage: 'IXSCAN', indexName: indexSpec.name, keyPattern: indexSpec.key },
          }
        : { stage: 'COLLSCAN', direction: 'forward' };
      return {
        explainVersion: '1',
        queryPlanner: { namespace, parsedQuery: plan.filter, winningPlan, rejectedPlans: [] },
        executionStats: {
          executionSuccess: true,
          nReturned: selection.records.length,
          executionTimeMillis: Date.now() - started,
          totalKeysExamined: selection.keysExamined,
          totalDocsExamined: selection.docsExamined,
        },
        command: inner,
        serverInfo: { host: ctx.server.host, port: ctx.server.port, version: SERVER_VERSION },
      };
    },
  },
];
