import mongoose from 'mongoose';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { seedIfEmpty } from './seed/seed.js';

/** Work done once the database is connected and before the server listens: indexes, then first-start seed. */
export async function onStart(config: Config, logger: Logger): Promise<void> {
  await Promise.all(Object.values(mongoose.models).map((m) => m.init()));
  if (config.SEED_ON_EMPTY) {
    const seeded = await seedIfEmpty();
    if (seeded) logger.info(seeded, 'empty database: seed corpus loaded');
  }
}
