import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * Every setting the API reads, with its default and meaning. This is the only reader of process.env
 * (conventions.md rule 6); tests build a config with `loadConfig({...})`.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development').describe('Runtime mode.'),
  HOST: z.string().default('127.0.0.1').describe('Interface to listen on (0.0.0.0 in a container).'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080).describe('HTTP port.'),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'a mongodb:// or mongodb+srv:// URI')
    .optional()
    .describe('MongoDB connection string. Unset: start the embedded server.'),
  DATA_DIR: z
    .string()
    .default(path.join(repoRoot, 'data'))
    .describe('Folder for the embedded database files and mail written to disk.'),
  EMBEDDED_DB_IN_MEMORY: bool
    .default(false)
    .describe('Keep the embedded database in memory only (tests, demos).'),
  EMBEDDED_DB_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65_535)
    .default(0)
    .describe('Port of the embedded database (0: any free port).'),
  SEED_ON_EMPTY: bool.default(true).describe('Load the seed corpus when the database is empty.'),
  SERVE_STATIC: bool
    .optional()
    .describe('Serve the built reader at / and back-office at /admin/ (default: on in production).'),
  WEB_DIST: z.string().default(path.join(repoRoot, 'apps/web/dist')).describe('Built reader app folder.'),
  ADMIN_DIST: z
    .string()
    .default(path.join(repoRoot, 'apps/admin/dist'))
    .describe('Built back-office folder.'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Log level.'),
  TRUST_PROXY: z.string().default('loopback').describe('Express trust proxy setting (hops or subnets).'),
  BODY_LIMIT: z.string().default('200kb').describe('Largest JSON body accepted.'),
});

export type Config = Readonly<z.infer<typeof configSchema> & { serveStatic: boolean; version: string }>;

export const APP_VERSION = '0.1.0';

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const c = parsed.data;
  return Object.freeze({
    ...c,
    serveStatic: c.SERVE_STATIC ?? c.NODE_ENV === 'production',
    version: APP_VERSION,
  });
}
