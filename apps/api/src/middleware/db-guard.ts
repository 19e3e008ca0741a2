import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import mongoose from 'mongoose';
import type { Logger } from 'pino';
import { AppError } from '../errors/app-error.js';
import { errorHandler } from '../errors/error-handler.js';
import { withDeadline } from '../db/deadline.js';
import type { LastKnown } from './last-known.js';

/**
 * Database outages (issue 8). While MongoDB cannot be reached, public reads are answered from the last known
 * copy (marked `X-Reperes-Stale: 1`), everything else that needs the database answers 503
 * DATABASE_UNAVAILABLE at once instead of waiting for the driver's server selection, and a probe pings the
 * database every second so the API recovers by itself. See docs/operations.md.
 */

/** Errors meaning "the database cannot be reached" (not "the database refused this operation"). */
const UNREACHABLE_ERRORS = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'MongoServerClosedError',
]);
/** Replica set changing primary or members shutting down: NotWritablePrimary, PrimarySteppedDown… */
const UNREACHABLE_CODES = new Set([91, 189, 10107, 11600, 11602, 13435, 13436]);

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 2) return false;
  if (err instanceof AppError) return err.code === 'DATABASE_UNAVAILABLE';
  const e = err as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown };
  if (typeof e.name === 'string' && UNREACHABLE_ERRORS.has(e.name)) return true;
  if (typeof e.code === 'number' && UNREACHABLE_CODES.has(e.code) && String(e.name).startsWith('Mongo'))
    return true;
  if (typeof e.message === 'string' && /buffering timed out|before initial connection/.test(e.message))
    return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

const PROBE_INTERVAL_MS = 1_000;
const PING_TIMEOUT_MS = 2_000;

/**
 * How long a request that was already waiting on the database when an outage began may still wait before it
 * is answered without it. Operations that fail cleanly do so within the driver's server selection timeout
 * (5 s, db/connect.ts), so this only catches operations the driver will never settle: mongodb 7.8 writes a
 * command to a socket the server has just closed (destroyed, its `close` event not yet handled) and waits
 * for a `drain` that never comes. See docs/operations.md.
 */
export const STALLED_AFTER_OUTAGE_MS = 8_000;

/**
 * Whether the database answered lately, learnt from real operations (a failure marks it down) and from
 * pings (a success marks it up). Mongoose's readyState alone is not enough: with a standalone server it can
 * stay "connected" while every operation fails. One per process, like mongoose's default connection.
 */
export class DatabaseStatus {
  private down = false;
  private downSince = 0;
  private probe: NodeJS.Timeout | undefined;
  private stopped = false;
  private watching = false;
  private logger: Pick<Logger, 'info' | 'warn'> | undefined;
  private readonly outageListeners = new Set<() => void>();

  isUp(): boolean {
    return !this.down;
  }

  /** Logs outages with this logger and follows the default connection's events (once per process). */
  attach(logger: Pick<Logger, 'info' | 'warn'>): void {
    this.logger = logger;
    this.stopped = false;
    if (this.watching) return;
    this.watching = true;
    const conn = mongoose.connection;
    conn.on('disconnected', () => {
      if (!closing()) this.markDown(new Error('the driver lost the connection to the database'));
    });
    conn.on('reconnected', () => void this.ping());
  }

  markDown(err: unknown): void {
    if (this.stopped || closing()) return;
    if (!this.down) {
      this.down = true;
      this.downSince = Date.now();
      this.logger?.warn(
        { err },
        'database unreachable: serving the last known public content, other requests answer 503',
      );
      for (const listener of this.outageListeners) listener();
    }
    this.scheduleProbe();
  }

  /** Calls `listener` each time the database goes from reachable to unreachable. */
  onOutage(listener: () => void): void {
    this.outageListeners.add(listener);
  }

  markUp(): void {
    if (!this.down) return;
    this.down = false;
    this.logger?.info({ downMs: Date.now() - this.downSince }, 'database reachable again');
  }

  /** A real `ping` round trip, bounded in time; updates the status. */
  async ping(timeoutMs = PING_TIMEOUT_MS): Promise<boolean> {
    const db = mongoose.connection.db;
    if (!db || closing()) return false;
    try {
      await withDeadline(
        db.command({ ping: 1 }),
        timeoutMs,
        () => new Error(`no answer to ping within ${timeoutMs} ms`),
      );
      this.markUp();
      return true;
    } catch (err) {
      this.markDown(err);
      return false;
    }
  }

  /** Stops probing (shutdown). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.probe);
    this.probe = undefined;
  }

  private scheduleProbe(): void {
    if (this.probe || this.stopped) return;
    this.probe = setTimeout(() => {
      void this.ping().finally(() => {
        this.probe = undefined;
        if (this.down) this.scheduleProbe();
      });
    }, PROBE_INTERVAL_MS);
    this.probe.unref();
  }
}

function closing(): boolean {
  return Boolean((mongoose.connection as { _closeCalled?: boolean })._closeCalled);
}

export const databaseStatus = new DatabaseStatus();

/** Routes that answer without the database (health reports it themselves). */
const NO_DATABASE = [/^\/api\/v1\/health(\/|$)/, /^\/api\/v1\/languages\/?$/, /^\/api\/v1\/openapi\.json$/];

function needsDatabase(req: Request): boolean {
  const path = req.originalUrl.split('?')[0] ?? '';
  return !(isRead(req) && NO_DATABASE.some((r) => r.test(path)));
}

function isRead(req: Request): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

const MESSAGES = {
  // The database was already unreachable when the request came.
  down: {
    read:
      'The database is not reachable right now and this content is not in the copy kept for outages. ' +
      'Try again in a moment.',
    write:
      'The database is not reachable right now, so nothing was saved. Published content can still be ' +
      'read; try again in a moment.',
  },
  // It stopped answering while the request was being handled (see STALLED_AFTER_OUTAGE_MS).
  stalled: {
    read: 'The database stopped answering while this page was being read. Try again in a moment.',
    write:
      'The database stopped answering while this was being saved. Check whether your change is there, ' +
      'then try again in a moment.',
  },
};

function unavailable(req: Request, res: Response, when: keyof typeof MESSAGES = 'down'): AppError {
  res.setHeader('Retry-After', '5');
  return new AppError('DATABASE_UNAVAILABLE', MESSAGES[when][isRead(req) ? 'read' : 'write']);
}

/**
 * The requests that reached the database while it was up and have not been answered yet. When an outage
 * begins, each gets `stalledAfterMs` more to finish; one still unanswered then is answered like a request
 * made during the outage (the last known copy, else 503), so no client waits forever on an operation the
 * driver lost.
 */
class InFlight {
  private readonly waiting = new Map<Response, { req: Request; timer?: NodeJS.Timeout }>();

  constructor(
    private readonly stalledAfterMs: number,
    private readonly answer: (req: Request, res: Response) => void,
  ) {}

  track(req: Request, res: Response): void {
    const entry: { req: Request; timer?: NodeJS.Timeout } = { req };
    this.waiting.set(res, entry);
    const done = () => {
      clearTimeout(entry.timer);
      this.waiting.delete(res);
    };
    res.once('finish', done).once('close', done);
  }

  /** An outage began: start the clock of every request still waiting. */
  outage(): void {
    for (const [res, entry] of this.waiting) {
      entry.timer ??= setTimeout(() => {
        this.waiting.delete(res);
        if (!res.headersSent) this.answer(entry.req, res);
        // A body already on its way cannot be turned into an error: cut it so the client sees the failure.
        else if (!res.writableEnded) res.destroy();
      }, this.stalledAfterMs).unref();
    }
  }
}

/**
 * Mounted on /api before anything that reads the database (the session): while the database is up, public
 * reads are recorded into `lastKnown`; while it is down, they are answered from it and other requests get
 * 503 at once.
 */
export function databaseGuard({
  lastKnown,
  logger,
  stalledAfterMs = STALLED_AFTER_OUTAGE_MS,
}: {
  lastKnown: LastKnown;
  logger: Pick<Logger, 'info' | 'warn'>;
  stalledAfterMs?: number;
}): RequestHandler {
  databaseStatus.attach(logger);
  const inFlight = new InFlight(stalledAfterMs, (req, res) => {
    logger.warn({ method: req.method, url: req.originalUrl }, 'request stalled by a database outage');
    if (!lastKnown.serveStale(req, res))
      errorHandler(unavailable(req, res, 'stalled'), req, res, () => undefined);
  });
  databaseStatus.onOutage(() => inFlight.outage());
  return (req, res, next) => {
    if (databaseStatus.isUp()) {
      lastKnown.capture(req, res);
      if (needsDatabase(req)) inFlight.track(req, res);
      return next();
    }
    if (!needsDatabase(req)) return next();
    if (lastKnown.serveStale(req, res)) return;
    next(unavailable(req, res));
  };
}

/**
 * Mounted after the /api/v1 routers: an operation that failed because the database went away marks it down
 * and, for a public read, is answered from the last known copy; otherwise 503 DATABASE_UNAVAILABLE.
 */
export function databaseErrorFallback(lastKnown: LastKnown): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (!isDatabaseUnavailable(err)) return next(err);
    databaseStatus.markDown(err);
    if (!res.headersSent && lastKnown.serveStale(req, res)) return;
    next(unavailable(req, res));
  };
}
