import { Router } from 'express';
import { z } from 'zod';
import { ficheListQuerySchema, languageCodeSchema, slugSchema, type FicheListQuery } from '@reperes/shared';
import { sendWithEtag } from '../../middleware/cache.js';
import { checkLanguage } from '../../middleware/language.js';
import { input, validate } from '../../middleware/validate.js';
import { getResolvedFiche, listFiches } from './fiches.service.js';

export const ficheReadParamsSchema = z.strictObject({ slug: slugSchema });
export const ficheReadQuerySchema = z.strictObject({ lang: languageCodeSchema.default('fr') });

export function fichesRouter(): Router {
  const router = Router();
  router.get('/', checkLanguage('query'), validate({ query: ficheListQuerySchema }), async (req, res) => {
    sendWithEtag(req, res, await listFiches(input<FicheListQuery>(req, 'query')));
  });
  router.get(
    '/:slug',
    checkLanguage('query'),
    validate({ params: ficheReadParamsSchema, query: ficheReadQuerySchema }),
    async (req, res) => {
      const { slug } = input<z.infer<typeof ficheReadParamsSchema>>(req, 'params');
      const { lang } = input<z.infer<typeof ficheReadQuerySchema>>(req, 'query');
      sendWithEtag(req, res, await getResolvedFiche(slug, lang));
    },
  );
  return router;
}
