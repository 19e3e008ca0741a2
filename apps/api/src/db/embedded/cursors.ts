import { Long } from 'bson';
import { documentSize, MAX_BSON_OBJECT_SIZE, type Doc } from './bson/codec.js';
import { ErrorCode, mongoError } from './errors.js';
import type { Projector } from './query/projection.js';

/** mongod's defaults: 101 documents in a first batch, cursors idle for 10 minutes are closed. */
export const DEFAULT_FIRST_BATCH_SIZE = 101;
export const CURSOR_IDLE_TIMEOUT_MS = 10 * 60 * 1000;
/** Room left under the 16 MB message budget for the reply envelope around a batch. */
const BATCH_BYTES = MAX_BSON_OBJECT_SIZE - 64 * 1024;

export interface CursorOptions {
  readonly ns: string;
  /** The results, computed when the cursor opens (stored documents are immutable, so this is a snapshot). */
  readonly docs: readonly Doc[];
  readonly projector?: Projector | undefined;
  readonly batchSize?: number | undefined;
  readonly singleBatch?: boolean | undefined;
  readonly lsid?: string | undefined;
  readonly noTimeout?: boolean | undefined;
}

interface ServerCursor {
  readonly id: Long;
  readonly ns: string;
  readonly docs: readonly Doc[];
  readonly projector: Projector | undefined;
  readonly lsid: string | undefined;
  readonly noTimeout: boolean;
  position: number;
  lastUsed: number;
}

export interface BatchResult {
  readonly id: Long;
  readonly batch: Doc[];
}

export class CursorManager {
  private readonly cursors = new Map<string, ServerCursor>();
  private nextId = BigInt(Math.floor(Math.random() * 2 ** 40)) * 1000n + 1n;

  get openCount(): number {
    return this.cursors.size;
  }

  /** Returns the first batch, and keeps a cursor open when more results remain. */
  open(options: CursorOptions): BatchResult {
    const cursor: ServerCursor = {
      id: Long.fromBigInt(this.nextId++),
      ns: options.ns,
      docs: options.docs,
      projector: options.projector,
      lsid: options.lsid,
      noTimeout: options.noTimeout === true,
      position: 0,
      lastUsed: Date.now(),
    };
    const batch = this.takeBatch(cursor, options.batchSize ?? DEFAULT_FIRST_BATCH_SIZE);
    if (options.singleBatch || cursor.position >= cursor.docs.length) return { id: Long.ZERO, batch };
    this.cursors.set(cursor.id.toString(), cursor);
    return { id: cursor.id, batch };
  }

  getMore(id: Long, ns: string, batchSize: number | undefined): BatchResult {
    const cursor = this.cursors.get(id.toString());
    if (!cursor) throw mongoError(ErrorCode.CursorNotFound, `cursor id ${id.toString()} not found`);
    if (cursor.ns !== ns) {
      throw mongoError(
        ErrorCode.Unauthorized,
        `Requested getMore on namespace '${ns}', but cursor belongs to a different namespace ${cursor.ns}`,
      );
    }
    cursor.lastUsed = Date.now();
    const batch = this.takeBatch(cursor, batchSize ?? Number.POSITIVE_INFINITY);
    if (cursor.position >= cursor.docs.length) {
      this.cursors.delete(id.toString());
      return { id: Long.ZERO, batch };
    }
    return { id: cursor.id, batch };
  }

  kill(ns: string, ids: readonly Long[]): { killed: Long[]; notFound: Long[] } {
    const killed: Long[] = [];
    const notFound: Long[] = [];
    for (const id of ids) {
      const cursor = this.cursors.get(id.toString());
      if (cursor && cursor.ns === ns) {
        this.cursors.delete(id.toString());
        killed.push(id);
      } else {
        notFound.push(id);
      }
    }
    return { killed, notFound };
  }

  /** Closes the cursors opened by the given sessions (endSessions), or by any session. */
  killSessions(lsids?: ReadonlySet<string>): void {
    for (const [key, cursor] of this.cursors) {
      if (cursor.lsid !== undefined && (!lsids || lsids.has(cursor.lsid))) this.cursors.delete(key);
    }
  }

  killAll(): void {
    this.cursors.clear();
  }

  reapIdle(now: number): void {
    for (const [key, cursor] of this.cursors) {
      if (!cursor.noTimeout && now - cursor.lastUsed > CURSOR_IDLE_TIMEOUT_MS) this.cursors.delete(key);
    }
  }

  private takeBatch(cursor: ServerCursor, batchSize: number): Doc[] {
    const end = Math.min(cursor.docs.length, cursor.position + batchSize);
    const raw = cursor.docs.slice(cursor.position, end);
    const docs = cursor.projector ? cursor.projector(raw) : raw;
    let bytes = 0;
    let count = 0;
    for (const doc of docs) {
      bytes += documentSize(doc);
      if (count > 0 && bytes > BATCH_BYTES) break;
      count++;
    }
    cursor.position += count;
    return count === docs.length ? docs : docs.slice(0, count);
  }
}
