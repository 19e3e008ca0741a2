import type { ErrorRequestHandler, RequestHandler } from 'express';
// req.id and req.log (app.ts mounts pino-http): its types, also where this file is compiled without app.ts.
import type {} from 'pino-http';
import type { ErrorBody } from '@reperes/shared';
import { AppError } from './app-error.js';

function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as { type?: string; status?: number; name?: string; message?: string };
  // body-parser errors
  if (e.type === 'entity.too.large')
    return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
  if (e.type === 'entity.parse.failed')
    return new AppError('INVALID_JSON', 'The request body is not valid JSON.');
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported')
    return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported body encoding.');
  if (
    e.name === 'MongoServerSelectionError' ||
    e.name === 'MongoNetworkError' ||
    e.name === 'MongoNotConnectedError'
  )
    return new AppError('DATABASE_UNAVAILABLE', 'The database is not reachable; try again shortly.');
  return undefined;
}

/** Turns every error into the shared error shape; unknown errors are logged and answered with a generic 500. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const known = toAppError(err);
  const requestId = String(req.id ?? '');
  if (!known) req.log?.error({ err }, 'unhandled error');
  const status = known?.status ?? 500;
  const body: ErrorBody = {
    error: {
      code: known?.code ?? 'INTERNAL_ERROR',
      message: known?.message ?? 'Something went wrong on our side.',
      ...(known?.details !== undefined ? { details: known.details } : {}),
      requestId,
    },
  };
  if (res.headersSent) return;
  res.status(status).json(body);
};

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError('NOT_FOUND', `No route for ${req.method} ${req.path}`));
};
