import type { Binary } from 'bson';
import { isPlainObject } from '../bson/codec.js';
import { ErrorCode, mongoError } from '../errors.js';
import { NO_TRANSACTIONS_MESSAGE } from './dispatcher.js';
import type { CommandDefinition } from './types.js';

function sessionIds(list: unknown): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(list)) return ids;
  for (const entry of list) {
    const id = isPlainObject(entry) ? (entry.id as Binary | undefined) : undefined;
    if (id && typeof id.toString === 'function') ids.add(id.toString('hex'));
  }
  return ids;
}

function refuseTransaction(): never {
  throw mongoError(ErrorCode.IllegalOperation, NO_TRANSACTIONS_MESSAGE);
}

/** Sessions exist only as ids here: ending or killing one closes its cursors; transactions are refused. */
export const sessionCommands: CommandDefinition[] = [
  {
    names: ['endSessions'],
    fields: [],
    run: (cmd, ctx) => {
      ctx.cursors.killSessions(sessionIds(cmd.endSessions));
      return {};
    },
  },
  {
    names: ['killSessions'],
    fields: [],
    run: (cmd, ctx) => {
      ctx.cursors.killSessions(sessionIds(cmd.killSessions));
      return {};
    },
  },
  {
    names: ['killAllSessions', 'killAllSessionsByPattern'],
    fields: [],
    run: (_cmd, ctx) => {
      ctx.cursors.killSessions();
      return {};
    },
  },
  { names: ['refreshSessions'], fields: [], run: () => ({}) },
  { names: ['commitTransaction'], fields: ['recoveryToken'], run: refuseTransaction },
  { names: ['abortTransaction'], fields: ['recoveryToken'], run: refuseTransaction },
];
