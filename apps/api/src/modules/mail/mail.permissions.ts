import type { PermissionSegment } from '../../permissions/types.js';

/**
 * Registered only when DEV_MAIL_PAGE is on (development, or the single-machine `npm start` without SMTP on a
 * loopback address): the back-office's sign-in page links to it so invite and reset mails can be opened
 * without an SMTP server.
 */
export const mailPermissions = {
  'GET /api/v1/dev/mail': 'public',
} as const satisfies PermissionSegment;
