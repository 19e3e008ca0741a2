// `npm run seed` loads the seed corpus into an empty database; `npm run seed -- --reset` replaces all content.
// Stop the server first when it uses the embedded database (one process owns its data folder).
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { seedDatabase, seedIfEmpty, wipeContent } from './seed.js';

const config = loadConfig();
const logger = pino({ level: config.LOG_LEVEL });
const reset = process.argv.includes('--reset');

const db = await connectDatabase(config, logger);
try {
  if (reset) await wipeContent();
  const result = reset ? await seedDatabase() : await seedIfEmpty();
  console.log(
    result
      ? `Seeded ${result.fiches} fiches, ${result.themes} themes, ${result.translations} translated units.`
      : 'The database already has content: nothing done (use --reset to replace it).',
  );
} finally {
  await db.close();
}
