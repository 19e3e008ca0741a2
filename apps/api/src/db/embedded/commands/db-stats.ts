import { documentSize } from '../bson/codec.js';
import { assertValidDatabaseName } from '../storage/names.js';
import type { CommandDefinition } from './types.js';

/** Sizes are the BSON sizes of the documents; there is no separate storage or index size. */
export const dbStatsCommands: CommandDefinition[] = [
  {
    names: ['dbStats', 'dbstats'],
    fields: ['scale', 'freeStorage'],
    run: (cmd, ctx) => {
      assertValidDatabaseName(ctx.dbName);
      const scale = typeof cmd.scale === 'number' && cmd.scale > 0 ? cmd.scale : 1;
      let objects = 0;
      let dataSize = 0;
      let indexes = 0;
      const collections = ctx.catalog.database(ctx.dbName)?.collections ?? new Map();
      for (const collection of collections.values()) {
        objects += collection.count;
        indexes += collection.indexSpecs().length;
        for (const doc of collection.documents()) dataSize += documentSize(doc);
      }
      return {
        db: ctx.dbName,
        collections: collections.size,
        views: 0,
        objects,
        avgObjSize: objects > 0 ? dataSize / objects : 0,
        dataSize: dataSize / scale,
        storageSize: dataSize / scale,
        indexes,
        indexSize: 0,
        totalSize: dataSize / scale,
        scaleFactor: scale,
      };
    },
  },
];
