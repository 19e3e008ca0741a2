import { collectPathValues } from '../bson/paths.js';
import type { Catalog } from './catalog.js';

/** Deletes documents whose TTL index date has expired, as mongod's TTL monitor does (every 60 s). */
export function expireDocuments(catalog: Catalog, now: number): number {
  let removed = 0;
  for (const dbName of catalog.databaseNames()) {
    for (const collection of catalog.database(dbName)?.collections.values() ?? []) {
      for (const index of collection.ttlIndexes()) {
        const parts = index.fields[0]?.parts;
        const ttlMs = (index.spec.expireAfterSeconds ?? 0) * 1000;
        if (!parts) continue;
        for (const record of Array.from(collection.all())) {
          if (index.keysFor(record.doc) === null) continue;
          const values: unknown[] = [];
          collectPathValues(record.doc, parts, values);
          const times = values.filter((v): v is Date => v instanceof Date).map((d) => d.getTime());
          if (times.length > 0 && Math.min(...times) + ttlMs <= now) {
            collection.remove(record);
            removed++;
          }
        }
      }
    }
  }
  return removed;
}
