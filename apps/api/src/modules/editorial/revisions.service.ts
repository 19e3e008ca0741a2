import type { AdminFiche, Revision, RevisionSummary } from '@reperes/shared';
import { diffFicheContent, type FicheDiff } from '@reperes/shared/diff';
import { AppError } from '../../errors/app-error.js';
import { FicheModel, searchTextOf, type FicheDoc } from '../fiches/fiche.model.js';
import { canEditFrench, statusAfterSave } from './access.js';
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
import { RevisionModel, type RevisionDoc } from './revision.model.js';

const summary = (r: RevisionDoc): RevisionSummary => ({
  number: r.number,
  event: r.event,
  status: r.status,
  ...(r.authorId ? { author: { id: String(r.authorId), name: r.authorName ?? '' } } : {}),
  at: r.at.toISOString(),
  ...(r.comment ? { comment: r.comment } : {}),
  ...(r.restoredFrom ? { restoredFrom: r.restoredFrom } : {}),
});

/** The history of a fiche, newest first (without the content snapshots). */
export async function listRevisions(
  ctx: EditorialContext,
  id: string,
): Promise<{ items: RevisionSummary[] }> {
  const fiche = await loadVisible(ctx.actor, id);
  const rows = await RevisionModel.find({ ficheId: fiche._id }, { content: 0 })
    .sort({ number: -1 })
    .lean<RevisionDoc[]>();
  return { items: rows.map(summary) };
}

async function findRevision(fiche: FicheDoc, number: number): Promise<RevisionDoc> {
  const rev = await RevisionModel.findOne({ ficheId: fiche._id, number }).lean<RevisionDoc>();
  if (!rev) throw new AppError('NOT_FOUND', `This fiche has no revision ${number}.`, { number });
  return rev;
}

export async function getRevision(ctx: EditorialContext, id: string, number: number): Promise<Revision> {
  const fiche = await loadVisible(ctx.actor, id);
  const rev = await findRevision(fiche, number);
  return { ...summary(rev), content: rev.content };
}

/**
 * Section-aware word-level diff between two revisions (shared/src/diff.ts). Defaults: `to` the latest
 * revision, `from` the one before `to`.
 */
export async function diffRevisions(
  ctx: EditorialContext,
  id: string,
  q: { from?: number; to?: number },
): Promise<{ from: RevisionSummary; to: RevisionSummary; diff: FicheDiff }> {
  const fiche = await loadVisible(ctx.actor, id);
  const to = q.to
    ? await findRevision(fiche, q.to)
    : await RevisionModel.findOne({ ficheId: fiche._id }).sort({ number: -1 }).lean<RevisionDoc>();
  if (!to) throw new AppError('NOT_FOUND', 'This fiche has no revisions yet.');
  const fromNumber = q.from ?? to.number - 1;
  const from = fromNumber >= 1 ? await findRevision(fiche, fromNumber) : to;
  return { from: summary(from), to: summary(to), diff: diffFicheContent(from.content, to.content) };
}

/** Brings back the content of an older revision as a new draft revision (history is never rewritten). */
export async function restoreRevision(
  ctx: EditorialContext,
  id: string,
  number: number,
  body: { revision?: number },
): Promise<AdminFiche> {
  const { actor } = ctx;
  const fiche = await loadVisible(actor, id);
  if (!canEditFrench(actor, accessView(fiche)))
    throw new AppError('FORBIDDEN', 'You cannot edit this fiche.', { id });
  if (fiche.status === 'archived' || fiche.status === 'deleted')
    throw new AppError('INVALID_TRANSITION', 'Restore this fiche before editing it.', {
      status: fiche.status,
    });
  if (body.revision !== undefined && body.revision !== fiche.revision) throw staleRevision(fiche);
  const source = await findRevision(fiche, number);
  const updated = await FicheModel.findOneAndUpdate(
    { _id: fiche._id, revision: fiche.revision, status: fiche.status },
    {
      $set: {
        draft: source.content,
        status: statusAfterSave(actor, fiche.status),
        searchText: searchTextOf(fiche.slug, source.content),
        updatedBy: personOf(actor),
      },
      $inc: { revision: 1 },
    },
    { returnDocument: 'after' },
  ).lean<FicheDoc>();
  if (!updated) throw staleRevision(await loadFiche(id));
  await recordRevision(
    { ficheId: updated._id, number: updated.revision, content: updated.draft, status: updated.status },
    'restored',
    actor,
    { restoredFrom: number },
  );
  await ctx.audit('fiche.revision_restored', id, { restoredFrom: number, revision: updated.revision });
  return toAdminFiche(actor, updated);
}
