import { ERROR_CODES, type ErrorCode } from '@reperes/shared';

/** The one error type services throw: a stable code (shared/errors.ts) decides the HTTP status. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code];
    this.details = details;
  }
}

export const notFound = (message = 'Not found', details?: unknown) =>
  new AppError('NOT_FOUND', message, details);
