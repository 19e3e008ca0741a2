import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
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
  app.use('/api', express.json({ limit: config.BODY_LIMIT, strict: true, type: ['application/json'] }));

  const api = express.Router();
  api.use(
    '/health',
    healthRouter(config, () => dbKind),
  );
  api.use('/openapi.json', openApiRouter());
  api.use('/languages', languagesRouter());
  api.use('/themes', themesRouter());
  api.use('/fiches', fichesRouter());
  api.use('/packs', packsRouter());
  app.use('/api/v1', api);
  app.use('/api', notFoundHandler);

  if (config.serveStatic) {
    serveApp(app, '/admin', config.ADMIN_DIST);
    serveApp(app, '/', config.WEB_DIST);
  }
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
