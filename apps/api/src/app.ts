import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { MIN_SHELL_HEADER } from '@reperes/shared';
import type { Config } from './config.js';
import { errorHandler, notFoundHandler } from './errors/error-handler.js';
import { requestId } from './middleware/request-id.js';
import { fichesRouter } from './modules/fiches/fiches.router.js';
import { healthRouter } from './modules/health/health.router.js';
import { languagesRouter } from './modules/languages.router.js';
import { openApiRouter } from './modules/openapi/openapi.js';
import { packsRouter } from './modules/packs/packs.router.js';
import { themesRouter } from './modules/themes/themes.router.js';
import { serveApp } from './static.js';
// --- accounts, sessions, permissions (issue 6) ---
import { authorize } from './middleware/authorize.js';
import { retryAfterHeader } from './middleware/rate-limit.js';
import { sessionMiddleware } from './middleware/session.js';
import { auditRouter } from './modules/audit/audit.router.js';
import { authRouter } from './modules/auth/auth.router.js';
import { devMailRouter } from './modules/mail/mail.router.js';
import {
  adminOrganisationsRouter,
  organisationsRouter,
} from './modules/organisations/organisations.router.js';
import { adminInvitesRouter, adminUsersRouter } from './modules/users/users.router.js';
import { assertRoutesInTable } from './permissions/routes.js';
// --- end issue 6 ---
// editorial (issue 6 items 3–7) + reader feedback: fiche editing, workflow, revisions, dashboard
import { mountEditorial } from './modules/editorial/index.js';
import { mountTranslations } from './modules/translations/index.js'; // issue 7
// --- operations (issue 8): database outages ---
import { databaseErrorFallback, databaseGuard } from './middleware/db-guard.js';
import { LastKnown } from './middleware/last-known.js';
// --- end issue 8 ---

export interface AppDeps {
  config: Config;
  logger: Logger;
  dbKind: 'embedded' | 'external';
}

/** Builds the Express application without listening (server.ts listens; tests call it over HTTP). */
export function createApp({ config, logger, dbKind }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.set('query parser', 'simple');
  app.set('etag', false);

  app.use(
    pinoHttp({
      logger,
      genReqId: requestId,
      autoLogging: { ignore: (req) => req.url === '/api/v1/health/live' },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          styleSrcAttr: ["'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          workerSrc: ["'self'"],
          manifestSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: config.NODE_ENV === 'production' ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(compression({ threshold: 512 }));
  // issue 5: an installed reader older than what this API serves asks its reader to update
  app.use('/api', (_req, res, next) => {
    res.set(MIN_SHELL_HEADER, config.MIN_READER_SHELL);
    next();
  });
  app.use('/api', express.json({ limit: config.BODY_LIMIT, strict: true, type: ['application/json'] }));
  // issue 8: while the database is unreachable, public reads come from the last known copy, the rest is 503
  const lastKnown = new LastKnown(config.LAST_KNOWN_MAX_MB * 1024 * 1024);
  app.use('/api', databaseGuard({ lastKnown, logger }));
  // issue 6: the session (req.session, req.user) for every /api request
  app.use('/api', sessionMiddleware(config));

  const api = express.Router();
  // issue 6: permission table lookup (unknown → 404), CSRF, 401/403 — before every /api/v1 router
  api.use(authorize(config));
  api.use(
    '/health',
    healthRouter(config, () => dbKind),
  );
  api.use('/openapi.json', openApiRouter());
  api.use('/languages', languagesRouter());
  api.use('/themes', themesRouter());
  api.use('/fiches', fichesRouter());
  api.use('/packs', packsRouter());
  // --- issue 6: accounts, organisations, audit ---
  api.use('/auth', authRouter(config));
  api.use('/admin/users', adminUsersRouter(config));
  api.use('/admin/invites', adminInvitesRouter());
  api.use('/organisations', organisationsRouter());
  api.use('/admin/organisations', adminOrganisationsRouter());
  api.use('/admin/audit', auditRouter());
  if (config.DEV_MAIL_PAGE) api.use('/dev/mail', devMailRouter(config));
  // --- end issue 6 ---
  mountEditorial(api, config); // editorial + feedback: /admin/fiches, /admin/dashboard, /admin/feedback, /feedback
  mountTranslations(api, config); // issue 7: /translations/…, /admin/translation-budget
  app.use('/api/v1', api);
  app.use('/api/v1', databaseErrorFallback(lastKnown)); // issue 8
  app.use('/api', notFoundHandler);

  if (config.serveStatic) {
    serveApp(app, '/admin', config.ADMIN_DIST);
    serveApp(app, '/', config.WEB_DIST);
  }
  app.use(notFoundHandler);
  app.use(retryAfterHeader); // issue 6
  app.use(errorHandler);
  assertRoutesInTable(app); // issue 6: every /api/v1 route has an entry in permissions/table.ts
  return app;
}
