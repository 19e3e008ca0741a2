import { Types } from 'mongoose';
import {
  checkCompleteness,
  type AdminFiche,
  type PresenceEntry,
  type AdminFicheList,
  type AdminFicheListQuery,
  type AdminFicheSummary,
  type FicheContent,
  type FicheStatus,
  type PersonRef,
  type RevisionEvent,
  type StaleRevisionDetails,
} from '@reperes/shared';
import { deepEqual } from '@reperes/shared/diff';
import { AppError } from '../../errors/app-error.js';
import { FicheModel, normalizeSearch, searchTextOf, type FicheDoc } from '../fiches/fiche.model.js';
import { isPublic } from '../fiches/publish.service.js';
import { OrganisationModel } from '../organisations/organisation.model.js';
import {
  actionsFor,
  canEditFrench,
  canView,
  isEditor,
  statusAfterSave,
  type Actor,
  type FicheAccessView,
} from './access.js';
import type { EditorialContext } from './context.js';
import { activeEditors, forget, recordHeartbeat } from './presence.service.js';
import { RevisionModel } from './revision.model.js';
import { escapeRegex, slugCandidate, slugify } from './slug.js';

const DAY = 86_400_000;
const DUPLICATE_KEY = 11000;

export const isDuplicateKey = (err: unknown) => (err as { code?: number } | null)?.code === DUPLICATE_KEY;

export function ageDays(updatedAt: Date, now = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - updatedAt.getTime()) / DAY));
}

export function accessView(f: FicheDoc): FicheAccessView {
  return {
    status: f.status,
    ...(f.organisationId ? { organisationId: String(f.organisationId) } : {}),
    ...(f.createdBy ? { createdBy: String(f.createdBy) } : {}),
    hasPublished: Boolean(f.published),
    isPublic: isPublic(f),
  };
}

export const hasUnpublishedChanges = (f: Pick<FicheDoc, 'draft' | 'published'>) =>
  Boolean(f.published) && !deepEqual(f.draft, f.published?.content);

export const personOf = (a: Actor) => ({ id: new Types.ObjectId(a.id), name: a.name });
const personRef = (p?: { id: Types.ObjectId; name: string }): PersonRef | undefined =>
  p ? { id: String(p.id), name: p.name } : undefined;

export async function loadFiche(id: string): Promise<FicheDoc> {
  const fiche = await FicheModel.findById(id).lean<FicheDoc>();
  if (!fiche) throw new AppError('FICHE_NOT_FOUND', 'This fiche does not exist.', { id });
  return fiche;
}

/** Loads a fiche the actor may see (404 when missing, 403 when not theirs). */
export async function loadVisible(actor: Actor, id: string): Promise<FicheDoc> {
  const fiche = await loadFiche(id);
  if (!canView(actor, accessView(fiche)))
    throw new AppError('FORBIDDEN', 'You cannot open this fiche.', { id });
  return fiche;
}

/** 409 STALE_REVISION carrying the version now stored, for the back-office to show side by side. */
export function staleRevision(current: FicheDoc): AppError {
  const details: StaleRevisionDetails = {
    revision: current.revision,
    status: current.status,
    content: current.draft,
    ...(current.updatedBy ? { savedBy: personRef(current.updatedBy) } : {}),
    savedAt: current.updatedAt.toISOString(),
  };
  return new AppError(
    'STALE_REVISION',
    current.updatedBy
      ? `${current.updatedBy.name} changed this fiche since you opened it.`
      : 'This fiche changed since you opened it.',
    details,
  );
}

/** Appends the immutable revision that a successful update of the fiche just produced. */
export async function recordRevision(
  rev: { ficheId: Types.ObjectId; number: number; content: FicheContent; status: FicheStatus },
  event: RevisionEvent,
  actor: Actor,
  extra: { comment?: string; restoredFrom?: number; at?: Date } = {},
): Promise<void> {
  await RevisionModel.create({
    ficheId: rev.ficheId,
    number: rev.number,
    event,
    content: rev.content,
    status: rev.status,
    authorId: new Types.ObjectId(actor.id),
    authorName: actor.name,
    at: extra.at ?? new Date(),
    ...(extra.comment ? { comment: extra.comment } : {}),
    ...(extra.restoredFrom ? { restoredFrom: extra.restoredFrom } : {}),
  });
}

export async function toAdminFiche(
  actor: Actor,
  f: FicheDoc,
  now = new Date(),
  others?: PresenceEntry[],
): Promise<AdminFiche> {
  const editors = others ?? (await activeEditors(String(f._id), actor.id, now));
  const view = accessView(f);
  return {
    id: String(f._id),
    slug: f.slug,
    status: f.status,
    ...(f.organisationId ? { organisationId: String(f.organisationId) } : {}),
    revision: f.revision,
    content: f.draft,
    ...(f.published
      ? {
          published: {
            revision: f.published.revision,
            publishedAt: f.published.publishedAt.toISOString(),
            ...(f.published.withdrawnAt ? { withdrawnAt: f.published.withdrawnAt.toISOString() } : {}),
          },
        }
      : {}),
    isPublic: view.isPublic,
    hasUnpublishedChanges: hasUnpublishedChanges(f),
    completeness: checkCompleteness(f.draft),
    ...(f.reviewComment ? { reviewComment: f.reviewComment } : {}),
    ...(f.submittedAt ? { submittedAt: f.submittedAt.toISOString() } : {}),
    ...(f.createdBy ? { createdBy: String(f.createdBy) } : {}),
    ...(f.updatedBy ? { updatedBy: personRef(f.updatedBy) } : {}),
    editors,
    actions: actionsFor(actor, view),
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}

async function organisationFor(
  actor: Actor,
  requested: string | undefined,
): Promise<Types.ObjectId | undefined> {
  if (requested) {
    if (!isEditor(actor) && !actor.organisationIds.includes(requested))
      throw new AppError('FORBIDDEN', 'You can only create fiches for your own organisations.');
    if (!(await OrganisationModel.exists({ _id: requested })))
      throw new AppError('NOT_FOUND', 'This organisation does not exist.', { organisationId: requested });
    return new Types.ObjectId(requested);
  }
  // A contributor's fiche belongs to their organisation; editors' fiches belong to none until they say so.
  const first = isEditor(actor) ? undefined : actor.organisationIds[0];
  return first ? new Types.ObjectId(first) : undefined;
}

/** Creates a draft (revision 1, event `created`); its slug comes from the title and is unique. */
export async function createFiche(
  ctx: EditorialContext,
  input: { content: FicheContent; organisationId?: string },
): Promise<AdminFiche> {
  const { actor } = ctx;
  if (!isEditor(actor) && !actor.roles.includes('contributor'))
    throw new AppError('FORBIDDEN', 'Only contributors and editors write fiches.');
  const organisationId = await organisationFor(actor, input.organisationId);
  const base = slugify(input.content.title);
  const fiche = await insertWithFreeSlug(base, (slug) => ({
    slug,
    status: 'draft',
    revision: 1,
    draft: input.content,
    ...(organisationId ? { organisationId } : {}),
    createdBy: new Types.ObjectId(actor.id),
    updatedBy: personOf(actor),
    searchText: searchTextOf(slug, input.content),
  }));
  await recordRevision(
    { ficheId: fiche._id, number: 1, content: fiche.draft, status: 'draft' },
    'created',
    actor,
  );
  await ctx.audit('fiche.create', String(fiche._id), { slug: fiche.slug });
  // Nobody else can have a fiche open that did not exist a moment ago.
  return toAdminFiche(actor, fiche, new Date(), []);
}

/**
 * Inserts with the first free slug among `base`, `base-2`, `base-3`… The unique index decides: a title used
 * for the first time costs one insert; on a collision, the taken candidates are read and the next tried.
 */
async function insertWithFreeSlug(base: string, doc: (slug: string) => Partial<FicheDoc>): Promise<FicheDoc> {
  const taken = new Set<string>();
  let n = 1;
  for (let attempt = 0; attempt < 20; attempt++) {
    while (taken.has(slugCandidate(base, n))) n += 1;
    const slug = slugCandidate(base, n);
    try {
      const [created] = await FicheModel.create([doc(slug)]);
      return created!.toObject() as FicheDoc;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      taken.add(slug);
      const similar = await FicheModel.find(
        { slug: { $regex: `^${escapeRegex(base)}(-\\d+)?$` } },
        { slug: 1 },
      ).lean<{ slug: string }[]>();
      for (const f of similar) taken.add(f.slug);
    }
  }
  throw new AppError('CONFLICT', 'Could not find a free address for this title; change the title slightly.');
}

export async function getFiche(ctx: EditorialContext, id: string): Promise<AdminFiche> {
  return toAdminFiche(ctx.actor, await loadVisible(ctx.actor, id));
}

/**
 * Saves the draft. Guarded by the revision the edit was based on: of many saves from the same revision,
 * exactly one wins; the others get 409 STALE_REVISION with the version now stored.
 */
export async function saveFiche(
  ctx: EditorialContext,
  id: string,
  input: { revision: number; content: FicheContent },
): Promise<AdminFiche> {
  const { actor } = ctx;
  for (let attempt = 0; attempt < 3; attempt++) {
    const fiche = await loadVisible(actor, id);
    if (!canEditFrench(actor, accessView(fiche)))
      throw new AppError('FORBIDDEN', 'You cannot edit this fiche.', { id });
    if (fiche.status === 'archived' || fiche.status === 'deleted')
      throw new AppError('INVALID_TRANSITION', 'Restore this fiche before editing it.', {
        status: fiche.status,
      });
    if (fiche.revision !== input.revision) throw staleRevision(fiche);
    // The new status depends on the current one: the guard pins both (every transition bumps the revision).
    const updated = await FicheModel.findOneAndUpdate(
      { _id: fiche._id, revision: input.revision, status: fiche.status },
      {
        $set: {
          draft: input.content,
          status: statusAfterSave(actor, fiche.status),
          searchText: searchTextOf(fiche.slug, input.content),
          updatedBy: personOf(actor),
        },
        $inc: { revision: 1 },
      },
      { returnDocument: 'after' },
    ).lean<FicheDoc>();
    if (!updated) continue; // lost the race: the next read answers 409 with the winner's version
    await recordRevision(
      { ficheId: updated._id, number: updated.revision, content: updated.draft, status: updated.status },
      'saved',
      actor,
    );
    return toAdminFiche(actor, updated);
  }
  throw staleRevision(await loadFiche(id));
}

/** The back-office list: filters, substring search on title/brand/slug (no $text), age in days. */
export async function listFiches(
  ctx: EditorialContext,
  q: AdminFicheListQuery,
  now = new Date(),
): Promise<AdminFicheList> {
  const { actor } = ctx;
  const and: Record<string, unknown>[] = [];
  if (q.status === 'deleted') {
    if (!isEditor(actor)) throw new AppError('FORBIDDEN', 'Only editors see deleted fiches.');
    and.push({ status: 'deleted' });
  } else and.push({ status: q.status ?? { $ne: 'deleted' } });
  if (!isEditor(actor)) {
    const scope: Record<string, unknown>[] = [];
    if (actor.roles.includes('contributor')) {
      scope.push({ createdBy: new Types.ObjectId(actor.id) });
      if (actor.organisationIds.length)
        scope.push({ organisationId: { $in: actor.organisationIds.map((o) => new Types.ObjectId(o)) } });
    }
    if (actor.roles.includes('translator') || actor.roles.includes('reviewer'))
      scope.push({ published: { $exists: true } });
    if (!scope.length) throw new AppError('FORBIDDEN', 'You have no access to fiches.');
    and.push({ $or: scope });
  }
  if (q.theme) and.push({ $or: [{ 'draft.mainTheme': q.theme }, { 'draft.secondaryThemes': q.theme }] });
  if (q.type) and.push({ 'draft.type': q.type });
  if (q.organisationId) and.push({ organisationId: new Types.ObjectId(q.organisationId) });
  if (q.staleDays !== undefined)
    and.push({ updatedAt: { $lte: new Date(now.getTime() - q.staleDays * DAY) } });
  const needle = q.q ? normalizeSearch(q.q) : '';
  if (needle) {
    // Fiches stored before `searchText` existed are still found by their slug.
    and.push({
      $or: [
        { searchText: { $regex: escapeRegex(needle) } },
        { searchText: { $exists: false }, slug: { $regex: escapeRegex(needle.replace(/\s+/g, '-')) } },
      ],
    });
  }
  const filter = { $and: and };
  const sort: Record<string, 1 | -1> =
    q.staleDays !== undefined ? { updatedAt: 1, _id: 1 } : { updatedAt: -1, _id: 1 };
  const [total, docs] = await Promise.all([
    FicheModel.countDocuments(filter),
    FicheModel.find(filter, {
      slug: 1,
      status: 1,
      organisationId: 1,
      draft: 1,
      'published.content': 1,
      'published.publishedAt': 1,
      'published.withdrawnAt': 1,
      updatedAt: 1,
      updatedBy: 1,
    })
      .sort(sort)
      .skip((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .lean<FicheDoc[]>(),
  ]);
  const items = docs.map((f): AdminFicheSummary => ({
    id: String(f._id),
    slug: f.slug,
    status: f.status,
    type: f.draft.type,
    title: f.draft.title,
    ...(f.draft.brandTitle ? { brandTitle: f.draft.brandTitle } : {}),
    ...(f.draft.mainTheme ? { mainTheme: f.draft.mainTheme } : {}),
    ...(f.organisationId ? { organisationId: String(f.organisationId) } : {}),
    isPublic: isPublic(f),
    hasUnpublishedChanges: hasUnpublishedChanges(f),
    ...(f.published ? { publishedAt: f.published.publishedAt.toISOString() } : {}),
    updatedAt: f.updatedAt.toISOString(),
    ageDays: ageDays(f.updatedAt, now),
    ...(f.updatedBy ? { updatedBy: personRef(f.updatedBy) } : {}),
  }));
  return { items, page: q.page, pageSize: q.pageSize, total };
}

/** Editor heartbeat: "I have this fiche open". Answers with the others who have it open too. */
export async function presenceHeartbeat(
  ctx: EditorialContext,
  id: string,
): Promise<{ editors: PresenceEntry[] }> {
  await loadVisible(ctx.actor, id);
  const now = new Date();
  await recordHeartbeat(id, ctx.actor, now);
  return { editors: await activeEditors(id, ctx.actor.id, now) };
}

/** The editor was closed: stop showing this person as editing. */
export async function presenceLeave(ctx: EditorialContext, id: string): Promise<void> {
  await loadVisible(ctx.actor, id);
  await forget(id, ctx.actor);
}
