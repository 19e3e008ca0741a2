import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import type { Catalog, Database } from '../storage/catalog.js';
import {
  dataFileName,
  decodeDatabaseImage,
  encodeDatabaseImage,
  isDataFile,
  isTempFile,
  tempFileName,
  type DatabaseImage,
} from './file-format.js';

const WRITE_CHUNK_BYTES = 1024 * 1024;

/** What a database looks like right now. Stored documents are immutable, so references are a snapshot. */
function snapshot(db: Database): DatabaseImage {
  return {
    name: db.name,
    collections: Array.from(db.collections.values(), (collection) => ({
      name: collection.name,
      uuid: collection.uuid,
      indexes: collection.indexSpecs(),
      documents: collection.documents(),
    })),
  };
}

/**
 * Keeps the data folder in step with the catalog: databases changed since the last write are rewritten at
 * most every `intervalMs`, each to a temporary file that is fsynced then renamed over the previous file. A
 * crash at any moment therefore leaves every database as of its last complete write.
 */
export class PersistentStore {
  private readonly dir: string;
  private readonly catalog: Catalog;
  private readonly intervalMs: number;
  private readonly logger: Logger;
  private readonly dirty = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private queue: Promise<void> = Promise.resolve();
  private lastWriteAt = 0;
  private attempts = 0;
  private closed = false;

  constructor(dir: string, catalog: Catalog, intervalMs: number, logger: Logger) {
    this.dir = dir;
    this.catalog = catalog;
    this.intervalMs = intervalMs;
    this.logger = logger;
  }

  async load(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const name of (await readdir(this.dir)).sort()) {
      const path = join(this.dir, name);
      if (isTempFile(name)) {
        this.logger.warn(
          { file: path },
          'embedded MongoDB: removing an unfinished write left by a previous run',
        );
        await rm(path, { force: true });
      } else if (isDataFile(name)) {
        const image = decodeDatabaseImage(await readFile(path), path);
        this.catalog.restoreDatabase(image.name, image.collections);
      }
    }
  }

  markDirty(dbName: string): void {
    if (this.closed) return;
    this.dirty.add(dbName);
    this.schedule();
  }

  /** Writes every changed database now; resolves once they are durably on disk. */
  flush(): Promise<void> {
    const run = this.queue.then(() => this.writeDirty());
    this.queue = run.catch(() => {});
    return run;
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    try {
      await this.flush();
    } finally {
      this.closed = true;
    }
  }

  private schedule(): void {
    if (this.timer || this.closed) return;
    const delay = Math.max(0, this.lastWriteAt + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch((error: unknown) => {
        this.logger.error({ err: error }, 'embedded MongoDB: could not write the data folder; will retry');
      });
    }, delay);
    this.timer.unref();
  }

  private async writeDirty(): Promise<void> {
    const names = Array.from(this.dirty);
    this.dirty.clear();
    try {
      for (let i = 0; i < names.length; i++) {
        try {
          await this.writeDatabase(names[i] as string);
        } catch (error) {
          for (const name of names.slice(i)) this.dirty.add(name);
          throw error;
        }
      }
    } finally {
      this.lastWriteAt = Date.now();
      if (this.dirty.size > 0) this.schedule();
    }
  }

  private async writeDatabase(name: string): Promise<void> {
    const file = join(this.dir, dataFileName(name));
    const db = this.catalog.database(name);
    if (!db) {
      await rm(file, { force: true });
      await this.syncDirectory();
      return;
    }
    const image = snapshot(db);
    const temp = join(this.dir, tempFileName(name, ++this.attempts));
    const handle = await open(temp, 'w');
    try {
      let pending: Uint8Array[] = [];
      let bytes = 0;
      for (const chunk of encodeDatabaseImage(image)) {
        pending.push(chunk);
        bytes += chunk.length;
        if (bytes >= WRITE_CHUNK_BYTES) {
          await handle.write(Buffer.concat(pending));
          pending = [];
          bytes = 0;
        }
      }
      if (pending.length > 0) await handle.write(Buffer.concat(pending));
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    await rename(temp, file);
    await this.syncDirectory();
  }

  /** Makes the rename itself durable. Not possible on every platform, hence best effort. */
  private async syncDirectory(): Promise<void> {
    try {
      const handle = await open(this.dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // Directories cannot be opened for fsync on some platforms (Windows); the rename is still atomic.
    }
  }
}
