import type { UUID } from 'bson';
import { decodeDocument, encodeDocument, isPlainObject, type Doc } from '../bson/codec.js';
import type { CollectionImage } from '../storage/catalog.js';
import { parseIndexSpec } from '../storage/index-spec.js';

/**
 * One file per database: a sequence of BSON documents (like mongodump's .bson files):
 *   header     { format, version, db, collections, writtenAt }
 *   per collection: { collection, uuid, indexes, count } followed by its `count` documents
 *   trailer    { end: true, documents }
 * Each document stays under 16 MB whatever the database size, and the trailer proves the file is complete.
 */
const FORMAT = 'reperes-embedded-mongodb';
const VERSION = 1;

export interface DatabaseImage {
  readonly name: string;
  readonly collections: readonly CollectionImage[];
}

export class CorruptDataFileError extends Error {
  constructor(file: string, reason: string) {
    super(`embedded MongoDB data file ${file} is corrupt: ${reason}`);
    this.name = 'CorruptDataFileError';
  }
}

export function dataFileName(db: string): string {
  return `${encodeURIComponent(db)}.bson`;
}

export function isDataFile(name: string): boolean {
  return name.endsWith('.bson') && !name.startsWith('.');
}

/** Files left by a write that did not finish (crash, full disk): never read. */
export function isTempFile(name: string): boolean {
  return name.endsWith('.tmp');
}

export function tempFileName(db: string, attempt: number): string {
  return `.${dataFileName(db)}.${process.pid}.${attempt}.tmp`;
}

export function* encodeDatabaseImage(image: DatabaseImage): Generator<Uint8Array> {
  yield encodeDocument({
    format: FORMAT,
    version: VERSION,
    db: image.name,
    collections: image.collections.length,
    writtenAt: new Date(),
  });
  let documents = 0;
  for (const collection of image.collections) {
    yield encodeDocument({
      collection: collection.name,
      ...(collection.uuid ? { uuid: collection.uuid } : {}),
      indexes: collection.indexes as unknown as Doc[],
      count: collection.documents.length,
    });
    for (const doc of collection.documents) yield encodeDocument(doc);
    documents += collection.documents.length;
  }
  yield encodeDocument({ end: true, documents });
}

export function decodeDatabaseImage(bytes: Buffer, file: string): DatabaseImage {
  let offset = 0;
  const next = (): Doc => {
    if (offset + 4 > bytes.length) throw new CorruptDataFileError(file, 'unexpected end of file');
    const size = bytes.readInt32LE(offset);
    if (size < 5 || offset + size > bytes.length)
      throw new CorruptDataFileError(file, `bad document size at byte ${offset}`);
    const doc = decodeDocument(bytes.subarray(offset, offset + size));
    offset += size;
    return doc;
  };
  const header = next();
  if (header.format !== FORMAT || header.version !== VERSION || typeof header.db !== 'string') {
    throw new CorruptDataFileError(
      file,
      'unknown header (not written by this server, or by a newer version)',
    );
  }
  const collections: CollectionImage[] = [];
  let total = 0;
  for (let i = 0; i < Number(header.collections); i++) {
    const meta = next();
    if (
      typeof meta.collection !== 'string' ||
      !Array.isArray(meta.indexes) ||
      typeof meta.count !== 'number'
    ) {
      throw new CorruptDataFileError(file, `bad collection header #${i}`);
    }
    const documents: Doc[] = [];
    for (let d = 0; d < meta.count; d++) documents.push(next());
    total += documents.length;
    collections.push({
      name: meta.collection,
      ...(meta.uuid ? { uuid: meta.uuid as UUID } : {}),
      indexes: meta.indexes.map((spec) => {
        if (!isPlainObject(spec)) throw new CorruptDataFileError(file, 'bad index specification');
        return parseIndexSpec(spec);
      }),
      documents,
    });
  }
  const trailer = next();
  if (trailer.end !== true || trailer.documents !== total || offset !== bytes.length) {
    throw new CorruptDataFileError(file, 'missing or inconsistent trailer');
  }
  return { name: header.db, collections };
}
