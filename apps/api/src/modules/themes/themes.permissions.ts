import type { PermissionSegment } from '../../permissions/types.js';

/**
 * Theme and need administration (back-office): DIAIR admins and editors. The public list
 * (GET /api/v1/themes) is in permissions/segments/public.ts.
 */
const EDITORS = ['admin', 'editor'] as const;

export const themesPermissions = {
  'GET /api/v1/themes/admin': EDITORS,
  'POST /api/v1/themes': EDITORS,
  'PUT /api/v1/themes/order': EDITORS,
  'PATCH /api/v1/themes/:id': EDITORS,
  'DELETE /api/v1/themes/:id': EDITORS,
  'POST /api/v1/themes/:id/needs': EDITORS,
  'PUT /api/v1/themes/:id/needs/order': EDITORS,
  'PATCH /api/v1/themes/:id/needs/:needId': EDITORS,
  'DELETE /api/v1/themes/:id/needs/:needId': EDITORS,
  'POST /api/v1/themes/:id/needs/:needId/move': EDITORS,
} as const satisfies PermissionSegment;
