/**
 * Stable error codes shared by the API and both UIs. The API answers
 * `{ "error": { "code", "message", "details"? } }`; the UIs show `errors.<CODE>` from locales/.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: 400,
  UNKNOWN_LANGUAGE: 400,
  INVALID_JSON: 400,
  WEAK_PASSWORD: 400,
  INVALID_TOKEN: 400,
  UNKNOWN_ORGANISATION: 400,
  INVALID_TOTP_CODE: 400,
  WRONG_PASSWORD: 400,
  /** A fiche cannot be submitted or published yet: `details.issues` lists what is missing (completeness.ts). */
  INCOMPLETE: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  TOTP_REQUIRED: 403,
  NOT_FOUND: 404,
  FICHE_NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_REVISION: 409,
  EMAIL_TAKEN: 409,
  TOTP_ALREADY_ENABLED: 409,
  TOTP_NOT_SET_UP: 409,
  SELF_LOCKOUT: 409,
  /** The workflow does not allow this action from the fiche's current status (`details.status`). */
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  DATABASE_UNAVAILABLE: 503,
  // --- themes and needs (back-office: admin.errors.<CODE>) ------------------------------------------------
  /** Fiches (draft or published, any status) still use this theme or one of its needs: `details.ficheCount`. */
  THEME_IN_USE: 409,
  /** Fiches (draft or published, any status) still use this need: `details.ficheCount`. */
  NEED_IN_USE: 409,
  /** The id asked for is already a theme's (`details.id`). */
  THEME_ID_TAKEN: 409,
  /** The id asked for is already a need's, in this theme or another one (`details.id`). */
  NEED_ID_TAKEN: 409,
  // --- translation (back-office: admin.translation.errors.<CODE>) ----------------------------------------
  /** No machine translation provider is configured (no DEEPL_API_KEY): the feature is hidden. */
  MACHINE_TRANSLATION_DISABLED: 404,
  MACHINE_TRANSLATION_UNSUPPORTED_LANGUAGE: 400,
  /** The machine translation lost links, URLs, callouts or list items: nothing of it was kept. */
  MACHINE_TRANSLATION_BROKE_STRUCTURE: 422,
  /** The provider failed or could not be reached (the characters were given back to the budget). */
  MACHINE_TRANSLATION_FAILED: 502,
  /** The monthly machine translation budget would be exceeded: `details` has limit, used and requested. */
  TRANSLATION_BUDGET_EXHAUSTED: 429,
  /** The French changed since this text was made: update it (the workspace shows the French diff). */
  TRANSLATION_SOURCE_CHANGED: 409,
  /** Only a text waiting for review can be approved or sent back. */
  TRANSLATION_NOT_IN_REVIEW: 409,
  /** Title and text are both needed before review. */
  TRANSLATION_INCOMPLETE: 400,
  /** The uploaded file is not XLIFF 2.0 we can read (`details.line` when known). */
  XLIFF_INVALID: 400,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The one error body shape every API error uses. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown; requestId?: string };
}

export function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    'error' in value &&
    typeof (value as { error: unknown }).error === 'object' &&
    typeof (value as ErrorBody).error?.code === 'string'
  );
}
