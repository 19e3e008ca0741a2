import type { PermissionSegment } from '../../permissions/types.js';

/**
 * Development only (the route is not registered when NODE_ENV=production): the back-office's sign-in page
 * links to it so a developer can open invite and reset mails without an SMTP server.
 */
export const mailPermissions = {
  'GET /api/v1/dev/mail': 'public',
} as const satisfies PermissionSegment;
