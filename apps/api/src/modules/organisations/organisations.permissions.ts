import type { PermissionSegment } from '../../permissions/types.js';

export const organisationsPermissions = {
  /** Names and ids, for every back-office person (pickers, "my organisation"). */
  'GET /api/v1/organisations': 'authenticated',
  'GET /api/v1/admin/organisations/:id': ['admin', 'editor'],
  'POST /api/v1/admin/organisations': ['admin'],
  'PATCH /api/v1/admin/organisations/:id': ['admin'],
} as const satisfies PermissionSegment;
