import {
  FEEDBACK_KINDS,
  LANGUAGE_CODES,
  REMINDER_EVERY_DAYS,
  STALE_AFTER_DAYS,
  type Dashboard,
  type FicheStatus,
  type StaleRemindersResult,
} from '@reperes/shared';
import { FicheModel, type FicheDoc } from '../fiches/fiche.model.js';
import { ResolvedModel } from '../fiches/resolved.model.js';
import { openFeedbackByKind } from '../feedback/feedback.service.js';
import type { EditorialContext } from './context.js';
import { ageDays } from './editorial.service.js';
import { sendStaleReminder } from './notify.js';

const DAY = 86_400_000;
const LIST_LIMIT = 100;

/** Fiches readers can see now (see publish.service isPublic), as a MongoDB filter. */
const PUBLIC_FILTER = {
  published: { $exists: true },
  'published.withdrawnAt': { $exists: false },
  status: { $in: ['published', 'in_review', 'draft'] as FicheStatus[] },
};

const staleFilter = (now: Date) => ({
  ...PUBLIC_FILTER,
  updatedAt: { $lte: new Date(now.getTime() - STALE_AFTER_DAYS * DAY) },
});

const PROJECTION = {
  slug: 1,
  status: 1,
  organisationId: 1,
  'draft.title': 1,
  updatedAt: 1,
  submittedAt: 1,
  lastReminderAt: 1,
  createdBy: 1,
};

function row(f: FicheDoc, now: Date) {
  return {
    id: String(f._id),
    slug: f.slug,
    title: f.draft.title,
    status: f.status,
    ...(f.organisationId ? { organisationId: String(f.organisationId) } : {}),
    updatedAt: f.updatedAt.toISOString(),
    ageDays: ageDays(f.updatedAt, now),
    ...(f.submittedAt ? { submittedAt: f.submittedAt.toISOString() } : {}),
    ...(f.lastReminderAt ? { lastReminderAt: f.lastReminderAt.toISOString() } : {}),
  };
}

/** The editors' home: what waits for review, what went stale, what readers said, coverage by theme/language. */
export async function getDashboard(now = new Date()): Promise<Dashboard> {
  const [queue, stale, feedback, publicThemes, headers, statuses] = await Promise.all([
    FicheModel.find({ status: 'in_review' }, PROJECTION)
      .sort({ submittedAt: 1, updatedAt: 1 })
      .limit(LIST_LIMIT)
      .lean<FicheDoc[]>(),
    FicheModel.find(staleFilter(now), PROJECTION).sort({ updatedAt: 1 }).limit(LIST_LIMIT).lean<FicheDoc[]>(),
    openFeedbackByKind(),
    FicheModel.find(PUBLIC_FILTER, {
      'published.content.mainTheme': 1,
      'published.content.secondaryThemes': 1,
    }).lean<FicheDoc[]>(),
    // The resolved header of each public fiche tells whether its title and summary are translated.
    ResolvedModel.aggregate<{ _id: { lang: string; textLang: string }; n: number }>([
      { $group: { _id: { lang: '$lang', textLang: '$summary.textLang' }, n: { $sum: 1 } } },
    ]),
    FicheModel.aggregate<{ _id: string; n: number }>([{ $group: { _id: '$status', n: { $sum: 1 } } }]),
  ]);

  const themes = new Map<string, number>();
  for (const f of publicThemes) {
    const c = f.published?.content;
    if (!c) continue;
    for (const t of new Set([c.mainTheme, ...(c.secondaryThemes ?? [])]))
      if (t) themes.set(t, (themes.get(t) ?? 0) + 1);
  }
  const byLanguage = LANGUAGE_CODES.map((lang) => {
    const rows = headers.filter((h) => h._id.lang === lang);
    return {
      lang,
      translated: rows.filter((h) => h._id.textLang === lang).reduce((n, h) => n + h.n, 0),
      total: rows.reduce((n, h) => n + h.n, 0),
    };
  });
  return {
    reviewQueue: queue.map((f) => row(f, now)),
    stale: stale.map((f) => row(f, now)),
    staleAfterDays: STALE_AFTER_DAYS,
    feedback: {
      open: Object.values(feedback).reduce((a, b) => a + b, 0),
      openByKind: Object.fromEntries(FEEDBACK_KINDS.map((k) => [k, feedback[k] ?? 0])),
    },
    byTheme: [...themes]
      .map(([theme, count]) => ({ theme, count }))
      .sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme)),
    byLanguage,
    byStatus: Object.fromEntries(statuses.map((s) => [s._id, s.n])),
  };
}

/**
 * Reminds each stale fiche's organisation (and author) to check it. At most once per fiche per
 * REMINDER_EVERY_DAYS: a guarded update claims the fiche (sets `lastReminderAt`) before the mail goes, so two
 * editors clicking at once, or two API replicas, send one reminder. `updatedAt` is left alone: a reminder
 * does not make the fiche fresh.
 */
export async function sendStaleReminders(
  ctx: EditorialContext,
  now = new Date(),
): Promise<StaleRemindersResult> {
  const stale = await FicheModel.find(staleFilter(now), { _id: 1 }).lean<{ _id: FicheDoc['_id'] }[]>();
  const since = new Date(now.getTime() - REMINDER_EVERY_DAYS * DAY);
  const reminded: string[] = [];
  let skipped = 0;
  let emails = 0;
  for (const { _id } of stale) {
    const claimed = await FicheModel.findOneAndUpdate(
      {
        _id,
        ...staleFilter(now),
        $or: [{ lastReminderAt: { $exists: false } }, { lastReminderAt: { $lte: since } }],
      },
      { $set: { lastReminderAt: now } },
      { returnDocument: 'after', timestamps: false },
    ).lean<FicheDoc>();
    if (!claimed) {
      skipped += 1;
      continue;
    }
    reminded.push(String(_id));
    emails += await sendStaleReminder(ctx, claimed, ageDays(claimed.updatedAt, now));
    await ctx.audit('fiche.stale_reminder', String(_id), { days: ageDays(claimed.updatedAt, now) });
  }
  return { reminded, skipped, emails };
}
