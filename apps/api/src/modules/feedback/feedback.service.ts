import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import type {
  FeedbackCreate,
  FeedbackItem,
  FeedbackKind,
  FeedbackList,
  FeedbackListQuery,
} from '@reperes/shared';
import { AppError } from '../../errors/app-error.js';
import { consume, type Limit } from '../../middleware/rate-limit.js';
import { audit, type AuditContext } from '../audit/audit.service.js';
import { FicheModel } from '../fiches/fiche.model.js';
import { FeedbackModel, type FeedbackDoc } from './feedback.model.js';

/** Reports per device IP (a hostel or a counter may share one IP: generous) per window. */
export const FEEDBACK_LIMIT: Limit = { name: 'feedback:ip', max: 30, windowMs: 10 * 60_000 };

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// Runs of 9+ digits with usual separators (French and international numbers), not years or amounts.
const PHONE = /(?:\+|00)?\d(?:[\s.\-()]*\d){8,}/g;

/** Masks e-mail addresses and phone numbers a reader may type in a comment (we store no personal data). */
export function scrubPersonalData(text: string): string {
  return text.replace(EMAIL, '[email]').replace(PHONE, '[téléphone]');
}

/** The limiter key: a hash of the IP, so the counters do not store the address itself. */
export const ipKey = (ip: string | undefined) =>
  createHash('sha256')
    .update(`feedback:${ip ?? 'unknown'}`)
    .digest('base64url')
    .slice(0, 22);

/**
 * Stores a reader's report once per `clientId` (unique index): a retry of a report already stored answers
 * with the same id and `duplicate: true`. Throws RATE_LIMITED beyond FEEDBACK_LIMIT per IP.
 */
export async function createFeedback(
  input: FeedbackCreate,
  ip: string | undefined,
  limit: Limit = FEEDBACK_LIMIT,
): Promise<{ id: string; duplicate: boolean }> {
  const existing = await FeedbackModel.findOne({ clientId: input.clientId }, { _id: 1 }).lean();
  if (existing) return { id: String(existing._id), duplicate: true };
  await consume([[limit, ipKey(ip)]]);

  let ficheId = input.ficheId ? new Types.ObjectId(input.ficheId) : undefined;
  let slug = input.slug;
  if (!ficheId && slug) {
    const f = await FicheModel.findOne({ slug }, { _id: 1 }).lean();
    if (f) ficheId = f._id;
  } else if (ficheId && !slug) {
    slug = (await FicheModel.findById(ficheId, { slug: 1 }).lean())?.slug;
  }
  const comment = input.comment ? scrubPersonalData(input.comment) : '';
  const query = input.query ? scrubPersonalData(input.query) : '';
  try {
    const [created] = await FeedbackModel.create([
      {
        kind: input.kind,
        status: 'open',
        ...(ficheId ? { ficheId } : {}),
        ...(slug ? { slug } : {}),
        ...(input.itemId ? { itemId: input.itemId } : {}),
        lang: input.lang,
        ...(comment ? { comment } : {}),
        ...(query ? { query } : {}),
        clientId: input.clientId,
      },
    ]);
    return { id: String(created!._id), duplicate: false };
  } catch (err) {
    if ((err as { code?: number }).code !== 11000) throw err;
    // The same report arrived twice at once: the other request stored it.
    const stored = await FeedbackModel.findOne({ clientId: input.clientId }, { _id: 1 }).lean();
    if (!stored) throw err;
    return { id: String(stored._id), duplicate: true };
  }
}

function toItem(d: FeedbackDoc, titles: Map<string, string>): FeedbackItem {
  return {
    id: String(d._id),
    kind: d.kind,
    status: d.status,
    ...(d.ficheId ? { ficheId: String(d.ficheId) } : {}),
    ...(d.slug ? { slug: d.slug } : {}),
    ...(d.ficheId && titles.has(String(d.ficheId)) ? { ficheTitle: titles.get(String(d.ficheId)) } : {}),
    ...(d.itemId ? { itemId: d.itemId } : {}),
    lang: d.lang,
    ...(d.comment ? { comment: d.comment } : {}),
    ...(d.query ? { query: d.query } : {}),
    createdAt: d.createdAt.toISOString(),
    ...(d.handledAt ? { handledAt: d.handledAt.toISOString() } : {}),
    ...(d.handledBy ? { handledBy: { id: String(d.handledBy.id), name: d.handledBy.name } } : {}),
  };
}

/** The editors' inbox, newest first. */
export async function listFeedback(q: FeedbackListQuery): Promise<FeedbackList> {
  const filter: Record<string, unknown> = {};
  if (q.kind) filter.kind = q.kind;
  if (q.status) filter.status = q.status;
  if (q.ficheId) filter.ficheId = new Types.ObjectId(q.ficheId);
  const [total, docs] = await Promise.all([
    FeedbackModel.countDocuments(filter),
    FeedbackModel.find(filter)
      .sort({ createdAt: -1, _id: -1 })
      .skip((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .lean<FeedbackDoc[]>(),
  ]);
  const ids = [...new Set(docs.flatMap((d) => (d.ficheId ? [String(d.ficheId)] : [])))];
  const fiches = ids.length
    ? await FicheModel.find({ _id: { $in: ids } }, { 'draft.title': 1 }).lean<
        { _id: unknown; draft: { title: string } }[]
      >()
    : [];
  const titles = new Map(fiches.map((f) => [String(f._id), f.draft.title]));
  return { items: docs.map((d) => toItem(d, titles)), page: q.page, pageSize: q.pageSize, total };
}

/** Marks a report handled (or open again). */
export async function setFeedbackStatus(
  req: AuditContext & { user?: { id: string; name: string } | undefined },
  id: string,
  status: 'open' | 'done',
): Promise<FeedbackItem> {
  const by = req.user;
  if (!by) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  const update =
    status === 'done'
      ? {
          $set: {
            status,
            handledAt: new Date(),
            handledBy: { id: new Types.ObjectId(by.id), name: by.name },
          },
        }
      : { $set: { status }, $unset: { handledAt: 1, handledBy: 1 } };
  const doc = await FeedbackModel.findOneAndUpdate({ _id: id }, update, {
    returnDocument: 'after',
  }).lean<FeedbackDoc>();
  if (!doc) throw new AppError('NOT_FOUND', 'This report does not exist.', { id });
  await audit(req, `feedback.${status}`, { type: 'feedback', id });
  const fiche = doc.ficheId ? await FicheModel.findById(doc.ficheId, { 'draft.title': 1 }).lean() : null;
  return toItem(doc, new Map(fiche ? [[String(doc.ficheId), fiche.draft.title]] : []));
}

/** Open reports per kind, for the dashboard. */
export async function openFeedbackByKind(): Promise<Partial<Record<FeedbackKind, number>>> {
  const rows = await FeedbackModel.aggregate<{ _id: FeedbackKind; n: number }>([
    { $match: { status: 'open' } },
    { $group: { _id: '$kind', n: { $sum: 1 } } },
  ]);
  return Object.fromEntries(rows.map((r) => [r._id, r.n]));
}
