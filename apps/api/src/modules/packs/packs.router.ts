import { Router } from 'express';
import { z } from 'zod';
import { languageCodeSchema, packSyncRequestSchema, type PackSyncRequest } from '@reperes/shared';
import { sendWithEtag } from '../../middleware/cache.js';
import { checkLanguage } from '../../middleware/language.js';
import { input, validate } from '../../middleware/validate.js';
import { packManifest, packSync } from './packs.service.js';

export const packParamsSchema = z.strictObject({ lang: languageCodeSchema });

export function packsRouter(): Router {
  const router = Router();
  router.get(
    '/:lang/manifest',
    checkLanguage('params'),
    validate({ params: packParamsSchema }),
    async (req, res) => {
      const { lang } = input<z.infer<typeof packParamsSchema>>(req, 'params');
      sendWithEtag(req, res, await packManifest(lang));
    },
  );
  router.post(
    '/:lang/sync',
    checkLanguage('params'),
    validate({ params: packParamsSchema, body: packSyncRequestSchema }),
    async (req, res) => {
      const { lang } = input<z.infer<typeof packParamsSchema>>(req, 'params');
      const json = await packSync(lang, input<PackSyncRequest>(req, 'body'));
      res.set('Cache-Control', 'no-store').type('application/json; charset=utf-8').send(json);
    },
  );
  return router;
}
