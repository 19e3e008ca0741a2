import { notSupported } from '../errors.js';
import { aggregateCommands } from './aggregate.js';
import { collectionCommands } from './collections.js';
import { countDistinctCommands } from './count-distinct.js';
import { dbStatsCommands } from './db-stats.js';
import { explainCommands } from './explain.js';
import { findAndModifyCommands } from './find-and-modify.js';
import { findCommands } from './find.js';
import { indexCommands } from './indexes.js';
import { serverInfoCommands } from './server-info.js';
import { sessionCommands } from './sessions.js';
import type { CommandDefinition } from './types.js';
import { writeCommands } from './write.js';

/**
 * mongod commands this server does not implement. They get a "not supported" error (115) rather than
 * "no such command" (59), which would suggest a typo.
 */
const NOT_IMPLEMENTED: Readonly<Record<string, string>> = {
  mapReduce: 'mapReduce (use aggregate)',
  geoSearch: 'geoSearch (geospatial queries)',
  collMod: 'collMod',
  renameCollection: 'renameCollection',
  validate: 'validate',
  compact: 'compact',
  collStats: 'collStats',
  dataSize: 'dataSize',
  currentOp: 'currentOp',
  killOp: 'killOp',
  fsync: 'fsync (the data folder is written every flushIntervalMs)',
  reIndex: 'reIndex',
  profile: 'the profiler',
  createUser: 'user management (there is no authentication)',
  updateUser: 'user management (there is no authentication)',
  dropUser: 'user management (there is no authentication)',
  usersInfo: 'user management (there is no authentication)',
  createRole: 'role management (there is no authentication)',
  grantRolesToUser: 'role management (there is no authentication)',
  replSetGetStatus: 'replication (this is a standalone server)',
  replSetInitiate: 'replication (this is a standalone server)',
  shardCollection: 'sharding (this is a standalone server)',
  convertToCapped: 'capped collections',
  cloneCollectionAsCapped: 'capped collections',
  createSearchIndexes: 'Atlas Search indexes',
  listSearchIndexes: 'Atlas Search indexes',
  bulkWrite: 'the MongoDB 8.0 bulkWrite command (drivers use insert/update/delete with this server)',
  setParameter: 'setParameter',
  setFeatureCompatibilityVersion: 'setFeatureCompatibilityVersion',
  shutdown: 'shutdown (stop the embedded server from the application)',
};

const notImplementedCommands: CommandDefinition[] = Object.entries(NOT_IMPLEMENTED).map(([name, what]) => ({
  names: [name],
  fields: [],
  anyFields: true,
  run: () => {
    throw notSupported(`the ${what} command`);
  },
}));

const IMPLEMENTED: readonly CommandDefinition[] = [
  ...serverInfoCommands,
  ...sessionCommands,
  ...findCommands,
  ...countDistinctCommands,
  ...writeCommands,
  ...findAndModifyCommands,
  ...aggregateCommands,
  ...collectionCommands,
  ...indexCommands,
  ...explainCommands,
  ...dbStatsCommands,
];

/** Every command the server answers, including listCommands which describes them. */
export const ALL_COMMANDS: readonly CommandDefinition[] = [
  ...IMPLEMENTED,
  ...notImplementedCommands,
  {
    names: ['listCommands'],
    fields: [],
    run: () => ({
      commands: Object.fromEntries(
        IMPLEMENTED.flatMap((definition) => definition.names).map((name) => [
          name,
          { help: '', adminOnly: false },
        ]),
      ),
    }),
  },
];
