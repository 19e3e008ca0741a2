import type { PermissionSegment } from '../types.js';

/** The reader API: public, cacheable, no account. (POST /api/v1/feedback goes here once it exists.) */
export const publicPermissions = {
  'GET /api/v1/health': 'public',
  'GET /api/v1/health/live': 'public',
  'GET /api/v1/health/ready': 'public',
  'GET /api/v1/openapi.json': 'public',
  'GET /api/v1/languages': 'public',
  'GET /api/v1/themes': 'public',
  'GET /api/v1/fiches': 'public',
  'GET /api/v1/fiches/:slug': 'public',
  'GET /api/v1/packs/:lang/manifest': 'public',
  'POST /api/v1/packs/:lang/sync': 'public',
} as const satisfies PermissionSegment;
