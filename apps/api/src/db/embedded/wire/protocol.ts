/** MongoDB wire protocol constants (https://www.mongodb.com/docs/manual/reference/mongodb-wire-protocol/). */
export const OpCode = {
  REPLY: 1,
  UPDATE: 2001,
  INSERT: 2002,
  QUERY: 2004,
  GET_MORE: 2005,
  DELETE: 2006,
  KILL_CURSORS: 2007,
  COMPRESSED: 2012,
  MSG: 2013,
} as const;

export const OpMsgFlag = {
  checksumPresent: 1 << 0,
  moreToCome: 1 << 1,
  exhaustAllowed: 1 << 16,
} as const;

/** Bits 0-15 of OP_MSG flags are "required": a receiver must reject bits it does not know. */
export const OP_MSG_REQUIRED_BITS_MASK = 0xffff;
export const OP_MSG_KNOWN_REQUIRED_BITS = OpMsgFlag.checksumPresent | OpMsgFlag.moreToCome;

export const HEADER_SIZE = 16;

/** OP_REPLY responseFlags bit telling the client the server supports awaitData. */
export const REPLY_AWAIT_CAPABLE = 8;
