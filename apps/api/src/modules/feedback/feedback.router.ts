import { Router } from 'express';
import { z } from 'zod';
import {
  feedbackCreateSchema,
  feedbackListQuerySchema,
  feedbackPatchBodySchema,
  idSchema,
  type FeedbackListQuery,
} from '@reperes/shared';
import { AppError } from '../../errors/app-error.js';
import { input, validate } from '../../middleware/validate.js';
import { createFeedback, FEEDBACK_LIMIT, listFeedback, setFeedbackStatus } from './feedback.service.js';
import type { Limit } from '../../middleware/rate-limit.js';

const idParams = z.strictObject({ id: idSchema });

/** Mounted at /api/v1/feedback: the reader app's reports (public, rate-limited per IP). */
export function feedbackRouter(limit: Limit = FEEDBACK_LIMIT): Router {
  const router = Router();
  router.post('/', validate({ body: feedbackCreateSchema }), async (req, res) => {
    const result = await createFeedback(input(req, 'body'), req.ip, limit);
    res.status(result.duplicate ? 200 : 201).json(result);
  });
  return router;
}

/** Mounted at /api/v1/admin/feedback: the editors' inbox. */
export function adminFeedbackRouter(): Router {
  const router = Router();
  router.get('/', validate({ query: feedbackListQuerySchema }), async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await listFeedback(input<FeedbackListQuery>(req, 'query')));
  });
  router.patch('/:id', validate({ params: idParams, body: feedbackPatchBodySchema }), async (req, res) => {
    if (!req.user) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    const { id } = input<z.infer<typeof idParams>>(req, 'params');
    res.json(
      await setFeedbackStatus(req, id, input<z.infer<typeof feedbackPatchBodySchema>>(req, 'body').status),
    );
  });
  return router;
}
