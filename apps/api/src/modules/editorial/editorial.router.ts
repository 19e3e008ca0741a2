import { Router, type Request } from 'express';
import { z } from 'zod';
import {
  adminFicheListQuerySchema,
  createFicheBodySchema,
  diffQuerySchema,
  ficheIdParamsSchema,
  publishBodySchema,
  requestChangesBodySchema,
  restoreRevisionBodySchema,
  revisionParamsSchema,
  saveFicheBodySchema,
  transitionBodySchema,
  type AdminFicheListQuery,
} from '@reperes/shared';
import type { Config } from '../../config.js';
import { AppError } from '../../errors/app-error.js';
import { input, validate } from '../../middleware/validate.js';
import { audit } from '../audit/audit.service.js';
import { sendMail } from '../mail/mail.service.js';
import type { EditorialContext } from './context.js';
import { getDashboard, sendStaleReminders } from './dashboard.service.js';
import {
  createFiche,
  getFiche,
  listFiches,
  presenceHeartbeat,
  presenceLeave,
  saveFiche,
} from './editorial.service.js';
import { diffRevisions, getRevision, listRevisions, restoreRevision } from './revisions.service.js';
import {
  archive,
  publish,
  requestChanges,
  restore,
  softDelete,
  submitFiche,
  unpublish,
} from './workflow.service.js';

type IdParams = z.infer<typeof ficheIdParamsSchema>;
type RevisionParams = z.output<typeof revisionParamsSchema>;
const noBody = z.strictObject({});

/** The request as an editorial use case sees it: the signed-in person, audit and mail bound to it. */
export function contextOf(config: Config, req: Request): EditorialContext {
  const user = req.user;
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return {
    actor: user,
    audit: (action, ficheId, details) => audit(req, action, { type: 'fiche', id: ficheId }, details),
    sendMail: (message) => sendMail(config, message),
    publicUrl: config.PUBLIC_URL,
    warn: (err, message) => req.log?.warn({ err }, message),
  };
}

/** Mounted at /api/v1/admin/fiches. Back-office answers are never cached. */
export function adminFichesRouter(config: Config): Router {
  const router = Router();
  const ctx = (req: Request) => contextOf(config, req);
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.post('/', validate({ body: createFicheBodySchema }), async (req, res) => {
    res.status(201).json(await createFiche(ctx(req), input(req, 'body')));
  });
  router.get('/', validate({ query: adminFicheListQuerySchema }), async (req, res) => {
    res.json(await listFiches(ctx(req), input<AdminFicheListQuery>(req, 'query')));
  });
  router.get('/:id', validate({ params: ficheIdParamsSchema }), async (req, res) => {
    res.json(await getFiche(ctx(req), input<IdParams>(req, 'params').id));
  });
  router.put(
    '/:id',
    validate({ params: ficheIdParamsSchema, body: saveFicheBodySchema }),
    async (req, res) => {
      res.json(await saveFiche(ctx(req), input<IdParams>(req, 'params').id, input(req, 'body')));
    },
  );
  router.delete(
    '/:id',
    validate({ params: ficheIdParamsSchema, body: transitionBodySchema }),
    async (req, res) => {
      res.json(await softDelete(ctx(req), input<IdParams>(req, 'params').id, input(req, 'body')));
    },
  );

  const transitions = {
    submit: [transitionBodySchema, submitFiche],
    publish: [publishBodySchema, publish],
    'request-changes': [requestChangesBodySchema, requestChanges],
    unpublish: [transitionBodySchema, unpublish],
    archive: [transitionBodySchema, archive],
    restore: [transitionBodySchema, restore],
  } as const;
  for (const [path, [body, run]] of Object.entries(transitions)) {
    router.post(`/:id/${path}`, validate({ params: ficheIdParamsSchema, body }), async (req, res) => {
      const apply = run as (c: EditorialContext, id: string, b: unknown) => Promise<unknown>;
      res.json(await apply(ctx(req), input<IdParams>(req, 'params').id, input(req, 'body')));
    });
  }

  router.get('/:id/revisions', validate({ params: ficheIdParamsSchema }), async (req, res) => {
    res.json(await listRevisions(ctx(req), input<IdParams>(req, 'params').id));
  });
  router.get('/:id/revisions/:number', validate({ params: revisionParamsSchema }), async (req, res) => {
    const { id, number } = input<RevisionParams>(req, 'params');
    res.json(await getRevision(ctx(req), id, number));
  });
  router.post(
    '/:id/revisions/:number/restore',
    validate({ params: revisionParamsSchema, body: restoreRevisionBodySchema }),
    async (req, res) => {
      const { id, number } = input<RevisionParams>(req, 'params');
      res.json(await restoreRevision(ctx(req), id, number, input(req, 'body')));
    },
  );
  router.get(
    '/:id/diff',
    validate({ params: ficheIdParamsSchema, query: diffQuerySchema }),
    async (req, res) => {
      res.json(await diffRevisions(ctx(req), input<IdParams>(req, 'params').id, input(req, 'query')));
    },
  );

  router.post('/:id/presence', validate({ params: ficheIdParamsSchema, body: noBody }), async (req, res) => {
    res.json(await presenceHeartbeat(ctx(req), input<IdParams>(req, 'params').id));
  });
  router.delete(
    '/:id/presence',
    validate({ params: ficheIdParamsSchema, body: noBody }),
    async (req, res) => {
      await presenceLeave(ctx(req), input<IdParams>(req, 'params').id);
      res.status(204).end();
    },
  );
  return router;
}

/** Mounted at /api/v1/admin/dashboard. */
export function dashboardRouter(config: Config): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    res.set('Cache-Control', 'no-store').json(await getDashboard());
  });
  router.post('/stale-reminders', validate({ body: noBody }), async (req, res) => {
    res.json(await sendStaleReminders(contextOf(config, req)));
  });
  return router;
}
