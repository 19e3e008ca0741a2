/**
 * Errors the embedded server sends back to clients. Codes and code names are the ones a `mongod` uses, so
 * drivers and application code can branch on them exactly as they would against a real server.
 */
export const ErrorCode = {
  InternalError: 1,
  BadValue: 2,
  FailedToParse: 9,
  Unauthorized: 13,
  TypeMismatch: 14,
  InvalidLength: 16,
  AuthenticationFailed: 18,
  IllegalOperation: 20,
  NamespaceNotFound: 26,
  IndexNotFound: 27,
  PathNotViable: 28,
  ConflictingUpdateOperators: 40,
  CursorNotFound: 43,
  NamespaceExists: 48,
  InvalidIdField: 53,
  NotSingleValueField: 54,
  EmptyFieldName: 56,
  CommandNotFound: 59,
  ImmutableField: 66,
  InvalidOptions: 72,
  InvalidNamespace: 73,
  UnknownReplWriteConcern: 79,
  IndexOptionsConflict: 85,
  IndexKeySpecsConflict: 86,
  CommandNotSupported: 115,
  CannotIndexParallelArrays: 171,
  InvalidIndexSpecificationOption: 197,
  UnsupportedOpQueryCommand: 352,
  BSONObjectTooLarge: 10334,
  DatabaseDifferCase: 13297,
  DuplicateKey: 11000,
  InvalidPipelineStage: 40323,
  UnrecognizedPipelineStage: 40324,
  UnknownField: 40415,
  ChangeStreamNotSupported: 40573,
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** mongod names errors raised at a code location `Location<code>` instead of giving them a name. */
const LOCATION_CODES: ReadonlySet<number> = new Set([
  ErrorCode.InvalidPipelineStage,
  ErrorCode.UnrecognizedPipelineStage,
  ErrorCode.UnknownField,
  ErrorCode.ChangeStreamNotSupported,
]);

const CODE_NAMES = new Map<number, string>(
  Object.entries(ErrorCode).map(([name, code]) => [
    code,
    LOCATION_CODES.has(code) ? `Location${code}` : name,
  ]),
);

export function codeName(code: number): string {
  return CODE_NAMES.get(code) ?? `Location${code}`;
}

/** An error that becomes `{ ok: 0, errmsg, code, codeName, ...extra }` (or a write error) on the wire. */
export class MongoCommandError extends Error {
  readonly code: number;
  readonly codeName: string;
  /** Extra fields a mongod adds to this kind of error, e.g. keyPattern/keyValue for duplicate keys. */
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(code: number, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.name = 'MongoCommandError';
    this.code = code;
    this.codeName = codeName(code);
    this.extra = extra;
  }
}

export function mongoError(
  code: number,
  message: string,
  extra?: Record<string, unknown>,
): MongoCommandError {
  return new MongoCommandError(code, message, extra);
}

export function badValue(message: string): MongoCommandError {
  return new MongoCommandError(ErrorCode.BadValue, message);
}

/** Something a mongod would do but this server deliberately does not: always say so, never ignore it. */
export function notSupported(what: string): MongoCommandError {
  return new MongoCommandError(
    ErrorCode.CommandNotSupported,
    `${what} is not supported by the embedded server`,
  );
}

/** Turns anything thrown while executing a command into a MongoCommandError. */
export function toMongoError(error: unknown): MongoCommandError {
  if (error instanceof MongoCommandError) return error;
  // mingo reports invalid queries/pipelines with its own error class; they are the client's mistake.
  if (error instanceof Error && error.constructor.name === 'MingoError') {
    return new MongoCommandError(ErrorCode.BadValue, error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new MongoCommandError(ErrorCode.InternalError, `internal error in the embedded server: ${message}`);
}

export function errorFields(error: MongoCommandError): Record<string, unknown> {
  return { errmsg: error.message, code: error.code, codeName: error.codeName, ...error.extra };
}
