import { UUID } from 'bson';
import {
  MAX_BSON_OBJECT_SIZE,
  MAX_MESSAGE_SIZE_BYTES,
  MAX_WRITE_BATCH_SIZE,
  type Doc,
} from '../bson/codec.js';
import { ErrorCode, mongoError } from '../errors.js';
import type { CommandContext, CommandDefinition } from './types.js';

/** The server version and wire version announced to drivers (MongoDB 7.0). */
export const SERVER_VERSION = '7.0.0';
export const MAX_WIRE_VERSION = 21;
export const LOGICAL_SESSION_TIMEOUT_MINUTES = 30;

/**
 * The handshake reply. It has no `setName` and no `topologyVersion`: drivers then see a standalone server and
 * poll it with plain hello commands instead of holding streaming (awaitable) hello requests open.
 */
export function helloReply(cmd: Doc, ctx: Pick<CommandContext, 'connection'>, legacy: boolean): Doc {
  return {
    ...(legacy ? { ismaster: true } : { isWritablePrimary: true }),
    ...(cmd.helloOk === true ? { helloOk: true } : {}),
    maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
    maxMessageSizeBytes: MAX_MESSAGE_SIZE_BYTES,
    maxWriteBatchSize: MAX_WRITE_BATCH_SIZE,
    localTime: new Date(),
    logicalSessionTimeoutMinutes: LOGICAL_SESSION_TIMEOUT_MINUTES,
    connectionId: ctx.connection.id,
    minWireVersion: 0,
    maxWireVersion: MAX_WIRE_VERSION,
    readOnly: false,
    ok: 1,
  };
}

const PARAMETERS: Readonly<Record<string, unknown>> = {
  featureCompatibilityVersion: { version: '7.0' },
  authenticationMechanisms: [],
  maxBSONObjectSize: MAX_BSON_OBJECT_SIZE,
  transactionLifetimeLimitSeconds: 60,
  cursorTimeoutMillis: 600_000,
  internalQueryMaxBlockingSortMemoryUsageBytes: 104_857_600,
};

const NO_AUTH = 'Authentication is not supported by the embedded server: connect without credentials';

function authRefused(): Doc {
  throw mongoError(ErrorCode.AuthenticationFailed, NO_AUTH);
}

export const serverInfoCommands: CommandDefinition[] = [
  // Drivers add handshake fields over time (client metadata, compression, backpressure…) and mongod
  // ignores those it does not know: the handshake is the one place where unknown fields are accepted.
  {
    names: ['hello'],
    fields: [],
    anyFields: true,
    run: (cmd, ctx) => helloReply(cmd, ctx, false),
  },
  {
    names: ['isMaster', 'ismaster'],
    fields: [],
    anyFields: true,
    run: (cmd, ctx) => helloReply(cmd, ctx, true),
  },
  { names: ['ping'], fields: [], run: () => ({}) },
  {
    names: ['buildInfo', 'buildinfo'],
    fields: [],
    run: () => ({
      version: SERVER_VERSION,
      gitVersion: 'embedded',
      versionArray: [7, 0, 0, 0],
      bits: 64,
      debug: false,
      maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
      storageEngines: ['embedded'],
      javascriptEngine: 'none',
      modules: [],
      allocator: 'system',
      sysInfo: 'deprecated',
      openssl: { running: 'disabled' },
    }),
  },
  {
    names: ['getParameter'],
    fields: [],
    anyFields: true,
    run: (cmd) => {
      const all = cmd.getParameter === '*';
      const names = all
        ? Object.keys(PARAMETERS)
        : Object.keys(cmd)
            .slice(1)
            .filter((k) => !k.startsWith('$') && k !== 'lsid');
      const reply: Doc = {};
      for (const name of names) {
        if (!(name in PARAMETERS)) {
          if (['comment', 'maxTimeMS', 'apiVersion', 'apiStrict', 'apiDeprecationErrors'].includes(name))
            continue;
          throw mongoError(ErrorCode.InvalidOptions, `no option found to get: ${name}`);
        }
        reply[name] = PARAMETERS[name];
      }
      if (Object.keys(reply).length === 0)
        throw mongoError(ErrorCode.InvalidOptions, 'no option found to get');
      return reply;
    },
  },
  {
    names: ['getLog'],
    fields: [],
    run: (cmd) => {
      if (cmd.getLog === '*') return { names: ['global', 'startupWarnings'] };
      if (cmd.getLog === 'global' || cmd.getLog === 'startupWarnings')
        return { totalLinesWritten: 0, log: [] };
      throw mongoError(ErrorCode.InvalidOptions, `no RamLog named: ${String(cmd.getLog)}`);
    },
  },
  { names: ['getFreeMonitoringStatus'], fields: [], run: () => ({ state: 'disabled' }) },
  { names: ['getCmdLineOpts'], fields: [], run: () => ({ argv: ['embedded'], parsed: {} }) },
  {
    names: ['hostInfo'],
    fields: [],
    run: (_cmd, ctx) => ({
      system: { currentTime: new Date(), hostname: ctx.server.host, numCores: 1 },
      os: { type: process.platform },
      extra: {},
    }),
  },
  {
    names: ['whatsmyuri'],
    fields: [],
    run: (_cmd, ctx) => ({ you: ctx.connection.remoteAddress }),
  },
  {
    names: ['serverStatus'],
    fields: [],
    anyFields: true,
    run: (_cmd, ctx) => {
      const uptimeMillis = Date.now() - ctx.server.startedAt.getTime();
      return {
        host: `${ctx.server.host}:${ctx.server.port}`,
        version: SERVER_VERSION,
        process: 'mongod',
        pid: process.pid,
        uptime: Math.floor(uptimeMillis / 1000),
        uptimeMillis,
        uptimeEstimate: Math.floor(uptimeMillis / 1000),
        localTime: new Date(),
        connections: {
          current: ctx.server.connections.current,
          available: 1_000_000 - ctx.server.connections.current,
          totalCreated: ctx.server.connections.totalCreated,
        },
        metrics: { cursor: { open: { total: ctx.cursors.openCount, noTimeout: 0, pinned: 0 } } },
        storageEngine: { name: 'embedded', supportsCommittedReads: false, persistent: true },
      };
    },
  },
  {
    names: ['connectionStatus'],
    fields: ['showPrivileges'],
    run: () => ({ authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] } }),
  },
  { names: ['saslStart'], fields: ['mechanism', 'payload', 'autoAuthorize', 'options'], run: authRefused },
  { names: ['saslContinue'], fields: ['conversationId', 'payload'], run: authRefused },
  { names: ['authenticate'], fields: ['user', 'mechanism', 'pwd', 'key', 'nonce'], run: authRefused },
  { names: ['logout'], fields: [], run: () => ({}) },
  {
    names: ['startSession'],
    fields: [],
    run: () => ({ id: { id: new UUID() }, timeoutMinutes: LOGICAL_SESSION_TIMEOUT_MINUTES }),
  },
];
