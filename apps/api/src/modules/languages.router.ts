import { Router } from 'express';
import { LANGUAGES } from '@reperes/shared';
import { contentHash } from './fiches/hash.js';
import { sendWithEtag } from '../middleware/cache.js';
import { CachedBody } from './fiches/content-cache.js';

export function languagesRouter(): Router {
  const router = Router();
  const json = JSON.stringify({
    languages: LANGUAGES.map(({ code, endonym, dir, fallback, bcp47 }) => ({
      code,
      endonym,
      dir,
      fallback,
      bcp47,
    })),
  });
  const body = new CachedBody(contentHash(json), json);
  router.get('/', (req, res) => sendWithEtag(req, res, body));
  return router;
}
