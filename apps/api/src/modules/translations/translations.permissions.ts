import type { PermissionSegment } from '../../permissions/types.js';

/** Languages are checked in the services: translators and reviewers only work in their own languages. */
const TRANSLATORS = ['translator', 'reviewer'] as const;
const REVIEWERS = ['reviewer'] as const;
/** XLIFF exchange: the language's translators, or editors and admins commissioning professional work. */
const EXCHANGE = ['translator', 'reviewer', 'editor', 'admin'] as const;
const BACK_OFFICE_READERS = ['admin', 'editor', 'translator', 'reviewer'] as const;

/** Translation workspaces, review, machine pre-translation, coverage, XLIFF, UI strings (modules/translations). */
export const translationsPermissions = {
  'GET /api/v1/translations/config': BACK_OFFICE_READERS,
  'GET /api/v1/translations/coverage': BACK_OFFICE_READERS,
  'GET /api/v1/translations/ui-strings': BACK_OFFICE_READERS,
  'GET /api/v1/translations/:lang/fiches': TRANSLATORS,
  'GET /api/v1/translations/:lang/fiches/:ficheId': TRANSLATORS,
  'PUT /api/v1/translations/:lang/fiches/:ficheId/units/:unitId': TRANSLATORS,
  'POST /api/v1/translations/:lang/fiches/:ficheId/units/:unitId/submit': TRANSLATORS,
  'POST /api/v1/translations/:lang/fiches/:ficheId/machine': TRANSLATORS,
  'GET /api/v1/translations/:lang/review': REVIEWERS,
  'POST /api/v1/translations/:lang/fiches/:ficheId/units/:unitId/approve': REVIEWERS,
  'POST /api/v1/translations/:lang/fiches/:ficheId/units/:unitId/request-changes': REVIEWERS,
  'GET /api/v1/translations/:lang/xliff': EXCHANGE,
  'POST /api/v1/translations/:lang/xliff/preview': EXCHANGE,
  'POST /api/v1/translations/:lang/xliff/apply': EXCHANGE,
  'GET /api/v1/admin/translation-budget': ['admin'],
  'PUT /api/v1/admin/translation-budget': ['admin'],
} as const satisfies PermissionSegment;
