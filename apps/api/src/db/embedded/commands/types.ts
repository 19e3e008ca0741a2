import type { Doc } from '../bson/codec.js';
import type { CursorManager } from '../cursors.js';
import type { Catalog } from '../storage/catalog.js';

export interface ServerInfo {
  readonly startedAt: Date;
  readonly host: string;
  readonly port: number;
  readonly connections: { readonly current: number; readonly totalCreated: number };
}

export interface ConnectionInfo {
  readonly id: number;
  readonly remoteAddress: string;
}

export interface CommandContext {
  readonly catalog: Catalog;
  readonly cursors: CursorManager;
  readonly server: ServerInfo;
  readonly connection: ConnectionInfo;
  /** The database the command runs against (`$db`). */
  readonly dbName: string;
  /** The session id, as a hex string, when the driver sent one. */
  readonly lsid: string | undefined;
}

/**
 * A command: its name(s), the fields it accepts (besides its own and the envelope fields every command
 * accepts), the fields it knows but refuses, and its synchronous implementation.
 */
export interface CommandDefinition {
  readonly names: readonly string[];
  readonly fields: readonly string[];
  readonly unsupported?: Readonly<Record<string, string>>;
  /** For commands whose options are free-form names (serverStatus sections, getParameter names). */
  readonly anyFields?: boolean;
  run(cmd: Doc, ctx: CommandContext): Doc;
}
