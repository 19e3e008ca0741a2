import type { LocalesReport } from '@reperes/shared';
import { AppError } from '../../errors/app-error.js';
import { localesReport } from './locales-report.core.mjs';

/**
 * The UI strings report (scripts/locales-report.mjs), computed once when the app starts: the message files
 * ship with the code, so they only change with a deployment.
 */
export function loadLocalesReport(dir: string): () => LocalesReport {
  let report: LocalesReport | null = null;
  let failure: string | null = null;
  try {
    report = localesReport(dir);
  } catch (err) {
    failure = (err as Error).message;
  }
  return () => {
    if (!report)
      throw new AppError('NOT_FOUND', `The UI message files could not be read: ${failure ?? 'unknown'}.`);
    return report;
  };
}
