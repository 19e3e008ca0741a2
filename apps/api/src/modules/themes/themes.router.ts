import { Router } from 'express';
import { z } from 'zod';
import { languageCodeSchema } from '@reperes/shared';
import { sendWithEtag } from '../../middleware/cache.js';
import { checkLanguage } from '../../middleware/language.js';
import { input, validate } from '../../middleware/validate.js';
import { listThemes } from './themes.service.js';

export const themesQuerySchema = z.strictObject({ lang: languageCodeSchema.default('fr') });

export function themesRouter(): Router {
  const router = Router();
  router.get('/', checkLanguage('query'), validate({ query: themesQuerySchema }), async (req, res) => {
    const { lang } = input<z.infer<typeof themesQuerySchema>>(req, 'query');
    sendWithEtag(req, res, (await listThemes(lang)).body);
  });
  return router;
}
