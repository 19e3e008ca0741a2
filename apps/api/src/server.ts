import type { Server } from 'node:http';
import mongoose from 'mongoose';
import { pino } from 'pino';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { connectDatabase } from './db/connect.js';
import { listen } from './http-server.js';
import { databaseStatus } from './middleware/db-guard.js';
import { markDraining, markStarted } from './modules/health/lifecycle.js';
import { onStart } from './startup.js';

const config = loadConfig();
const logger = pino({ level: config.LOG_LEVEL });

// Issue 8: while the database is unreachable an operation must fail at once (middleware/db-guard.ts then
// serves the last known copy or 503) instead of waiting in mongoose's buffer for 10 s.
mongoose.set('bufferCommands', false);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

async function main(): Promise<void> {
  const db = await connectDatabase(config, logger);
  await onStart(config, logger);
  markStarted();
  const app = createApp({ config, logger, dbKind: db.kind });
  const server: Server = await listen(app, config.PORT, config.HOST);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info({ url: `http://${config.HOST}:${port}` }, 'Repères is listening');

  let stopping = false;
  /**
   * Drain, then close the database: stop accepting connections and report not ready; let requests in
   * progress finish (keep-alive connections are closed as soon as they are idle) for at most
   * SHUTDOWN_TIMEOUT_MS; then close what is left, disconnect, and stop the embedded server, which writes its
   * last changes to disk — so every write that was acknowledged is kept.
   */
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    markDraining();
    logger.info({ signal, timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutting down: draining requests');
    const hardStop = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS + 15_000);
    hardStop.unref();
    try {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      const drained = await Promise.race([
        closed.then(() => true),
        sleep(config.SHUTDOWN_TIMEOUT_MS).then(() => false),
      ]);
      clearInterval(sweep);
      if (!drained) {
        logger.warn('requests still running after SHUTDOWN_TIMEOUT_MS: closing their connections');
        server.closeAllConnections();
        await closed;
      }
      databaseStatus.stop();
      await db.close();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  logger.fatal({ err }, 'failed to start');
  process.exit(1);
});
