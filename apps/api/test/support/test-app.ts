import type { Server } from 'node:http';
import mongoose from 'mongoose';
import { pino } from 'pino';
import { createApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { startEmbeddedMongo, type EmbeddedMongoServer } from '../../src/db/embedded/index.js';
import { listen } from '../../src/http-server.js';

export interface TestApp {
  url: string;
  config: Config;
  db: EmbeddedMongoServer;
  /** fetch relative to the API root, e.g. api('/api/v1/themes'). */
  api(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The real app over real HTTP against the embedded database through the real mongoose driver
 * (conventions: component tests start the app on port 0 and call it).
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await startEmbeddedMongo();
  await mongoose.connect(`${db.uri}reperes`, { serverSelectionTimeoutMS: 5_000 });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SERVE_STATIC: 'false', ...env });
  const app = createApp({ config, logger: pino({ level: 'silent' }), dbKind: 'embedded' });
  await Promise.all(Object.values(mongoose.models).map((m) => m.init()));
  const server: Server = await listen(app, 0, '127.0.0.1');
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    config,
    db,
    api: (path, init) => fetch(url + path, init),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mongoose.disconnect();
      await db.stop();
    },
  };
}
