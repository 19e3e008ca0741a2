import type { AuthUser, FicheActions, FicheStatus } from '@reperes/shared';

/** The signed-in person as the editorial services need them. */
export type Actor = Pick<AuthUser, 'id' | 'name' | 'roles' | 'organisationIds'>;

/** What the rules look at in a fiche (ids as strings). */
export interface FicheAccessView {
  status: FicheStatus;
  organisationId?: string;
  createdBy?: string;
  /** Has a published version (public or withdrawn). */
  hasPublished: boolean;
  /** Readers see the published version now. */
  isPublic: boolean;
}

/** Editors (the DIAIR team) and admins approve and edit every fiche. */
export const isEditor = (a: Pick<Actor, 'roles'>) => a.roles.includes('editor') || a.roles.includes('admin');

/**
 * Editing the French content: editors and admins everything; a contributor the fiches of their
 * organisations and the ones they created; translators and reviewers never (they translate).
 */
export function canEditFrench(a: Actor, f: Pick<FicheAccessView, 'organisationId' | 'createdBy'>): boolean {
  if (isEditor(a)) return true;
  if (!a.roles.includes('contributor')) return false;
  return (
    (f.organisationId !== undefined && a.organisationIds.includes(f.organisationId)) || f.createdBy === a.id
  );
}

/** Reading a fiche in the back-office: whoever may edit it, plus translators and reviewers for fiches that
 * have a published version (the French they translate). Deleted fiches: editors only. */
export function canView(a: Actor, f: FicheAccessView): boolean {
  if (isEditor(a)) return true;
  if (f.status === 'deleted') return false;
  if (canEditFrench(a, f)) return true;
  return (a.roles.includes('translator') || a.roles.includes('reviewer')) && f.hasPublished;
}

/** The statuses each action starts from; the service guards its update with the same list. */
export const TRANSITIONS = {
  save: ['draft', 'in_review', 'published', 'unpublished'],
  submit: ['draft', 'unpublished'],
  publish: ['draft', 'in_review', 'unpublished'],
  requestChanges: ['in_review'],
  unpublish: ['draft', 'in_review', 'published'],
  archive: ['draft', 'in_review', 'published', 'unpublished'],
  delete: ['draft', 'in_review', 'published', 'unpublished', 'archived'],
  restore: ['archived', 'deleted'],
} as const satisfies Record<string, readonly FicheStatus[]>;
export type Action = keyof typeof TRANSITIONS;

const from = (action: Action, status: FicheStatus) =>
  (TRANSITIONS[action] as readonly FicheStatus[]).includes(status);

/** Whether the person's roles (and, for a contributor, the fiche being theirs) let them attempt `action`. */
export function mayAttempt(a: Actor, action: Action, f: FicheAccessView): boolean {
  switch (action) {
    case 'save':
    case 'submit':
      return canEditFrench(a, f);
    case 'delete':
      // A contributor may throw away their own draft that was never published.
      return isEditor(a) || (canEditFrench(a, f) && !f.hasPublished);
    case 'publish':
    case 'requestChanges':
    case 'unpublish':
    case 'archive':
    case 'restore':
      return isEditor(a);
  }
}

/** Whether `a` may do `action` on the fiche in its current state (role and status). */
export function allowed(a: Actor, action: Action, f: FicheAccessView): boolean {
  if (!mayAttempt(a, action, f) || !from(action, f.status)) return false;
  if (action === 'unpublish') return f.isPublic;
  if (action === 'delete' && !isEditor(a)) return f.status === 'draft';
  return true;
}

/** Every action, for the back-office to show only the buttons that will work. */
export function actionsFor(a: Actor, f: FicheAccessView): FicheActions {
  return {
    edit: allowed(a, 'save', f),
    submit: allowed(a, 'submit', f),
    publish: allowed(a, 'publish', f),
    requestChanges: allowed(a, 'requestChanges', f),
    unpublish: allowed(a, 'unpublish', f),
    archive: allowed(a, 'archive', f),
    delete: allowed(a, 'delete', f),
    restore: allowed(a, 'restore', f),
  };
}

/**
 * Status of the working copy after a save: editing a published or unpublished fiche starts a new draft
 * (the published version stays as it is); an editor fixing a fiche under review keeps it in review, while
 * a contributor's change withdraws it from review (they resubmit when ready).
 */
export function statusAfterSave(a: Actor, status: FicheStatus): FicheStatus {
  if (status === 'in_review' && isEditor(a)) return 'in_review';
  return 'draft';
}
