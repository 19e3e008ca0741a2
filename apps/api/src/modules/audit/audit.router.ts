import { Router } from 'express';
import { auditQuerySchema, type AuditQuery } from '@reperes/shared';
import { input, validate } from '../../middleware/validate.js';
import { listAudit } from './audit.service.js';

/** Mounted at /api/v1/admin/audit. */
export function auditRouter(): Router {
  const router = Router();
  router.get('/', validate({ query: auditQuerySchema }), async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await listAudit(input<AuditQuery>(req, 'query')));
  });
  return router;
}
