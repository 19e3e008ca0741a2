import { once } from 'node:events';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { EJSON, type Document } from 'bson';
import type mongoose from 'mongoose';

type Db = mongoose.mongo.Db;

/**
 * Logical backups of the whole database (issue 8): one JSON Lines file in MongoDB Extended JSON, canonical
 * mode (every BSON type kept: Int32 vs Double vs Long, Dates, ObjectIds, Binary, Decimal128). Lines, in order:
 *
 *   {"format":"reperes-backup","version":1,"database":…,"exportedAt":…,"appVersion":…}
 *   {"collection":"fiches","options":{…},"indexes":[{"key":…,"name":…,"unique":…},…]}   one per collection,
 *   {"collection":"fiches","document":{…}}                                                then its documents
 *   {"end":true,"collections":N,"documents":M}                                            (missing: truncated)
 *
 * Documents keep their natural order, so ties in sorted reads come back the same after a restore.
 */
export const BACKUP_FORMAT = 'reperes-backup';
export const BACKUP_VERSION = 1;

export interface BackupSummary {
  /** Documents per collection. */
  collections: Record<string, number>;
  documents: number;
  indexes: number;
}

export class BackupError extends Error {
  override name = 'BackupError';
}

interface HeaderLine {
  format: string;
  version: number;
  database: string;
  exportedAt: Date;
  appVersion: string;
}
interface CollectionLine {
  collection: string;
  options?: Document;
  indexes: Document[];
}
interface DocumentLine {
  collection: string;
  document: Document;
}
interface EndLine {
  end: true;
  collections: number;
  documents: number;
}

/** Read documents exactly as stored: no promotion of Int32/Double/Long to JS numbers. */
const RAW_TYPES = { promoteValues: false, promoteLongs: false, promoteBuffers: false, bsonRegExp: true };

const line = (value: Document) => `${EJSON.stringify(value, { relaxed: false })}\n`;

async function userCollections(db: Db): Promise<{ name: string; options: Document }[]> {
  const all = await db.listCollections({}, { nameOnly: false }).toArray();
  return all
    .filter((c) => c.type !== 'view' && !c.name.startsWith('system.'))
    .map((c) => ({ name: c.name, options: ('options' in c ? c.options : undefined) ?? {} }))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}

/** Index definitions as createIndexes takes them (without the implicit `_id_` and server-set fields). */
function indexSpecs(indexes: Document[]): Document[] {
  return indexes
    .filter((ix) => ix.name !== '_id_')
    .map((ix) => {
      const { v: _v, ns: _ns, background: _background, ...spec } = ix;
      return spec;
    });
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Writes every collection of `db` to `out` (not closed here). */
export async function exportDatabase(
  db: Db,
  out: Writable,
  meta: { appVersion: string; now?: Date },
): Promise<BackupSummary> {
  const summary: BackupSummary = { collections: {}, documents: 0, indexes: 0 };
  const header: HeaderLine = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    database: db.databaseName,
    exportedAt: meta.now ?? new Date(),
    appVersion: meta.appVersion,
  };
  await write(out, line(header));
  const collections = await userCollections(db);
  for (const { name, options } of collections) {
    const collection = db.collection(name);
    const indexes = indexSpecs(await collection.listIndexes().toArray());
    const head: CollectionLine = {
      collection: name,
      ...(Object.keys(options).length ? { options } : {}),
      indexes,
    };
    await write(out, line(head));
    let count = 0;
    for await (const document of collection.find({}, { ...RAW_TYPES, batchSize: 1000 })) {
      const entry: DocumentLine = { collection: name, document };
      await write(out, line(entry));
      count += 1;
    }
    summary.collections[name] = count;
    summary.documents += count;
    summary.indexes += indexes.length;
  }
  const end: EndLine = { end: true, collections: collections.length, documents: summary.documents };
  await write(out, line(end));
  return summary;
}

/** Collections that hold documents, with their counts (empty collections do not count). */
export async function nonEmptyCollections(db: Db): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const { name } of await userCollections(db)) {
    const count = await db.collection(name).countDocuments({}, { limit: 1_000_000 });
    if (count > 0) found[name] = count;
  }
  return found;
}

const BATCH = 500;

/**
 * Restores a backup into `db`, which must hold no document (unless `force`: then every collection is dropped
 * first). Collections are recreated with their indexes, then their documents inserted in file order.
 */
export async function importDatabase(
  db: Db,
  input: Readable,
  { force = false }: { force?: boolean } = {},
): Promise<BackupSummary> {
  const existing = await nonEmptyCollections(db);
  if (Object.keys(existing).length > 0 && !force) {
    const list = Object.entries(existing)
      .map(([name, n]) => `${name}: ${n}`)
      .join(', ');
    throw new BackupError(
      `The database "${db.databaseName}" is not empty (${list}). A backup is restored into an empty database ` +
        'only; pass --force to erase the current contents first.',
    );
  }
  for (const { name } of await userCollections(db)) await db.collection(name).drop();

  const summary: BackupSummary = { collections: {}, documents: 0, indexes: 0 };
  let header: HeaderLine | undefined;
  let current: string | undefined;
  let batch: Document[] = [];
  let end: EndLine | undefined;
  let lineNo = 0;
  const flush = async () => {
    if (!current || batch.length === 0) return;
    await db.collection(current).insertMany(batch, { ordered: true });
    summary.collections[current] = (summary.collections[current] ?? 0) + batch.length;
    summary.documents += batch.length;
    batch = [];
  };

  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const text of lines) {
    lineNo += 1;
    if (text.trim() === '') continue;
    if (end) throw new BackupError(`line ${lineNo}: content after the end of the backup`);
    let value: Document;
    try {
      value = EJSON.parse(text, { relaxed: false }) as Document;
    } catch (err) {
      throw new BackupError(`line ${lineNo}: not Extended JSON (${(err as Error).message})`);
    }
    if (!header) {
      if (value.format !== BACKUP_FORMAT)
        throw new BackupError('not a Repères backup (the first line must be its header)');
      const version = Number(value.version); // Int32 in canonical Extended JSON
      if (!Number.isInteger(version) || version > BACKUP_VERSION)
        throw new BackupError(`backup format version ${String(value.version)} is newer than this program's`);
      header = value as HeaderLine;
      continue;
    }
    if (value.end === true) {
      if (value.documents === undefined) throw new BackupError(`line ${lineNo}: end line without counts`);
      await flush();
      end = value as EndLine;
      continue;
    }
    if (typeof value.collection !== 'string') throw new BackupError(`line ${lineNo}: no collection name`);
    if ('document' in value) {
      if (value.collection !== current)
        throw new BackupError(`line ${lineNo}: document of "${value.collection}" outside its collection`);
      batch.push((value as DocumentLine).document);
      if (batch.length >= BATCH) await flush();
      continue;
    }
    await flush();
    const head = value as CollectionLine;
    current = head.collection;
    summary.collections[current] = 0;
    await db.createCollection(current, head.options ?? {});
    const specs = head.indexes ?? [];
    if (specs.length > 0) {
      await db.collection(current).createIndexes(specs as mongoose.mongo.IndexDescription[]);
      summary.indexes += specs.length;
    }
  }
  if (!header) throw new BackupError('empty file: not a Repères backup');
  if (!end) {
    await flush();
    throw new BackupError(
      `the backup is truncated (no end line): ${summary.documents} documents were restored, the rest is missing`,
    );
  }
  const restored = Object.keys(summary.collections).length;
  if (Number(end.documents) !== summary.documents || Number(end.collections) !== restored) {
    throw new BackupError(
      `the backup announces ${end.collections} collections and ${end.documents} documents; ` +
        `${restored} and ${summary.documents} were restored`,
    );
  }
  return summary;
}

/** Whether the last line of a backup file is its end line (checked before importing from a file). */
export function hasEndLine(tail: string): boolean {
  const last = tail.trimEnd().split('\n').pop() ?? '';
  try {
    return (JSON.parse(last) as { end?: unknown }).end === true;
  } catch {
    return false;
  }
}
