import { Router } from 'express';
import { z } from 'zod';
import {
  ERROR_CODES,
  feedbackCreateSchema,
  feedbackCreatedSchema,
  ficheListQuerySchema,
  ficheListSchema,
  healthSchema,
  languageListSchema,
  packManifestSchema,
  packSyncRequestSchema,
  packSyncResponseSchema,
  resolvedFicheSchema,
  themeListSchema,
} from '@reperes/shared';
import { APP_VERSION } from '../../config.js';
import { ficheReadParamsSchema, ficheReadQuerySchema } from '../fiches/fiches.router.js';
import { packParamsSchema } from '../packs/packs.router.js';
import { themesQuerySchema } from '../themes/themes.router.js';

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

const errorSchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES, ...(keyof typeof ERROR_CODES)[]]),
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string().optional(),
  }),
});

const components = {
  Error: errorSchema,
  Health: healthSchema,
  LanguageList: languageListSchema,
  ThemeList: themeListSchema,
  FicheList: ficheListSchema,
  ResolvedFiche: resolvedFicheSchema,
  PackManifest: packManifestSchema,
  PackSyncRequest: packSyncRequestSchema,
  PackSyncResponse: packSyncResponseSchema,
  FeedbackCreate: feedbackCreateSchema,
  FeedbackCreated: feedbackCreatedSchema,
};

const ref = (name: keyof typeof components) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof components) => ({ content: { 'application/json': { schema: ref(name) } } });
const errors = {
  '400': { description: 'Invalid input (VALIDATION_FAILED, UNKNOWN_LANGUAGE)', ...json('Error') },
  '503': { description: 'Database unavailable', ...json('Error') },
};
const cached = {
  ETag: { description: 'Strong validator from the content hash', schema: { type: 'string' } },
};

/** Query or path parameters of an operation, from the same zod schema the router validates with. */
function parameters(schema: z.ZodType, where: 'query' | 'path'): Json[] {
  const s = jsonSchema(schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    schema: prop,
    ...(typeof prop.description === 'string' ? { description: prop.description } : {}),
  }));
}

/** The OpenAPI 3.1 document, generated from the zod schemas the API validates and answers with. */
export function buildOpenApi(): Json {
  const ifNoneMatch = { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Repères API',
      version: APP_VERSION,
      description:
        'Public read API of Repères: languages, themes, published fiches and offline language packs.',
    },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/health': {
        get: {
          summary: 'Service and database state',
          responses: { '200': { description: 'State', ...json('Health') } },
        },
      },
      '/languages': {
        get: {
          summary: 'The language registry',
          responses: { '200': { description: 'Languages', ...json('LanguageList') } },
        },
      },
      '/themes': {
        get: {
          summary: 'Themes with their needs, in one language',
          parameters: [...parameters(themesQuerySchema, 'query'), ifNoneMatch],
          responses: {
            '200': { description: 'Themes', headers: cached, ...json('ThemeList') },
            '304': { description: 'Not modified' },
            ...errors,
          },
        },
      },
      '/fiches': {
        get: {
          summary: 'Published fiches, filtered by facets, paginated',
          parameters: [...parameters(ficheListQuerySchema, 'query'), ifNoneMatch],
          responses: {
            '200': { description: 'A page of fiche summaries', headers: cached, ...json('FicheList') },
            '304': { description: 'Not modified' },
            ...errors,
          },
        },
      },
      '/fiches/{slug}': {
        get: {
          summary: 'The resolved fiche in one language, with per-item translation state',
          parameters: [
            ...parameters(ficheReadParamsSchema, 'path'),
            ...parameters(ficheReadQuerySchema, 'query'),
            ifNoneMatch,
          ],
          responses: {
            '200': { description: 'The resolved fiche', headers: cached, ...json('ResolvedFiche') },
            '304': { description: 'Not modified' },
            '404': { description: 'No published fiche with this slug (FICHE_NOT_FOUND)', ...json('Error') },
            ...errors,
          },
        },
      },
      '/packs/{lang}/manifest': {
        get: {
          summary: 'Manifest of a language pack: id and hash of every published fiche',
          parameters: [...parameters(packParamsSchema, 'path'), ifNoneMatch],
          responses: {
            '200': { description: 'Manifest', headers: cached, ...json('PackManifest') },
            '304': { description: 'Not modified' },
            ...errors,
          },
        },
      },
      '/feedback': {
        post: {
          summary:
            'Reader feedback or a search that found nothing (no personal data; stored once per clientId)',
          requestBody: { required: true, ...json('FeedbackCreate') },
          responses: {
            '201': { description: 'Stored', ...json('FeedbackCreated') },
            '200': { description: 'Already stored (same clientId)', ...json('FeedbackCreated') },
            '429': { description: 'Too many reports (RATE_LIMITED)', ...json('Error') },
            ...errors,
          },
        },
      },
      '/packs/{lang}/sync': {
        post: {
          summary: 'Delta sync: the changed and added fiches and the ids to delete',
          parameters: parameters(packParamsSchema, 'path'),
          requestBody: { required: true, ...json('PackSyncRequest') },
          responses: { '200': { description: 'The delta', ...json('PackSyncResponse') }, ...errors },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(
        Object.entries(components).map(([name, schema]) => [
          name,
          jsonSchema(schema, name === 'PackSyncRequest' || name === 'FeedbackCreate' ? 'input' : 'output'),
        ]),
      ),
    },
  };
}

export function openApiRouter(): Router {
  const router = Router();
  const body = JSON.stringify(buildOpenApi());
  router.get('/', (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('application/json; charset=utf-8').send(body);
  });
  return router;
}
