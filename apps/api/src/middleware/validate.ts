import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { AppError } from '../errors/app-error.js';

type Part = 'query' | 'body' | 'params';
type Schemas = Partial<Record<Part, z.ZodType>>;

declare module 'express-serve-static-core' {
  interface Request {
    /** Parsed, validated input; routers read it instead of req.query/req.body. */
    valid: { query?: unknown; body?: unknown; params?: unknown };
  }
}

/** Formats zod issues as `[{ path: "a.b", message, code }]` for error details. */
export function issuesOf(error: z.ZodError): { path: string; message: string; code: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code }));
}

/**
 * zod is the only validator. Strict schemas reject unknown keys, and type checks reject objects where
 * strings are expected, so MongoDB operators smuggled in input (`{"$gt": ""}`) never reach a query.
 */
export function validate(schemas: Schemas): RequestHandler {
  return (req, _res, next) => {
    req.valid ??= {};
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      const result = schema.safeParse(req[part] ?? {});
      if (!result.success) {
        const issues = issuesOf(result.error);
        const first = issues[0];
        return next(
          new AppError(
            'VALIDATION_FAILED',
            first ? `Invalid ${part}: ${first.path || '(root)'} — ${first.message}` : `Invalid ${part}`,
            { part, issues },
          ),
        );
      }
      req.valid[part] = result.data;
    }
    next();
  };
}

/** Typed accessor for validated input. */
export function input<T>(req: { valid: Record<string, unknown> }, part: Part): T {
  return req.valid[part] as T;
}
