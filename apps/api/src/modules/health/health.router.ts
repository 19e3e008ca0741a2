import { Router } from 'express';
import type { Health } from '@reperes/shared';
import type { Config } from '../../config.js';
import { databaseStatus } from '../../middleware/db-guard.js';
import { lifecyclePhase } from './lifecycle.js';

/** Health checks must answer quickly even when the database hangs. */
const PING_TIMEOUT_MS = 1_500;

/**
 * GET /health: version and database state (the apps show it). GET /health/live: the process answers (restart
 * it when this fails). GET /health/ready: start-up done, not shutting down, and the database answers a real
 * `ping` (send it traffic that needs the database). docs/operations.md explains which probe goes where.
 */
export function healthRouter(config: Config, dbKind: () => 'embedded' | 'external'): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const state = (await databaseStatus.ping(PING_TIMEOUT_MS)) ? 'connected' : 'disconnected';
    const body: Health = {
      status: state === 'connected' ? 'ok' : 'degraded',
      version: config.version,
      database: { state, kind: dbKind() },
    };
    res.set('Cache-Control', 'no-store').json(body);
  });
  router.get('/live', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    const phase = lifecyclePhase();
    const database =
      phase === 'draining' ? 'skipped' : (await databaseStatus.ping(PING_TIMEOUT_MS)) ? 'ok' : 'unreachable';
    const ready = phase === 'started' && database === 'ok';
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: ready ? 'ready' : 'not_ready', checks: { startup: phase, database } });
  });
  return router;
}
