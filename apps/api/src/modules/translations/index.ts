import type { Router } from 'express';
import type { Config } from '../../config.js';
import { configureMachineTranslation } from './machine/machine.service.js';
import { translationBudgetRouter, translationsRouter } from './translations.router.js';

export { setTranslationProvider, type TranslationProvider } from './machine/provider.js';

/** Mounts the translation API on the /api/v1 router: /translations/… and /admin/translation-budget. */
export function mountTranslations(api: Router, config: Config): void {
  configureMachineTranslation(config);
  api.use('/translations', translationsRouter(config));
  api.use('/admin/translation-budget', translationBudgetRouter(config));
}
