// `npm run export -- --out FILE` and `npm run import -- FILE [--force]` (issue 8): a logical backup of the
// whole database as JSON Lines (see backup.service.ts). Uses MONGODB_URI, or else the embedded database in
// DATA_DIR — stop the server first in that case (one process owns a data folder). FILE `-` is stdout/stdin;
// messages go to stderr so the backup can be piped (`npm run -s export -- --out - | gzip > backup.jsonl.gz`).
import fs from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import { pino } from 'pino';
import { loadConfig } from '../../config.js';
import { connectDatabase } from '../../db/connect.js';
import {
  BackupError,
  exportDatabase,
  hasEndLine,
  importDatabase,
  type BackupSummary,
} from './backup.service.js';

const USAGE = `usage:
  npm run export -- --out FILE          write a backup (FILE "-": standard output)
  npm run import -- FILE [--force]      restore into an empty database (--force: erase it first)`;

interface Command {
  action: 'export' | 'import';
  file: string;
  force: boolean;
}

function parse(argv: string[]): Command {
  const [action, ...rest] = argv;
  if (action !== 'export' && action !== 'import') throw new BackupError(USAGE);
  let file: string | undefined;
  let force = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--force' && action === 'import') force = true;
    else if ((arg === '--out' || arg === '-o') && action === 'export') file = rest[++i];
    else if (arg.startsWith('--out=') && action === 'export') file = arg.slice('--out='.length);
    else if (action === 'import' && file === undefined && (arg === '-' || !arg.startsWith('-'))) file = arg;
    else throw new BackupError(`unknown argument "${arg}"\n${USAGE}`);
  }
  if (!file) throw new BackupError(USAGE);
  return { action, file, force };
}

/** npm runs scripts from the repository root; a relative FILE means relative to where npm was invoked. */
function resolveFile(file: string): string {
  return file === '-' ? file : path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

function describe(summary: BackupSummary): string {
  const names = Object.keys(summary.collections);
  return `${summary.documents} documents in ${names.length} collections, ${summary.indexes} indexes`;
}

async function run(command: Command): Promise<string> {
  const config = loadConfig();
  const logger = pino(
    { level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL },
    pino.destination(2),
  );
  const file = resolveFile(command.file);
  if (command.action === 'import' && file !== '-') {
    if (!fs.existsSync(file)) throw new BackupError(`no such file: ${file}`);
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r');
    const tail = Buffer.alloc(Math.min(size, 4096));
    fs.readSync(fd, tail, 0, tail.length, size - tail.length);
    fs.closeSync(fd);
    if (!hasEndLine(tail.toString('utf8')))
      throw new BackupError(
        `${file} is truncated or not a Repères backup (no end line): nothing was imported`,
      );
  }
  const db = await connectDatabase(config, logger);
  try {
    const native = mongoose.connection.db;
    if (!native) throw new Error('no database handle after connecting');
    if (command.action === 'export') {
      const out = file === '-' ? process.stdout : fs.createWriteStream(`${file}.partial`);
      const summary = await exportDatabase(native, out, { appVersion: config.version });
      if (out !== process.stdout) {
        await new Promise<void>((resolve, reject) =>
          out.end((err?: Error | null) => (err ? reject(err) : resolve())),
        );
        fs.renameSync(`${file}.partial`, file);
      }
      return `Exported ${describe(summary)} from "${native.databaseName}" to ${file === '-' ? 'standard output' : file}.`;
    }
    const input = file === '-' ? process.stdin : fs.createReadStream(file);
    const summary = await importDatabase(native, input, { force: command.force });
    return `Imported ${describe(summary)} into "${native.databaseName}".`;
  } finally {
    await db.close();
  }
}

try {
  const message = await run(parse(process.argv.slice(2)));
  console.error(message);
} catch (err) {
  console.error(err instanceof BackupError ? `Error: ${err.message}` : err);
  process.exitCode = 1;
}
