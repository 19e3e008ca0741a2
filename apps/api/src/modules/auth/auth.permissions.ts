import type { PermissionSegment, RouteKey } from '../../permissions/types.js';

export const authPermissions = {
  // Public: they work without a session, or with a session that is not complete yet.
  'GET /api/v1/auth/session': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': 'public',
  'POST /api/v1/auth/totp/verify': 'public',
  'POST /api/v1/auth/invite/accept': 'public',
  'POST /api/v1/auth/password-reset/request': 'public',
  'POST /api/v1/auth/password-reset/confirm': 'public',
  // Signed in.
  'POST /api/v1/auth/totp/setup': 'authenticated',
  'POST /api/v1/auth/totp/enable': 'authenticated',
  'POST /api/v1/auth/password': 'authenticated',
  'GET /api/v1/auth/sessions': 'authenticated',
  'DELETE /api/v1/auth/sessions/:id': 'authenticated',
} as const satisfies PermissionSegment;

/**
 * What a session of a privileged role (admin, editor, reviewer) without TOTP may still call; everything
 * else that needs a signed-in person answers 403 TOTP_REQUIRED. Public routes stay public.
 */
export const ALLOWED_DURING_TOTP_ENROLMENT: ReadonlySet<RouteKey> = new Set<RouteKey>([
  'POST /api/v1/auth/totp/setup',
  'POST /api/v1/auth/totp/enable',
]);
