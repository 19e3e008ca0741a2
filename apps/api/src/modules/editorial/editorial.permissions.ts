import type { PermissionSegment } from '../../permissions/types.js';

const EDITORS = ['admin', 'editor'] as const;
/** May write French content (services narrow contributors to their organisations' and their own fiches). */
const WRITERS = ['admin', 'editor', 'contributor'] as const;
/** May read French content in the back-office (translators and reviewers: fiches with a published version). */
const READERS = ['admin', 'editor', 'contributor', 'translator', 'reviewer'] as const;

/** Fiche editing, workflow, revisions, presence, dashboard (modules/editorial) and reader feedback (modules/feedback). */
export const editorialPermissions = {
  'POST /api/v1/admin/fiches': WRITERS,
  'GET /api/v1/admin/fiches': READERS,
  'GET /api/v1/admin/fiches/:id': READERS,
  'PUT /api/v1/admin/fiches/:id': WRITERS,
  'DELETE /api/v1/admin/fiches/:id': WRITERS,
  'POST /api/v1/admin/fiches/:id/submit': WRITERS,
  'POST /api/v1/admin/fiches/:id/publish': EDITORS,
  'POST /api/v1/admin/fiches/:id/request-changes': EDITORS,
  'POST /api/v1/admin/fiches/:id/unpublish': EDITORS,
  'POST /api/v1/admin/fiches/:id/archive': EDITORS,
  'POST /api/v1/admin/fiches/:id/restore': EDITORS,
  'GET /api/v1/admin/fiches/:id/revisions': READERS,
  'GET /api/v1/admin/fiches/:id/revisions/:number': READERS,
  'POST /api/v1/admin/fiches/:id/revisions/:number/restore': WRITERS,
  'GET /api/v1/admin/fiches/:id/diff': READERS,
  'POST /api/v1/admin/fiches/:id/presence': WRITERS,
  'DELETE /api/v1/admin/fiches/:id/presence': WRITERS,
  'GET /api/v1/admin/dashboard': EDITORS,
  'POST /api/v1/admin/dashboard/stale-reminders': EDITORS,
  'POST /api/v1/feedback': 'public',
  'GET /api/v1/admin/feedback': EDITORS,
  'PATCH /api/v1/admin/feedback/:id': EDITORS,
} as const satisfies PermissionSegment;
