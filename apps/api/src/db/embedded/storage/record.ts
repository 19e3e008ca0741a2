import type { Doc } from '../bson/codec.js';

/**
 * A stored document. The record is stable for the document's life (indexes point at it); `doc` is replaced,
 * never modified, on each update. `seq` gives the natural (insertion) order.
 */
export interface DocRecord {
  doc: Doc;
  readonly seq: number;
}

export function byNaturalOrder(a: DocRecord, b: DocRecord): number {
  return a.seq - b.seq;
}
