import { Router } from 'express';
import type { Config } from '../../config.js';
import { listStoredMail } from './mail.service.js';

/** Mounted at /api/v1/dev/mail only when config.DEV_MAIL_PAGE is on: mail written to MAIL_DIR. */
export function devMailRouter(config: Config): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    res
      .set('Cache-Control', 'no-store')
      .json({ smtp: Boolean(config.SMTP_URL), mails: await listStoredMail(config) });
  });
  return router;
}
