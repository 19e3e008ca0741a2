import mongoose from 'mongoose';
import { FeedbackModel } from '../../../api/src/modules/feedback/feedback.model';
import { findFreePort, startServer, type RunningServer } from './server';

/** The API server plus the address of its embedded database, for reading back what the reader sent. */
export interface ServerWithDatabase extends RunningServer {
  mongoUri: string;
}

export async function startServerWithDatabase(): Promise<ServerWithDatabase> {
  const dbPort = await findFreePort();
  const server = await startServer({ env: { EMBEDDED_DB_PORT: String(dbPort) } });
  return Object.assign(server, { mongoUri: `mongodb://127.0.0.1:${dbPort}/reperes` });
}

/** GET a JSON document of the public API. */
export async function api<T>(server: RunningServer, path: string): Promise<T> {
  const response = await fetch(`${server.url}/api/v1${path}`);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Reader reports stored in the database that match `filter` (plain fields of the feedback collection). */
export async function storedFeedback(mongoUri: string, filter: Record<string, unknown>) {
  await mongoose.connect(mongoUri, { serverSelectionTimeoutMS: 10_000 });
  try {
    return await FeedbackModel.find(filter, {
      _id: 0,
      kind: 1,
      lang: 1,
      slug: 1,
      itemId: 1,
      comment: 1,
      query: 1,
    })
      .lean()
      .then((docs) => docs.map((d) => ({ ...d })));
  } finally {
    await mongoose.disconnect();
  }
}

/** Chromium reports refused or aborted requests as console errors: not a problem of the page. */
export const isNetworkNoise = (line: string) =>
  /net::ERR_|Failed to load resource|Failed to fetch|NetworkError/i.test(line);
