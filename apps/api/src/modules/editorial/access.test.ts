import { describe, expect, it } from 'vitest';
import type { FicheStatus, Role } from '@reperes/shared';
import {
  actionsFor,
  allowed,
  canEditFrench,
  canView,
  statusAfterSave,
  type Actor,
  type FicheAccessView,
} from './access.js';

const ORG = 'a'.repeat(24);
const OTHER_ORG = 'b'.repeat(24);
const actor = (roles: Role[], organisationIds: string[] = [], id = 'c'.repeat(24)): Actor => ({
  id,
  name: 'Test',
  roles,
  organisationIds,
});
const fiche = (over: Partial<FicheAccessView> = {}): FicheAccessView => ({
  status: 'draft',
  organisationId: ORG,
  hasPublished: false,
  isPublic: false,
  ...over,
});

describe('canEditFrench', () => {
  it('lets editors and admins edit every fiche', () => {
    expect(canEditFrench(actor(['editor']), fiche({ organisationId: OTHER_ORG }))).toBe(true);
    expect(canEditFrench(actor(['admin']), fiche({ organisationId: OTHER_ORG }))).toBe(true);
  });

  it('lets a contributor edit the fiches of their organisations and the ones they created, nothing else', () => {
    expect(canEditFrench(actor(['contributor'], [ORG]), fiche())).toBe(true);
    expect(canEditFrench(actor(['contributor'], [OTHER_ORG]), fiche())).toBe(false);
    const me = actor(['contributor'], []);
    expect(canEditFrench(me, fiche({ organisationId: undefined, createdBy: me.id }))).toBe(true);
    expect(canEditFrench(me, fiche({ organisationId: undefined, createdBy: 'd'.repeat(24) }))).toBe(false);
  });

  it('never lets translators or reviewers edit the French', () => {
    expect(canEditFrench(actor(['translator'], [ORG]), fiche())).toBe(false);
    expect(canEditFrench(actor(['reviewer'], [ORG]), fiche())).toBe(false);
  });
});

describe('canView', () => {
  it('shows translators only fiches that have a published version, and deleted fiches to editors only', () => {
    expect(canView(actor(['translator']), fiche())).toBe(false);
    expect(canView(actor(['translator']), fiche({ hasPublished: true }))).toBe(true);
    expect(canView(actor(['contributor'], [ORG]), fiche({ status: 'deleted' }))).toBe(false);
    expect(canView(actor(['editor']), fiche({ status: 'deleted' }))).toBe(true);
  });
});

describe('allowed', () => {
  const editor = actor(['editor']);
  const contributor = actor(['contributor'], [ORG]);

  it('follows the workflow: submit from draft, publish and request changes by editors only', () => {
    expect(allowed(contributor, 'submit', fiche())).toBe(true);
    expect(allowed(contributor, 'submit', fiche({ status: 'in_review' }))).toBe(false);
    expect(allowed(contributor, 'publish', fiche({ status: 'in_review' }))).toBe(false);
    expect(allowed(editor, 'publish', fiche({ status: 'in_review' }))).toBe(true);
    expect(allowed(editor, 'publish', fiche({ status: 'draft' }))).toBe(true);
    expect(allowed(editor, 'requestChanges', fiche({ status: 'draft' }))).toBe(false);
    expect(allowed(editor, 'requestChanges', fiche({ status: 'in_review' }))).toBe(true);
  });

  it('unpublishes only what readers see, and restores only archived or deleted fiches', () => {
    expect(allowed(editor, 'unpublish', fiche({ status: 'draft', hasPublished: true, isPublic: true }))).toBe(
      true,
    );
    expect(allowed(editor, 'unpublish', fiche({ status: 'draft' }))).toBe(false);
    const statuses: FicheStatus[] = ['draft', 'in_review', 'published', 'unpublished', 'archived', 'deleted'];
    expect(statuses.filter((status) => allowed(editor, 'restore', fiche({ status })))).toEqual([
      'archived',
      'deleted',
    ]);
  });

  it('lets a contributor delete their never-published draft but not a published fiche', () => {
    expect(allowed(contributor, 'delete', fiche())).toBe(true);
    expect(allowed(contributor, 'delete', fiche({ hasPublished: true }))).toBe(false);
    expect(actionsFor(contributor, fiche({ status: 'archived' }))).toEqual({
      edit: false,
      submit: false,
      publish: false,
      requestChanges: false,
      unpublish: false,
      archive: false,
      delete: false,
      restore: false,
    });
  });
});

describe('statusAfterSave', () => {
  it('starts a new draft when a published fiche is edited, and keeps a review open only for editors', () => {
    expect(statusAfterSave(actor(['contributor']), 'published')).toBe('draft');
    expect(statusAfterSave(actor(['contributor']), 'in_review')).toBe('draft');
    expect(statusAfterSave(actor(['editor']), 'in_review')).toBe('in_review');
  });
});
