import { Router, type Response } from 'express';
import { z } from 'zod';
import {
  languageCodeSchema,
  needCreateSchema,
  needMoveSchema,
  needOrderSchema,
  needParamsSchema,
  needUpdateSchema,
  themeCreateSchema,
  themeDeleteSchema,
  themeOrderSchema,
  themeParamsSchema,
  themeUpdateSchema,
  type NeedCreate,
  type NeedMove,
  type NeedOrder,
  type NeedUpdate,
  type ThemeCreate,
  type ThemeDelete,
  type ThemeOrder,
  type ThemeUpdate,
  type ThemeWriteResult,
} from '@reperes/shared';
import { sendWithEtag } from '../../middleware/cache.js';
import { checkLanguage } from '../../middleware/language.js';
import { input, validate } from '../../middleware/validate.js';
import {
  createNeed,
  createTheme,
  deleteNeed,
  deleteTheme,
  listAdminThemes,
  moveNeed,
  reorderNeeds,
  reorderThemes,
  updateNeed,
  updateTheme,
} from './themes-admin.service.js';
import { listThemes } from './themes.service.js';

export const themesQuerySchema = z.strictObject({ lang: languageCodeSchema.default('fr') });

type ThemeParams = z.infer<typeof themeParamsSchema>;
type NeedParams = z.infer<typeof needParamsSchema>;

const send = (res: Response, result: ThemeWriteResult, status = 200) =>
  res.status(status).set('Cache-Control', 'no-store').json(result);

/**
 * Mounted at /api/v1/themes: the public, cached list (GET /?lang=) and, for admins and editors
 * (permissions in themes.permissions.ts), the back-office view and every write on themes and needs.
 */
export function themesRouter(): Router {
  const router = Router();
  router.get('/', checkLanguage('query'), validate({ query: themesQuerySchema }), async (req, res) => {
    const { lang } = input<z.infer<typeof themesQuerySchema>>(req, 'query');
    sendWithEtag(req, res, (await listThemes(lang)).body);
  });

  // --- back-office (admin, editor) ---
  router.get('/admin', validate({ query: z.strictObject({}) }), async (_req, res) => {
    res.set('Cache-Control', 'no-store').json(await listAdminThemes());
  });
  router.post('/', validate({ body: themeCreateSchema }), async (req, res) => {
    send(res, await createTheme(req, input<ThemeCreate>(req, 'body')), 201);
  });
  router.put('/order', validate({ body: themeOrderSchema }), async (req, res) => {
    send(res, await reorderThemes(req, input<ThemeOrder>(req, 'body').ids));
  });
  router.patch('/:id', validate({ params: themeParamsSchema, body: themeUpdateSchema }), async (req, res) => {
    const { id } = input<ThemeParams>(req, 'params');
    send(res, await updateTheme(req, id, input<ThemeUpdate>(req, 'body')));
  });
  router.delete(
    '/:id',
    validate({ params: themeParamsSchema, body: themeDeleteSchema }),
    async (req, res) => {
      const { id } = input<ThemeParams>(req, 'params');
      send(res, await deleteTheme(req, id, input<ThemeDelete>(req, 'body').version));
    },
  );
  router.post(
    '/:id/needs',
    validate({ params: themeParamsSchema, body: needCreateSchema }),
    async (req, res) => {
      const { id } = input<ThemeParams>(req, 'params');
      send(res, await createNeed(req, id, input<NeedCreate>(req, 'body')), 201);
    },
  );
  router.put(
    '/:id/needs/order',
    validate({ params: themeParamsSchema, body: needOrderSchema }),
    async (req, res) => {
      const { id } = input<ThemeParams>(req, 'params');
      send(res, await reorderNeeds(req, id, input<NeedOrder>(req, 'body')));
    },
  );
  router.patch(
    '/:id/needs/:needId',
    validate({ params: needParamsSchema, body: needUpdateSchema }),
    async (req, res) => {
      const { id, needId } = input<NeedParams>(req, 'params');
      send(res, await updateNeed(req, id, needId, input<NeedUpdate>(req, 'body')));
    },
  );
  router.delete(
    '/:id/needs/:needId',
    validate({ params: needParamsSchema, body: themeDeleteSchema }),
    async (req, res) => {
      const { id, needId } = input<NeedParams>(req, 'params');
      send(res, await deleteNeed(req, id, needId, input<ThemeDelete>(req, 'body').version));
    },
  );
  router.post(
    '/:id/needs/:needId/move',
    validate({ params: needParamsSchema, body: needMoveSchema }),
    async (req, res) => {
      const { id, needId } = input<NeedParams>(req, 'params');
      send(res, await moveNeed(req, id, needId, input<NeedMove>(req, 'body')));
    },
  );
  return router;
}
