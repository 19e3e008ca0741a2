import mongoose from 'mongoose';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { EmbeddedMongoServer } from './embedded/index.js';

export interface Database {
  kind: 'embedded' | 'external';
  uri: string;
  embedded?: EmbeddedMongoServer;
  /** Close the driver, then stop (and flush) the embedded server. */
  close(): Promise<void>;
}

export const DB_NAME = 'reperes';

/** MONGODB_URI set → that MongoDB; unset → the embedded server, persisted under DATA_DIR unless in memory. */
export async function connectDatabase(config: Config, logger: Logger): Promise<Database> {
  mongoose.set('strictQuery', true);
  let embedded: EmbeddedMongoServer | undefined;
  let uri = config.MONGODB_URI;
  if (!uri) {
    embedded = new EmbeddedMongoServer({
      port: config.EMBEDDED_DB_PORT,
      ...(config.EMBEDDED_DB_IN_MEMORY ? {} : { dataDir: `${config.DATA_DIR}/db` }),
      logger: logger.child({ component: 'embedded-db' }),
    });
    await embedded.start();
    uri = `${embedded.uri}${DB_NAME}`;
    logger.info(
      { port: embedded.port, dataDir: config.EMBEDDED_DB_IN_MEMORY ? null : `${config.DATA_DIR}/db` },
      'embedded database started',
    );
  }
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 5_000 });
  logger.info({ kind: embedded ? 'embedded' : 'external' }, 'database connected');
  return {
    kind: embedded ? 'embedded' : 'external',
    uri,
    ...(embedded ? { embedded } : {}),
    async close() {
      await mongoose.disconnect();
      await embedded?.stop();
    },
  };
}

export function databaseState(): 'connected' | 'disconnected' {
  return mongoose.connection.readyState === 1 ? 'connected' : 'disconnected';
}
