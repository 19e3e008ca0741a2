import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { ALL_COMMANDS } from './commands/index.js';
import { CommandDispatcher } from './commands/dispatcher.js';
import type { ServerInfo } from './commands/types.js';
import { CursorManager } from './cursors.js';
import type { Logger } from './logger.js';
import { PersistentStore } from './persistence/store.js';
import { Catalog } from './storage/catalog.js';
import { expireDocuments } from './storage/ttl.js';
import { ClientConnection } from './wire/connection.js';

export interface EmbeddedServerOptions {
  /** TCP port; 0 (the default) picks a free port. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Folder for the data files; undefined keeps everything in memory only. */
  dataDir?: string;
  /** Changed databases are written at most this often (default 1000 ms), and on stop(). */
  flushIntervalMs?: number;
  logger?: { info(...a: unknown[]): void; warn(...a: unknown[]): void; error(...a: unknown[]): void };
}

const DEFAULT_LOGGER: Logger = {
  info() {},
  warn: (...args) => console.warn(...args),
  error: (...args) => console.error(...args),
};

/** TTL expiry and idle cursor clean-up run at mongod's TTL monitor pace. */
const MAINTENANCE_INTERVAL_MS = 60_000;

type State = 'new' | 'starting' | 'running' | 'stopping' | 'stopped';

/**
 * A MongoDB-compatible server for development, demos, tests and very small sites: the wire protocol on a
 * local TCP port, data in memory, optionally persisted to `dataDir`. See README.md for what it serves.
 */
export class EmbeddedMongoServer {
  private readonly options: Required<Omit<EmbeddedServerOptions, 'dataDir' | 'logger'>> & {
    dataDir?: string;
  };
  private readonly logger: Logger;
  private readonly catalog = new Catalog();
  private readonly cursors = new CursorManager();
  private readonly connections = new Set<ClientConnection>();
  private readonly info: ServerInfo;
  private store: PersistentStore | undefined;
  private server: Server | undefined;
  private maintenance: NodeJS.Timeout | undefined;
  private listeningPort = 0;
  private connectionCount = 0;
  private state: State = 'new';
  private starting: Promise<void> | undefined;
  private stopping: Promise<void> | undefined;

  constructor(options: EmbeddedServerOptions = {}) {
    this.options = {
      port: options.port ?? 0,
      host: options.host ?? '127.0.0.1',
      flushIntervalMs: options.flushIntervalMs ?? 1000,
      ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    };
    this.logger = options.logger ?? DEFAULT_LOGGER;
    const port = (): number => this.listeningPort;
    const current = (): number => this.connections.size;
    const totalCreated = (): number => this.connectionCount;
    this.info = {
      startedAt: new Date(),
      host: this.options.host,
      get port() {
        return port();
      },
      connections: {
        get current() {
          return current();
        },
        get totalCreated() {
          return totalCreated();
        },
      },
    };
  }

  /** Loads the data folder (if any) and starts listening. */
  start(): Promise<void> {
    if (this.state !== 'new') {
      return Promise.reject(new Error(`embedded MongoDB cannot start: it is ${this.state}`));
    }
    this.state = 'starting';
    this.starting = this.listen();
    return this.starting;
  }

  private async listen(): Promise<void> {
    try {
      if (this.options.dataDir !== undefined) {
        const store = new PersistentStore(
          this.options.dataDir,
          this.catalog,
          this.options.flushIntervalMs,
          this.logger,
        );
        await store.load();
        this.catalog.onChange = (db) => store.markDirty(db);
        this.store = store;
      }
      const dispatcher = new CommandDispatcher(ALL_COMMANDS, {
        catalog: this.catalog,
        cursors: this.cursors,
        server: this.info,
        logger: this.logger,
      });
      const server = createServer((socket) => this.accept(socket, dispatcher));
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(this.options.port, this.options.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      server.on('error', (error) => this.logger.error({ err: error }, 'embedded MongoDB: server error'));
      this.server = server;
      this.listeningPort = (server.address() as AddressInfo).port;
      this.maintenance = setInterval(() => this.runMaintenance(), MAINTENANCE_INTERVAL_MS);
      this.maintenance.unref();
      this.state = 'running';
      this.logger.info(
        { uri: this.uri, dataDir: this.options.dataDir ?? null },
        'embedded MongoDB listening',
      );
    } catch (error) {
      this.state = 'stopped';
      throw error;
    }
  }

  get port(): number {
    return this.listeningPort;
  }

  /** `mongodb://host:port/`: append the database name. */
  get uri(): string {
    return `mongodb://${this.options.host}:${this.listeningPort}/`;
  }

  /** Writes all changed databases now (no-op in memory). */
  async flush(): Promise<void> {
    await this.store?.flush();
  }

  /** Stops accepting connections, closes the open ones, then writes the last changes. */
  stop(): Promise<void> {
    this.stopping ??= this.shutdown();
    return this.stopping;
  }

  private async shutdown(): Promise<void> {
    if (this.state === 'starting') await this.starting?.catch(() => undefined);
    if (this.state !== 'running') {
      this.state = 'stopped';
      return;
    }
    this.state = 'stopping';
    clearInterval(this.maintenance);
    const server = this.server;
    const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const connection of this.connections) connection.close();
    await closed;
    this.cursors.killAll();
    try {
      await this.store?.close();
    } finally {
      this.state = 'stopped';
    }
  }

  private accept(socket: Socket, dispatcher: CommandDispatcher): void {
    if (this.state !== 'running') {
      socket.destroy();
      return;
    }
    const connection = new ClientConnection(socket, ++this.connectionCount, dispatcher, this.logger);
    this.connections.add(connection);
    connection.onClose(() => this.connections.delete(connection));
  }

  private runMaintenance(): void {
    try {
      this.cursors.reapIdle(Date.now());
      expireDocuments(this.catalog, Date.now());
    } catch (error) {
      this.logger.error({ err: error }, 'embedded MongoDB: maintenance failed');
    }
  }
}

export async function startEmbeddedMongo(options?: EmbeddedServerOptions): Promise<EmbeddedMongoServer> {
  const server = new EmbeddedMongoServer(options);
  await server.start();
  return server;
}
