import type { Binary } from 'bson';
import { isPlainObject, type Doc } from '../bson/codec.js';
import { toDouble } from '../bson/compare.js';
import { ErrorCode, errorFields, mongoError, toMongoError, type MongoCommandError } from '../errors.js';
import type { Logger } from '../logger.js';
import { commandName } from './args.js';
import type { CommandContext, CommandDefinition } from './types.js';

/**
 * Fields the driver adds to every command. They are accepted on any command and have no effect here (or, for
 * readConcern/writeConcern, only values a standalone honours are accepted). Everything else must be declared
 * by the command itself: an unknown field is an error, never silently ignored.
 */
const ENVELOPE_FIELDS = new Set([
  '$db',
  'lsid',
  '$clusterTime',
  '$readPreference',
  'txnNumber',
  'writeConcern',
  'readConcern',
  'comment',
  'maxTimeMS',
  'apiVersion',
  'apiStrict',
  'apiDeprecationErrors',
]);

const TRANSACTION_FIELDS = ['startTransaction', 'autocommit'];
export const NO_TRANSACTIONS_MESSAGE =
  'Transaction numbers are only allowed on a replica set member or mongos';

function checkReadConcern(value: unknown): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) throw mongoError(ErrorCode.FailedToParse, 'readConcern must be a document');
  for (const [key, v] of Object.entries(value)) {
    if (key === 'afterClusterTime') continue;
    if (key !== 'level') throw mongoError(ErrorCode.InvalidOptions, `unrecognized readConcern field: ${key}`);
    if (v === 'snapshot') {
      throw mongoError(
        ErrorCode.IllegalOperation,
        'readConcern level snapshot is only allowed on a replica set member',
      );
    }
    if (!['local', 'available', 'majority', 'linearizable'].includes(String(v))) {
      throw mongoError(ErrorCode.FailedToParse, `unknown readConcern level: ${String(v)}`);
    }
  }
}

function checkWriteConcern(value: unknown): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) throw mongoError(ErrorCode.FailedToParse, 'writeConcern must be a document');
  const w = value.w;
  if (w === undefined || w === 'majority') return;
  if (typeof w === 'string') {
    throw mongoError(
      ErrorCode.UnknownReplWriteConcern,
      `No write concern mode named '${w}' found in replica set configuration`,
    );
  }
  if (toDouble(w) > 1)
    throw mongoError(ErrorCode.BadValue, "cannot use 'w' > 1 when a host is not replicated");
}

function sessionKey(lsid: unknown): string | undefined {
  if (!isPlainObject(lsid)) return undefined;
  const id = lsid.id as Binary | undefined;
  return id && typeof id.toString === 'function' ? id.toString('hex') : undefined;
}

export interface DispatchDependencies extends Omit<CommandContext, 'dbName' | 'lsid' | 'connection'> {
  readonly logger: Logger;
}

/** Routes a command document to its implementation and turns the outcome into a reply document. */
export class CommandDispatcher {
  private readonly commands = new Map<string, CommandDefinition>();
  private readonly deps: DispatchDependencies;

  constructor(definitions: readonly CommandDefinition[], deps: DispatchDependencies) {
    for (const definition of definitions)
      for (const name of definition.names) this.commands.set(name, definition);
    this.deps = deps;
  }

  /** Runs synchronously from start to end: commands are atomic with respect to each other. */
  execute(cmd: Doc, connection: CommandContext['connection'], dbOverride?: string): Doc {
    const name = commandName(cmd);
    try {
      const dbName = dbOverride ?? cmd.$db;
      if (typeof dbName !== 'string')
        throw mongoError(ErrorCode.FailedToParse, 'OP_MSG requests require a $db argument');
      if (TRANSACTION_FIELDS.some((field) => field in cmd)) {
        throw mongoError(ErrorCode.IllegalOperation, NO_TRANSACTIONS_MESSAGE);
      }
      const definition = this.commands.get(name);
      if (!definition) throw mongoError(ErrorCode.CommandNotFound, `no such command: '${name}'`);
      this.checkFields(cmd, name, definition);
      checkReadConcern(cmd.readConcern);
      checkWriteConcern(cmd.writeConcern);
      const result = definition.run(cmd, {
        ...this.deps,
        connection,
        dbName,
        lsid: sessionKey(cmd.lsid),
      });
      return 'ok' in result ? result : { ...result, ok: 1 };
    } catch (thrown) {
      const error = toMongoError(thrown);
      this.report(name, error, thrown);
      return { ok: 0, ...errorFields(error) };
    }
  }

  private checkFields(cmd: Doc, name: string, definition: CommandDefinition): void {
    if (definition.anyFields) return;
    let first = true;
    for (const field of Object.keys(cmd)) {
      if (first) {
        first = false;
        continue;
      }
      if (ENVELOPE_FIELDS.has(field) || definition.fields.includes(field)) continue;
      const reason = definition.unsupported?.[field];
      if (reason !== undefined) {
        throw mongoError(
          ErrorCode.CommandNotSupported,
          `${name}: the '${field}' option is not supported by the embedded server (${reason})`,
        );
      }
      throw mongoError(ErrorCode.UnknownField, `BSON field '${name}.${field}' is an unknown field.`);
    }
  }

  private report(name: string, error: MongoCommandError, thrown: unknown): void {
    if (error.code === ErrorCode.InternalError) {
      this.deps.logger.error({ err: thrown, command: name }, 'embedded MongoDB: command failed unexpectedly');
    } else if (
      error.code === ErrorCode.CommandNotSupported ||
      error.code === ErrorCode.CommandNotFound ||
      error.code === ErrorCode.UnknownField
    ) {
      this.deps.logger.warn({ command: name, reason: error.message }, 'embedded MongoDB: refused a command');
    }
  }
}
