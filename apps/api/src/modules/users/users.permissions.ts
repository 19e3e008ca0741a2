import type { PermissionSegment } from '../../permissions/types.js';

/** Accounts and invitations: admins manage them; editors may look people up. */
export const usersPermissions = {
  'GET /api/v1/admin/users': ['admin', 'editor'],
  'GET /api/v1/admin/users/:id': ['admin', 'editor'],
  'PATCH /api/v1/admin/users/:id': ['admin'],
  'POST /api/v1/admin/users/:id/deactivate': ['admin'],
  'POST /api/v1/admin/users/:id/reactivate': ['admin'],
  'POST /api/v1/admin/users/:id/totp/reset': ['admin'],
  'POST /api/v1/admin/users/invite': ['admin'],
  'GET /api/v1/admin/invites': ['admin'],
  'DELETE /api/v1/admin/invites/:id': ['admin'],
} as const satisfies PermissionSegment;
