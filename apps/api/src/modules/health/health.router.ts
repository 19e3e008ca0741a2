import { Router } from 'express';
import type { Health } from '@reperes/shared';
import type { Config } from '../../config.js';
import { databaseState } from '../../db/connect.js';

export function healthRouter(config: Config, dbKind: () => 'embedded' | 'external'): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    const state = databaseState();
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
  router.get('/ready', (_req, res) => {
    const ready = databaseState() === 'connected';
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: ready ? 'ready' : 'not_ready' });
  });
  return router;
}
