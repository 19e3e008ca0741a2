import type { RequestHandler } from 'express';
import { LANGUAGE_CODES, isLanguageCode } from '@reperes/shared';
import { AppError } from '../errors/app-error.js';

/** Rejects an unknown `lang` (query or route parameter) with the list of supported codes. */
export function checkLanguage(part: 'query' | 'params'): RequestHandler {
  return (req, _res, next) => {
    const source = req[part] as Record<string, unknown> | undefined;
    const lang = source?.lang;
    if (lang === undefined && part === 'query') return next();
    if (isLanguageCode(lang)) return next();
    next(
      new AppError(
        'UNKNOWN_LANGUAGE',
        `Unknown language ${JSON.stringify(lang)}. Supported: ${LANGUAGE_CODES.join(', ')}.`,
        { supported: LANGUAGE_CODES },
      ),
    );
  };
}
