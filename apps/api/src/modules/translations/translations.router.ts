import express, { Router, type Request } from 'express';
import type { z } from 'zod';
import {
  XLIFF_MAX_CHARS,
  coverageQuerySchema,
  machineTranslateBodySchema,
  requestUnitChangesBodySchema,
  saveUnitBodySchema,
  translationBudgetBodySchema,
  translationFicheParamsSchema,
  translationLangParamsSchema,
  translationUnitParamsSchema,
  translatorFicheListQuerySchema,
  unitActionBodySchema,
  xliffExportQuerySchema,
  xliffImportBodySchema,
  type XliffExportQuery,
} from '@reperes/shared';
import type { Config } from '../../config.js';
import { AppError } from '../../errors/app-error.js';
import { input, issuesOf, validate } from '../../middleware/validate.js';
import { contextOf } from './context.js';
import { coverage } from './coverage.service.js';
import { loadLocalesReport } from './locales.service.js';
import { budgetInfo, setBudget } from './machine/budget.service.js';
import { preTranslate, translationConfig } from './machine/machine.service.js';
import { approveUnit, requestUnitChanges, reviewQueue } from './review.service.js';
import { getTranslatorFiche, listTranslatorFiches, saveDraft, submitUnit } from './workspace.service.js';
import { applyXliff, exportXliff, previewXliff } from './xliff.service.js';

type LangParams = z.infer<typeof translationLangParamsSchema>;
type FicheParams = z.infer<typeof translationFicheParamsSchema>;
type UnitParams = z.infer<typeof translationUnitParamsSchema>;

const XML_TYPES = ['application/xml', 'text/xml', 'application/xliff+xml'];
/** Raw XLIFF uploads (JSON-wrapped ones go through the app's JSON parser and BODY_LIMIT). */
const xmlBody = express.text({ type: XML_TYPES, limit: '8mb' });

/** The XLIFF text of a preview/apply request: raw XML, or `{ xliff, units? }` as JSON. */
function xliffInput(req: Request): { xml: string; units?: string[] } {
  if (typeof req.body === 'string' && req.is(XML_TYPES)) {
    if (req.body.length > XLIFF_MAX_CHARS) {
      throw new AppError('PAYLOAD_TOO_LARGE', `XLIFF files are limited to ${XLIFF_MAX_CHARS} characters.`);
    }
    return { xml: req.body };
  }
  if (!req.is('application/json')) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the XLIFF file as application/xml, or as JSON { "xliff": "…" }.',
    );
  }
  const parsed = xliffImportBodySchema.safeParse(req.body ?? {});
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    throw new AppError(
      'VALIDATION_FAILED',
      `Invalid body: ${issues[0]?.path || '(root)'} — ${issues[0]?.message}`,
      {
        part: 'body',
        issues,
      },
    );
  }
  return { xml: parsed.data.xliff, ...(parsed.data.units ? { units: parsed.data.units } : {}) };
}

/** Mounted at /api/v1/translations. Back-office answers are never cached. */
export function translationsRouter(config: Config): Router {
  const router = Router();
  const ctx = (req: Request) => contextOf(config, req);
  const uiStrings = loadLocalesReport(config.LOCALES_DIR);
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.get('/config', async (req, res) => {
    res.json(await translationConfig(ctx(req).actor));
  });
  router.get('/coverage', validate({ query: coverageQuerySchema }), async (req, res) => {
    res.json(await coverage(input(req, 'query')));
  });
  router.get('/ui-strings', (_req, res) => {
    res.json(uiStrings());
  });

  router.get(
    '/:lang/fiches',
    validate({ params: translationLangParamsSchema, query: translatorFicheListQuerySchema }),
    async (req, res) => {
      const { lang } = input<LangParams>(req, 'params');
      res.json(await listTranslatorFiches(ctx(req), lang, input(req, 'query')));
    },
  );
  router.get(
    '/:lang/fiches/:ficheId',
    validate({ params: translationFicheParamsSchema }),
    async (req, res) => {
      const { lang, ficheId } = input<FicheParams>(req, 'params');
      res.json(await getTranslatorFiche(ctx(req), lang, ficheId));
    },
  );
  router.put(
    '/:lang/fiches/:ficheId/units/:unitId',
    validate({ params: translationUnitParamsSchema, body: saveUnitBodySchema }),
    async (req, res) => {
      const { lang, ficheId, unitId } = input<UnitParams>(req, 'params');
      res.json(await saveDraft(ctx(req), lang, ficheId, unitId, input(req, 'body')));
    },
  );
  const actions = {
    submit: [unitActionBodySchema, submitUnit],
    approve: [unitActionBodySchema, approveUnit],
    'request-changes': [requestUnitChangesBodySchema, requestUnitChanges],
  } as const;
  for (const [path, [body, run]] of Object.entries(actions)) {
    router.post(
      `/:lang/fiches/:ficheId/units/:unitId/${path}`,
      validate({ params: translationUnitParamsSchema, body }),
      async (req, res) => {
        const { lang, ficheId, unitId } = input<UnitParams>(req, 'params');
        const apply = run as (...a: unknown[]) => Promise<unknown>;
        res.json(await apply(ctx(req), lang, ficheId, unitId, input(req, 'body')));
      },
    );
  }
  router.post(
    '/:lang/fiches/:ficheId/machine',
    validate({ params: translationFicheParamsSchema, body: machineTranslateBodySchema }),
    async (req, res) => {
      const { lang, ficheId } = input<FicheParams>(req, 'params');
      res.json(await preTranslate(ctx(req), lang, ficheId, input(req, 'body')));
    },
  );

  router.get('/:lang/review', validate({ params: translationLangParamsSchema }), async (req, res) => {
    res.json(await reviewQueue(ctx(req), input<LangParams>(req, 'params').lang));
  });

  router.get(
    '/:lang/xliff',
    validate({ params: translationLangParamsSchema, query: xliffExportQuerySchema }),
    async (req, res) => {
      const { lang } = input<LangParams>(req, 'params');
      const { xml, filename } = await exportXliff(ctx(req), lang, input<XliffExportQuery>(req, 'query'));
      res.type('application/xliff+xml; charset=utf-8');
      res.set('Content-Disposition', `attachment; filename="${filename}"`);
      res.send(xml);
    },
  );
  router.post(
    '/:lang/xliff/preview',
    xmlBody,
    validate({ params: translationLangParamsSchema }),
    async (req, res) => {
      const { lang } = input<LangParams>(req, 'params');
      res.json(await previewXliff(ctx(req), lang, xliffInput(req).xml));
    },
  );
  router.post(
    '/:lang/xliff/apply',
    xmlBody,
    validate({ params: translationLangParamsSchema }),
    async (req, res) => {
      const { lang } = input<LangParams>(req, 'params');
      const { xml, units } = xliffInput(req);
      res.json(await applyXliff(ctx(req), lang, xml, units));
    },
  );
  return router;
}

/** Mounted at /api/v1/admin/translation-budget (admins): the monthly machine translation budget. */
export function translationBudgetRouter(config: Config): Router {
  const router = Router();
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  router.get('/', async (_req, res) => {
    res.json(await budgetInfo());
  });
  router.put('/', validate({ body: translationBudgetBodySchema }), async (req, res) => {
    res.json(await setBudget(contextOf(config, req), input(req, 'body')));
  });
  return router;
}
