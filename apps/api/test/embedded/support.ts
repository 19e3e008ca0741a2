import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, expect } from 'vitest';
import { freshDbName, startTarget, type TestTarget } from './target.js';

export interface Suite {
  readonly target: TestTarget;
  /** The file's mongoose connection (one per test file). */
  connection(): Connection;
  /** A connection to a database no other test uses. */
  freshDb(): Connection;
}

/**
 * Starts the target and opens one mongoose connection for the calling test file; every test then works in
 * its own database. Databases created on an external server are dropped afterwards.
 */
export async function setupSuite(options: mongoose.ConnectOptions = {}): Promise<Suite> {
  const target = await startTarget();
  let conn: Connection | undefined;
  const used: Connection[] = [];
  beforeAll(async () => {
    conn = await mongoose.createConnection(target.uri('conformance'), options).asPromise();
  });
  afterAll(async () => {
    if (target.kind === 'external') for (const db of used) await db.dropDatabase();
    await conn?.close();
    await target.stop();
  });
  const connection = (): Connection => {
    if (!conn) throw new Error('the suite connection is not open yet');
    return conn;
  };
  return {
    target,
    connection,
    freshDb() {
      const db = connection().useDb(freshDbName(), { useCache: false });
      used.push(db);
      return db;
    },
  };
}

/** Expects a promise to fail with a MongoDB server error of the given code. */
export async function expectCode(promise: Promise<unknown>, code: number): Promise<Error & { code: number }> {
  const error = await promise.then(
    () => {
      throw new Error(`expected a failure with code ${code}, but it succeeded`);
    },
    (e: unknown) => e as Error & { code: number },
  );
  expect(error.code, error.message).toBe(code);
  return error;
}
