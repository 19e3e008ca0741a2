import type { ErrorRequestHandler } from 'express';
import { AppError } from '../errors/app-error.js';
import { RateLimitModel, type RateLimitDoc } from '../modules/auth/rate-limit.model.js';

/** A throttle: at most `max` hits per key in a fixed window of `windowMs`. */
export interface Limit {
  /** Prefix of the stored keys, e.g. `login:ip`. */
  name: string;
  max: number;
  windowMs: number;
}

export interface HitResult {
  count: number;
  /** When the current window ends. */
  resetAt: Date;
  limited: boolean;
}

const DUPLICATE_KEY = 11000;

/**
 * Counts one hit for `key` and tells whether the limit is exceeded. Counters live in MongoDB (collection
 * `rate_limits`) so every API process sees the same ones. Each step is one atomic single-document update:
 * (1) increment inside the current window; else (2) start a new window by resetting an old document or
 * inserting a missing one — two processes racing to insert collide on `_id`, and the loser retries (1).
 * Windows are computed from the stored `windowStart`, never from TTL timing.
 */
export async function hit(limit: Limit, key: string, now = new Date()): Promise<HitResult> {
  const id = `${limit.name}:${key}`;
  const cutoff = new Date(now.getTime() - limit.windowMs);
  for (let attempt = 0; attempt < 5; attempt++) {
    let doc = await RateLimitModel.findOneAndUpdate(
      { _id: id, windowStart: { $gt: cutoff } },
      { $inc: { count: 1 } },
      { returnDocument: 'after' },
    ).lean<RateLimitDoc>();
    if (!doc) {
      try {
        doc = await RateLimitModel.findOneAndUpdate(
          { _id: id, windowStart: { $lte: cutoff } },
          { $set: { count: 1, windowStart: now } },
          { upsert: true, returnDocument: 'after' },
        ).lean<RateLimitDoc>();
      } catch (err) {
        if ((err as { code?: number }).code === DUPLICATE_KEY) continue;
        throw err;
      }
    }
    if (!doc) continue;
    if (doc.count === 1) sweepSometimes(now);
    const resetAt = new Date(doc.windowStart.getTime() + limit.windowMs);
    return { count: doc.count, resetAt, limited: doc.count > limit.max };
  }
  throw new Error(`rate limit ${id}: too much contention`);
}

/** Counters of windows long over are dead weight (TTL is not relied upon): drop them now and then. */
function sweepSometimes(now: Date): void {
  if (Math.random() >= 0.01) return;
  RateLimitModel.deleteMany({ windowStart: { $lt: new Date(now.getTime() - 24 * 3_600_000) } }).catch(
    () => {},
  );
}

/** Forgets the counter of `key` (e.g. the per-account sign-in counter after a success). */
export async function clearHits(limit: Limit, key: string): Promise<void> {
  await RateLimitModel.deleteOne({ _id: `${limit.name}:${key}` });
}

export function rateLimited(resetAt: Date, now = new Date()): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
  return new AppError('RATE_LIMITED', 'Too many attempts. Wait a little and try again.', {
    retryAfterSeconds,
  });
}

/** Counts a hit on every (limit, key) pair and throws RATE_LIMITED (with the longest wait) if any is over. */
export async function consume(pairs: [Limit, string][], now = new Date()): Promise<void> {
  const results = await Promise.all(pairs.map(([limit, key]) => hit(limit, key, now)));
  const over = results.filter((r) => r.limited);
  if (over.length === 0) return;
  const latest = over.reduce((a, b) => (a.resetAt > b.resetAt ? a : b));
  throw rateLimited(latest.resetAt, now);
}

/** Adds `Retry-After` to RATE_LIMITED answers; mounted just before the error handler. */
export const retryAfterHeader: ErrorRequestHandler = (err, _req, res, next) => {
  if (err instanceof AppError && err.code === 'RATE_LIMITED') {
    const seconds = (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (seconds && !res.headersSent) res.setHeader('Retry-After', String(seconds));
  }
  next(err);
};
