import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * One real app per test file (embedded MongoDB, real HTTP), a clean database before each test and a
 * private mail folder. Returns a getter because the app starts in beforeAll.
 */
export function useAuthTestApp(env: Record<string, string> = {}): () => TestApp {
  let t: TestApp | undefined;
  let mailDir = '';
  beforeAll(async () => {
    mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reperes-auth-mail-'));
    t = await startTestApp({ MAIL_DIR: mailDir, ...env });
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(mailDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await mongoose.connection.db?.dropDatabase();
    // Model.init() runs once per process; after a drop the indexes (unique email…) must be built again.
    await Promise.all(Object.values(mongoose.models).map((m) => m.createIndexes()));
  });
  return () => {
    if (!t) throw new Error('test app not started');
    return t;
  };
}

/** The JSON body of a raw fetch answer, typed loosely for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function bodyOf(res: Response): Promise<any> {
  return res.json();
}
