import { checkCompleteness, type AdminFiche, type FicheStatus, type RevisionEvent } from '@reperes/shared';
import { AppError } from '../../errors/app-error.js';
import { FicheModel, type FicheDoc } from '../fiches/fiche.model.js';
import { publishFiche, rebuildResolved } from '../fiches/publish.service.js';
import { allowed, mayAttempt, TRANSITIONS, type Action } from './access.js';
import type { EditorialContext } from './context.js';
import {
  accessView,
  loadFiche,
  loadVisible,
  personOf,
  recordRevision,
  staleRevision,
  toAdminFiche,
} from './editorial.service.js';
import { notifyTransition } from './notify.js';

/** 403 when the person may never do this to this fiche, 409 INVALID_TRANSITION when its state forbids it. */
function assertAllowed(ctx: EditorialContext, action: Action, fiche: FicheDoc): void {
  const view = accessView(fiche);
  if (allowed(ctx.actor, action, view)) return;
  if (!mayAttempt(ctx.actor, action, view))
    throw new AppError('FORBIDDEN', 'You cannot do this on this fiche.', { action });
  throw new AppError('INVALID_TRANSITION', `Cannot ${action} a fiche that is ${fiche.status}.`, {
    action,
    status: fiche.status,
  });
}

function assertRevision(fiche: FicheDoc, revision: number | undefined): void {
  if (revision !== undefined && revision !== fiche.revision) throw staleRevision(fiche);
}

function assertComplete(fiche: FicheDoc): void {
  const { complete, issues } = checkCompleteness(fiche.draft);
  if (!complete) throw new AppError('INCOMPLETE', 'The fiche is not complete yet.', { issues });
}

interface Step {
  action: Action;
  event: RevisionEvent;
  to: FicheStatus;
  set?: Record<string, unknown>;
  unset?: string[];
  comment?: string;
}

/**
 * Applies one workflow step with a guarded single-document update: the fiche must still be at the revision
 * and status we checked. Of two concurrent transitions, one wins; the other gets 409 (none is lost).
 * Then: the revision, the audit entry, the reader documents and the emails.
 */
async function step(ctx: EditorialContext, fiche: FicheDoc, s: Step): Promise<AdminFiche> {
  const updated = await FicheModel.findOneAndUpdate(
    { _id: fiche._id, revision: fiche.revision, status: { $in: TRANSITIONS[s.action] } },
    {
      $set: { ...s.set, status: s.to, updatedBy: personOf(ctx.actor) },
      ...(s.unset?.length ? { $unset: Object.fromEntries(s.unset.map((k) => [k, 1])) } : {}),
      $inc: { revision: 1 },
    },
    { returnDocument: 'after' },
  ).lean<FicheDoc>();
  if (!updated) {
    const current = await loadFiche(String(fiche._id));
    if (!(TRANSITIONS[s.action] as readonly FicheStatus[]).includes(current.status))
      throw new AppError('INVALID_TRANSITION', `Cannot ${s.action} a fiche that is ${current.status}.`, {
        action: s.action,
        status: current.status,
      });
    throw staleRevision(current);
  }
  await after(ctx, fiche, updated, s.event, s.comment);
  return toAdminFiche(ctx.actor, updated);
}

async function after(
  ctx: EditorialContext,
  before: FicheDoc,
  updated: FicheDoc,
  event: RevisionEvent,
  comment?: string,
): Promise<void> {
  const id = String(updated._id);
  await recordRevision(
    { ficheId: updated._id, number: updated.revision, content: updated.draft, status: updated.status },
    event,
    ctx.actor,
    comment ? { comment } : {},
  );
  await ctx.audit(`fiche.${event}`, id, {
    from: before.status,
    to: updated.status,
    revision: updated.revision,
    ...(comment ? { comment } : {}),
  });
  // Readers must stop (or start) seeing it at once.
  if (accessView(before).isPublic !== accessView(updated).isPublic) await rebuildResolved(id);
  await notifyTransition(ctx, updated, event, comment);
}

/** draft → in review, once complete (INCOMPLETE lists what is missing). */
export async function submitFiche(
  ctx: EditorialContext,
  id: string,
  body: { revision?: number; comment?: string },
) {
  const fiche = await loadVisible(ctx.actor, id);
  assertAllowed(ctx, 'submit', fiche);
  assertRevision(fiche, body.revision);
  assertComplete(fiche);
  return step(ctx, fiche, {
    action: 'submit',
    event: 'submitted',
    to: 'in_review',
    set: { submittedAt: new Date() },
    unset: ['reviewComment'],
    ...(body.comment ? { comment: body.comment } : {}),
  });
}

/** In review → draft, with the editor's comment for the author. */
export async function requestChanges(
  ctx: EditorialContext,
  id: string,
  body: { revision?: number; comment: string },
) {
  const fiche = await loadVisible(ctx.actor, id);
  assertAllowed(ctx, 'requestChanges', fiche);
  assertRevision(fiche, body.revision);
  return step(ctx, fiche, {
    action: 'requestChanges',
    event: 'changes_requested',
    to: 'draft',
    set: { reviewComment: body.comment },
    unset: ['submittedAt'],
    comment: body.comment,
  });
}

/**
 * Publishes the draft (editors; from review, or directly from draft). The published version replaces the
 * previous one for readers at once; `minor` keeps the translations of changed items up to date.
 */
export async function publish(
  ctx: EditorialContext,
  id: string,
  body: { minor?: boolean; revision?: number; comment?: string },
): Promise<AdminFiche> {
  const fiche = await loadVisible(ctx.actor, id);
  assertAllowed(ctx, 'publish', fiche);
  assertRevision(fiche, body.revision);
  assertComplete(fiche);
  const minor = Boolean(body.minor) && Boolean(fiche.published);
  // publishFiche's update is guarded by this revision: a save or transition since our read makes it fail.
  await publishFiche(fiche._id, { minor, expectedRevision: fiche.revision, by: personOf(ctx.actor) }).catch(
    async (err: unknown) => {
      if (err instanceof AppError && err.code === 'STALE_REVISION') throw staleRevision(await loadFiche(id));
      throw err;
    },
  );
  const number = fiche.revision + 1;
  await FicheModel.updateOne(
    { _id: fiche._id, revision: number },
    { $unset: { submittedAt: 1, reviewComment: 1 } },
    { timestamps: false },
  );
  const event: RevisionEvent = minor ? 'published_minor' : 'published';
  await recordRevision(
    { ficheId: fiche._id, number, content: fiche.draft, status: 'published' },
    event,
    ctx.actor,
    {
      ...(body.comment ? { comment: body.comment } : {}),
    },
  );
  await ctx.audit(`fiche.${event}`, id, { from: fiche.status, to: 'published', revision: number, minor });
  const published = await loadFiche(id);
  await notifyTransition(ctx, published, event, body.comment);
  return toAdminFiche(ctx.actor, published);
}

type Simple = { revision?: number; comment?: string };

/** Takes the published version offline; the draft stays. */
export async function unpublish(ctx: EditorialContext, id: string, body: Simple) {
  const fiche = await loadVisible(ctx.actor, id);
  assertAllowed(ctx, 'unpublish', fiche);
  assertRevision(fiche, body.revision);
  return step(ctx, fiche, {
    action: 'unpublish',
    event: 'unpublished',
    to: 'unpublished',
    set: { 'published.withdrawnAt': new Date() },
    ...(body.comment ? { comment: body.comment } : {}),
  });
}

const withdraw = (fiche: FicheDoc) =>
  fiche.published && !fiche.published.withdrawnAt ? { 'published.withdrawnAt': new Date() } : {};

export async function archive(ctx: EditorialContext, id: string, body: Simple) {
  const fiche = await loadVisible(ctx.actor, id);
  assertAllowed(ctx, 'archive', fiche);
  assertRevision(fiche, body.revision);
  return step(ctx, fiche, {
    action: 'archive',
    event: 'archived',
    to: 'archived',
    set: withdraw(fiche),
    ...(body.comment ? { comment: body.comment } : {}),
  });
}

/** Soft delete: hidden from lists and readers, kept with its history; an editor can restore it. */
export async function softDelete(ctx: EditorialContext, id: string, body: Simple) {
  const fiche = await loadVisible(ctx.actor, id);
  assertAllowed(ctx, 'delete', fiche);
  assertRevision(fiche, body.revision);
  return step(ctx, fiche, {
    action: 'delete',
    event: 'deleted',
    to: 'deleted',
    set: withdraw(fiche),
    ...(body.comment ? { comment: body.comment } : {}),
  });
}

/** Archived or deleted → draft. A previously published version stays offline until published again. */
export async function restore(ctx: EditorialContext, id: string, body: Simple) {
  const fiche = await loadVisible(ctx.actor, id);
  assertAllowed(ctx, 'restore', fiche);
  assertRevision(fiche, body.revision);
  return step(ctx, fiche, {
    action: 'restore',
    event: 'restored',
    to: 'draft',
    ...(body.comment ? { comment: body.comment } : {}),
  });
}
