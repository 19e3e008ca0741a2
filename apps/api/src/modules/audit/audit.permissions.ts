import type { PermissionSegment } from '../../permissions/types.js';

export const auditPermissions = {
  'GET /api/v1/admin/audit': ['admin', 'editor'],
} as const satisfies PermissionSegment;
