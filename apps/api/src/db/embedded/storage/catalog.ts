import type { UUID } from 'bson';
import type { Doc } from '../bson/codec.js';
import { ErrorCode, mongoError } from '../errors.js';
import { Collection, type CollectionOwner } from './collection.js';
import { ID_INDEX_NAME, type IndexSpec } from './index-spec.js';
import { assertValidCollectionName, assertValidDatabaseName } from './names.js';

export class Database implements CollectionOwner {
  readonly name: string;
  readonly collections = new Map<string, Collection>();
  /** While loading from disk, changes are not reported. */
  muted = false;
  private readonly onChange: (db: Database) => void;

  constructor(name: string, onChange: (db: Database) => void) {
    this.name = name;
    this.onChange = onChange;
  }

  markDirty(): void {
    if (!this.muted) this.onChange(this);
  }
}

/** A collection as the data files describe it. */
export interface CollectionImage {
  readonly name: string;
  readonly uuid?: UUID;
  readonly indexes: readonly IndexSpec[];
  readonly documents: readonly Doc[];
}

/**
 * All databases of the server. A database exists while it has at least one collection, as in mongod.
 */
export class Catalog {
  private readonly databases = new Map<string, Database>();
  /** Called on every change of a database's content, and when a database is dropped. */
  onChange: (dbName: string) => void = () => {};

  private readonly notify = (db: Database): void => {
    this.onChange(db.name);
  };

  databaseNames(): string[] {
    return Array.from(this.databases.keys());
  }

  database(name: string): Database | undefined {
    return this.databases.get(name);
  }

  collection(dbName: string, name: string): Collection | undefined {
    return this.databases.get(dbName)?.collections.get(name);
  }

  /** The collection, created (with its database) when missing; `created` tells which happened. */
  ensureCollection(dbName: string, name: string): { collection: Collection; created: boolean } {
    assertValidDatabaseName(dbName);
    assertValidCollectionName(dbName, name);
    const existing = this.collection(dbName, name);
    if (existing) return { collection: existing, created: false };
    let db = this.databases.get(dbName);
    if (!db) {
      // Data files are named after databases: names differing only in case would share a file on some systems.
      const clash = this.databaseNames().find((name) => name.toLowerCase() === dbName.toLowerCase());
      if (clash) {
        throw mongoError(
          ErrorCode.DatabaseDifferCase,
          `db already exists with different case already have: [${clash}] trying to create [${dbName}]`,
        );
      }
      db = new Database(dbName, this.notify);
      this.databases.set(dbName, db);
    }
    const collection = new Collection(db, name);
    db.collections.set(name, collection);
    db.markDirty();
    return { collection, created: true };
  }

  dropCollection(dbName: string, name: string): boolean {
    const db = this.databases.get(dbName);
    if (!db?.collections.delete(name)) return false;
    if (db.collections.size === 0) this.databases.delete(dbName);
    db.markDirty();
    return true;
  }

  dropDatabase(dbName: string): boolean {
    const db = this.databases.get(dbName);
    if (!db) return false;
    this.databases.delete(dbName);
    db.markDirty();
    return true;
  }

  /** Rebuilds a database from its data file without reporting it as changed. */
  restoreDatabase(dbName: string, collections: readonly CollectionImage[]): void {
    assertValidDatabaseName(dbName);
    const db = new Database(dbName, this.notify);
    db.muted = true;
    for (const image of collections) {
      assertValidCollectionName(dbName, image.name);
      const collection = new Collection(db, image.name, image.uuid);
      collection.createIndexes(image.indexes.filter((spec) => spec.name !== ID_INDEX_NAME));
      for (const doc of image.documents) collection.insert(doc);
      db.collections.set(image.name, collection);
    }
    db.muted = false;
    if (db.collections.size > 0) this.databases.set(dbName, db);
  }
}
