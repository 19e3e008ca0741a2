import { z } from 'zod';
import { COMPLETENESS_CODES } from '../completeness.js';
import { idSchema, isoDateSchema, languageCodeSchema, slugSchema } from './common.js';
import {
  ficheContentSchema,
  ficheStatusSchema,
  ficheTypeSchema,
  type FicheContent,
  type FicheType,
} from './fiche.js';
import { unitIdSchema } from './translation.js';

/*
 * Requests and responses of the back-office editorial API (/api/v1/admin/fiches, /admin/dashboard,
 * /admin/feedback) and of the public feedback endpoint (/api/v1/feedback). Every request schema is strict:
 * unknown keys are errors, and type checks keep MongoDB operators (`{"$gt": ""}`) out of queries.
 */

// ---------------------------------------------------------------------------------------------------------
// Input helpers

/** A whole number written in a query string or path ("12"); rejects "", "1e3", "-1", " 3". */
export const intParam = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'a whole number')
    .transform(Number)
    .pipe(z.int().min(min).max(max));

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Paths of keys present in `input` that the schema dropped from `output` (i.e. unknown keys). */
function droppedKeys(input: unknown, output: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(input) && Array.isArray(output))
    return input.flatMap((v, i) => droppedKeys(v, output[i], [...path, i]));
  if (isRecord(input) && isRecord(output))
    return Object.keys(input).flatMap((k) =>
      Object.hasOwn(output, k) ? droppedKeys(input[k], output[k], [...path, k]) : [[...path, k]],
    );
  return [];
}

/**
 * `ficheContentSchema`, with unknown keys rejected at every depth (the shared schema strips them, which
 * would silently lose what a contributor typed in a field the server does not know).
 */
export const strictFicheContentSchema = z
  .unknown()
  .transform((input, ctx): FicheContent => {
    const parsed = ficheContentSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, input: undefined } as never);
      return z.NEVER;
    }
    const unknown = droppedKeys(input, parsed.data);
    for (const path of unknown) {
      ctx.addIssue({ code: 'unrecognized_keys', keys: [String(path.at(-1))], path: path.slice(0, -1) });
    }
    return unknown.length ? z.NEVER : parsed.data;
  })
  .meta({ description: 'FicheContent (ficheContentSchema); unknown keys are rejected at every depth' });

/** The smallest content a new fiche can start from (the back-office fills the rest step by step). */
export function emptyFicheContent(type: FicheType, title: string): FicheContent {
  return ficheContentSchema.parse({
    type,
    title,
    summary: '',
    sections: { what: { id: 'what', title: '', body: '' } },
  });
}

// ---------------------------------------------------------------------------------------------------------
// Fiches in the back-office

/** What a revision records. Revisions are immutable: never updated, never deleted. */
export const REVISION_EVENTS = [
  'created',
  'saved',
  'submitted',
  'changes_requested',
  'published',
  'published_minor',
  'unpublished',
  'archived',
  'deleted',
  'restored',
] as const;
export const revisionEventSchema = z.enum(REVISION_EVENTS);
export type RevisionEvent = z.infer<typeof revisionEventSchema>;

export const ficheIdParamsSchema = z.strictObject({ id: idSchema });
export const revisionParamsSchema = z.strictObject({ id: idSchema, number: intParam(1, 1_000_000_000) });

export const createFicheBodySchema = z.strictObject({
  content: strictFicheContentSchema.refine((c) => c.title.trim() !== '', {
    message: 'a title is needed to name the fiche',
    path: ['title'],
  }),
  /** Defaults to the contributor's first organisation. */
  organisationId: idSchema.optional(),
});
export type CreateFicheBody = z.input<typeof createFicheBodySchema>;

export const saveFicheBodySchema = z.strictObject({
  /** The revision the edit was based on: a stale one gets 409 STALE_REVISION. */
  revision: z.int().min(0),
  content: strictFicheContentSchema,
});
export type SaveFicheBody = z.input<typeof saveFicheBodySchema>;

const optionalRevision = z.int().min(0).optional().meta({
  description: 'Revision the person saw; when given, a fiche changed since answers 409 STALE_REVISION',
});
const comment = z.string().trim().max(2_000);

/** submit, unpublish, archive, delete, restore. */
export const transitionBodySchema = z.strictObject({
  revision: optionalRevision,
  comment: comment.optional(),
});
export type TransitionBody = z.input<typeof transitionBodySchema>;

export const publishBodySchema = z.strictObject({
  /** A minor change (typo, link) keeps translations up to date. */
  minor: z.boolean().default(false),
  revision: optionalRevision,
  comment: comment.optional(),
});
export type PublishBody = z.input<typeof publishBodySchema>;

export const requestChangesBodySchema = z.strictObject({
  revision: optionalRevision,
  comment: comment.min(1),
});
export type RequestChangesBody = z.input<typeof requestChangesBodySchema>;

export const restoreRevisionBodySchema = z.strictObject({ revision: optionalRevision });

export const ADMIN_PAGE_SIZE = 50;
export const adminFicheListQuerySchema = z.strictObject({
  status: ficheStatusSchema.optional(),
  theme: slugSchema.optional(),
  type: ficheTypeSchema.optional(),
  organisationId: idSchema.optional(),
  /** Substring of the title, brand title or slug (case and accents ignored). */
  q: z.string().trim().max(100).optional(),
  /** Only fiches not updated for at least this many days. */
  staleDays: intParam(0, 36_500).optional(),
  page: intParam(1, 10_000).default(1),
  pageSize: intParam(1, 200).default(ADMIN_PAGE_SIZE),
});
export type AdminFicheListQuery = z.output<typeof adminFicheListQuerySchema>;

export const diffQuerySchema = z.strictObject({
  /** Older revision number (default: the one before `to`). */
  from: intParam(1, 1_000_000_000).optional(),
  /** Newer revision number (default: the latest). */
  to: intParam(1, 1_000_000_000).optional(),
});

export const personRefSchema = z.object({ id: idSchema, name: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

export const completenessSchema = z.object({
  complete: z.boolean(),
  issues: z.array(
    z.object({
      code: z.enum(COMPLETENESS_CODES),
      path: z.array(z.union([z.string(), z.number()])),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
});

/** Someone else who has the fiche open ("Amina is editing since 2 min"). */
export const presenceEntrySchema = z.object({
  userId: idSchema,
  name: z.string(),
  since: isoDateSchema,
  lastSeen: isoDateSchema,
});
export type PresenceEntry = z.infer<typeof presenceEntrySchema>;
export const presenceListSchema = z.object({ editors: z.array(presenceEntrySchema) });

/** What the signed-in person may do with this fiche now (the API enforces the same rules). */
export const ficheActionsSchema = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  publish: z.boolean(),
  requestChanges: z.boolean(),
  unpublish: z.boolean(),
  archive: z.boolean(),
  delete: z.boolean(),
  restore: z.boolean(),
});
export type FicheActions = z.infer<typeof ficheActionsSchema>;

export const adminFicheSchema = z.object({
  id: idSchema,
  slug: slugSchema,
  status: ficheStatusSchema,
  organisationId: idSchema.optional(),
  /** Send it back with the next save. */
  revision: z.int(),
  /** The draft (what is being edited). */
  content: ficheContentSchema,
  published: z
    .object({
      revision: z.int(),
      publishedAt: isoDateSchema,
      withdrawnAt: isoDateSchema.optional(),
    })
    .optional(),
  /** Readers see the published version now. */
  isPublic: z.boolean(),
  /** The draft differs from the published version (those changes go through review). */
  hasUnpublishedChanges: z.boolean(),
  completeness: completenessSchema,
  reviewComment: z.string().optional(),
  submittedAt: isoDateSchema.optional(),
  createdBy: idSchema.optional(),
  updatedBy: personRefSchema.optional(),
  /** Others active on this fiche in the last minute. */
  editors: z.array(presenceEntrySchema),
  actions: ficheActionsSchema,
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
});
export type AdminFiche = z.infer<typeof adminFicheSchema>;

export const adminFicheSummarySchema = z.object({
  id: idSchema,
  slug: slugSchema,
  status: ficheStatusSchema,
  type: ficheTypeSchema,
  title: z.string(),
  brandTitle: z.string().optional(),
  mainTheme: slugSchema.optional(),
  organisationId: idSchema.optional(),
  isPublic: z.boolean(),
  hasUnpublishedChanges: z.boolean(),
  publishedAt: isoDateSchema.optional(),
  updatedAt: isoDateSchema,
  /** Whole days since the last update. */
  ageDays: z.int(),
  updatedBy: personRefSchema.optional(),
});
export type AdminFicheSummary = z.infer<typeof adminFicheSummarySchema>;

export const adminFicheListSchema = z.object({
  items: z.array(adminFicheSummarySchema),
  page: z.int(),
  pageSize: z.int(),
  total: z.int(),
});
export type AdminFicheList = z.infer<typeof adminFicheListSchema>;

/** `details` of a 409 STALE_REVISION: the version now stored, to show side by side with the local one. */
export const staleRevisionDetailsSchema = z.object({
  revision: z.int(),
  status: ficheStatusSchema,
  content: ficheContentSchema,
  savedBy: personRefSchema.optional(),
  savedAt: isoDateSchema,
});
export type StaleRevisionDetails = z.infer<typeof staleRevisionDetailsSchema>;

export const revisionSummarySchema = z.object({
  number: z.int(),
  event: revisionEventSchema,
  /** Status of the fiche right after this revision. */
  status: ficheStatusSchema,
  author: personRefSchema.optional(),
  at: isoDateSchema,
  comment: z.string().optional(),
  /** For a revision restore: the revision whose content was brought back. */
  restoredFrom: z.int().optional(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;
export const revisionListSchema = z.object({ items: z.array(revisionSummarySchema) });
export const revisionSchema = revisionSummarySchema.extend({ content: ficheContentSchema });
export type Revision = z.infer<typeof revisionSchema>;

// ---------------------------------------------------------------------------------------------------------
// Dashboard

export const STALE_AFTER_DAYS = 180;
export const REMINDER_EVERY_DAYS = 30;

const dashboardFicheSchema = z.object({
  id: idSchema,
  slug: slugSchema,
  title: z.string(),
  status: ficheStatusSchema,
  organisationId: idSchema.optional(),
  updatedAt: isoDateSchema,
  ageDays: z.int(),
  submittedAt: isoDateSchema.optional(),
  lastReminderAt: isoDateSchema.optional(),
});

export const dashboardSchema = z.object({
  /** In review, oldest submission first. */
  reviewQueue: z.array(dashboardFicheSchema),
  /** Public fiches not updated for `staleAfterDays` or more, oldest first. */
  stale: z.array(dashboardFicheSchema),
  staleAfterDays: z.int(),
  feedback: z.object({
    open: z.int(),
    openByKind: z.record(z.string(), z.int()),
  }),
  /** Public fiches per theme (main or secondary). */
  byTheme: z.array(z.object({ theme: slugSchema, count: z.int() })),
  /** Public fiches whose header (title + summary) has an approved translation, per language. */
  byLanguage: z.array(z.object({ lang: languageCodeSchema, translated: z.int(), total: z.int() })),
  byStatus: z.record(z.string(), z.int()),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const staleRemindersResultSchema = z.object({
  /** Fiches whose organisation was reminded now. */
  reminded: z.array(idSchema),
  /** Stale fiches already reminded in the last `REMINDER_EVERY_DAYS` days. */
  skipped: z.int(),
  emails: z.int(),
});
export type StaleRemindersResult = z.infer<typeof staleRemindersResultSchema>;

// ---------------------------------------------------------------------------------------------------------
// Reader feedback

export const FEEDBACK_KINDS = ['useful', 'not_useful', 'problem', 'search_miss'] as const;
export const feedbackKindSchema = z.enum(FEEDBACK_KINDS);
export type FeedbackKind = z.infer<typeof feedbackKindSchema>;
export const FEEDBACK_STATUSES = ['open', 'done'] as const;
export const feedbackStatusSchema = z.enum(FEEDBACK_STATUSES);

export const FEEDBACK_COMMENT_MAX = 1_000;
export const FEEDBACK_QUERY_MAX = 200;

/**
 * A reader's report, sent from the reader app (queued offline and retried). `clientId` is a UUID the device
 * draws per report: a retried report is stored once. No account, no IP address is stored.
 */
export const feedbackCreateSchema = z
  .strictObject({
    kind: feedbackKindSchema,
    ficheId: idSchema.optional(),
    slug: slugSchema.optional(),
    /** A section item id, or `header`. */
    itemId: unitIdSchema.optional(),
    lang: languageCodeSchema,
    comment: z.string().trim().max(FEEDBACK_COMMENT_MAX).optional(),
    /** What the reader searched for (search_miss only). */
    query: z.string().trim().min(1).max(FEEDBACK_QUERY_MAX).optional(),
    clientId: z.uuid(),
  })
  .superRefine((f, ctx) => {
    if (f.kind === 'search_miss' && !f.query)
      ctx.addIssue({ code: 'custom', path: ['query'], message: 'a search_miss report needs the query' });
    if (f.kind !== 'search_miss' && f.query !== undefined)
      ctx.addIssue({ code: 'custom', path: ['query'], message: 'only a search_miss report has a query' });
    if (f.kind !== 'search_miss' && !f.ficheId && !f.slug)
      ctx.addIssue({ code: 'custom', path: ['ficheId'], message: 'say which fiche (ficheId or slug)' });
  });
export type FeedbackCreate = z.input<typeof feedbackCreateSchema>;

export const feedbackCreatedSchema = z.object({ id: idSchema, duplicate: z.boolean() });

export const feedbackListQuerySchema = z.strictObject({
  kind: feedbackKindSchema.optional(),
  status: feedbackStatusSchema.optional(),
  ficheId: idSchema.optional(),
  page: intParam(1, 10_000).default(1),
  pageSize: intParam(1, 200).default(ADMIN_PAGE_SIZE),
});
export type FeedbackListQuery = z.output<typeof feedbackListQuerySchema>;

export const feedbackPatchBodySchema = z.strictObject({ status: feedbackStatusSchema });

export const feedbackItemSchema = z.object({
  id: idSchema,
  kind: feedbackKindSchema,
  status: feedbackStatusSchema,
  ficheId: idSchema.optional(),
  slug: slugSchema.optional(),
  ficheTitle: z.string().optional(),
  itemId: z.string().optional(),
  lang: languageCodeSchema,
  comment: z.string().optional(),
  query: z.string().optional(),
  createdAt: isoDateSchema,
  handledAt: isoDateSchema.optional(),
  handledBy: personRefSchema.optional(),
});
export type FeedbackItem = z.infer<typeof feedbackItemSchema>;
export const feedbackListSchema = z.object({
  items: z.array(feedbackItemSchema),
  page: z.int(),
  pageSize: z.int(),
  total: z.int(),
});
export type FeedbackList = z.infer<typeof feedbackListSchema>;
