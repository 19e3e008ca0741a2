import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { EmbeddedMongoServer } from '../../src/db/embedded/index.js';

/**
 * What the conformance suite runs against: the embedded server (started in memory on a free port) or, when
 * TEST_MONGODB_URI is set, a real MongoDB, so that the suite also checks that the embedded server behaves
 * like the real thing.
 */
export interface TestTarget {
  readonly kind: 'embedded' | 'external';
  /** A standalone server (transactions and change streams are refused) rather than a replica set. */
  readonly standalone: boolean;
  readonly embedded: EmbeddedMongoServer | undefined;
  /** The connection string for a database (query options of TEST_MONGODB_URI are kept). */
  uri(dbName: string): string;
  stop(): Promise<void>;
}

const QUIET = { info() {}, warn() {}, error: (...args: unknown[]) => console.error(...args) };

export function isEmbedded(): boolean {
  return !process.env.TEST_MONGODB_URI;
}

function uriBuilder(base: string): (dbName: string) => string {
  const [address = '', query] = base.split('?');
  const hostsEnd = address.indexOf('/', address.indexOf('://') + 3);
  const hosts = hostsEnd === -1 ? address : address.slice(0, hostsEnd);
  return (dbName) => `${hosts}/${dbName}${query ? `?${query}` : ''}`;
}

export async function startTarget(): Promise<TestTarget> {
  const external = process.env.TEST_MONGODB_URI;
  if (!external) {
    const embedded = new EmbeddedMongoServer({ logger: QUIET });
    await embedded.start();
    return {
      kind: 'embedded',
      standalone: true,
      embedded,
      uri: uriBuilder(embedded.uri),
      stop: () => embedded.stop(),
    };
  }
  const uri = uriBuilder(external);
  const probe = await mongoose.createConnection(uri('admin')).asPromise();
  const hello = await probe.db!.admin().command({ hello: 1 });
  await probe.close();
  return {
    kind: 'external',
    standalone: hello.setName === undefined && hello.msg !== 'isdbgrid',
    embedded: undefined,
    uri,
    stop: async () => {},
  };
}

/** A database name no other test uses. */
export function freshDbName(): string {
  return `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
}
