import { z } from 'zod';
import type { ErrorCode } from '../errors.js';
import { TARGET_LANGUAGE_CODES } from '../languages.js';
import { idSchema, isoDateSchema, languageCodeSchema, slugSchema } from './common.js';
import { ficheTypeSchema } from './fiche.js';
import { freshnessSchema, translationStateSchema, unitIdSchema } from './translation.js';

/**
 * Requests and answers of the translation API (`/api/v1/translations/…`, `/api/v1/admin/translation-budget`):
 * translator and reviewer workspaces, machine pre-translation, coverage, XLIFF exchange, UI strings report.
 */

/** The error codes of the translation API (in ERROR_CODES); the back-office shows `admin.translation.errors.<CODE>`. */
export type TranslationErrorCode = Extract<
  ErrorCode,
  | 'MACHINE_TRANSLATION_DISABLED'
  | 'MACHINE_TRANSLATION_UNSUPPORTED_LANGUAGE'
  | 'MACHINE_TRANSLATION_BROKE_STRUCTURE'
  | 'MACHINE_TRANSLATION_FAILED'
  | 'TRANSLATION_BUDGET_EXHAUSTED'
  | 'TRANSLATION_SOURCE_CHANGED'
  | 'TRANSLATION_NOT_IN_REVIEW'
  | 'TRANSLATION_INCOMPLETE'
  | 'XLIFF_INVALID'
>;

// ---------------------------------------------------------------------------------------------------------
// Parameters and bodies

/** A language fiches are translated into (every language but French). */
export const targetLanguageSchema = z.enum(
  TARGET_LANGUAGE_CODES as [
    (typeof TARGET_LANGUAGE_CODES)[number],
    ...(typeof TARGET_LANGUAGE_CODES)[number][],
  ],
  { message: 'a language fiches are translated into (not French)' },
);
export type TargetLanguage = z.infer<typeof targetLanguageSchema>;

export const translationLangParamsSchema = z.strictObject({ lang: targetLanguageSchema });
export const translationFicheParamsSchema = z.strictObject({ lang: targetLanguageSchema, ficheId: idSchema });
export const translationUnitParamsSchema = z.strictObject({
  lang: targetLanguageSchema,
  ficheId: idSchema,
  unitId: unitIdSchema,
});

/**
 * The unit's `updatedAt` the person edited (from the last GET). When given and the unit changed since,
 * the API answers 409 STALE_REVISION with the current unit; `null` means "I saw no translation yet".
 */
const baseUpdatedAt = isoDateSchema.nullable().optional();

export const saveUnitBodySchema = z.strictObject({
  title: z.string().trim().max(200),
  body: z.string().max(20_000),
  baseUpdatedAt,
});
export type SaveUnitBody = z.input<typeof saveUnitBodySchema>;

/** submit, approve. */
export const unitActionBodySchema = z.strictObject({ baseUpdatedAt });
export type UnitActionBody = z.input<typeof unitActionBodySchema>;

export const requestUnitChangesBodySchema = z.strictObject({
  comment: z.string().trim().min(1).max(2_000),
  baseUpdatedAt,
});
export type RequestUnitChangesBody = z.input<typeof requestUnitChangesBodySchema>;

/** Units to pre-translate; default: every unit that is missing or outdated and has no human draft. */
export const machineTranslateBodySchema = z.strictObject({
  unitIds: z.array(unitIdSchema).min(1).max(100).optional(),
});
export type MachineTranslateBody = z.input<typeof machineTranslateBodySchema>;

export const translationBudgetBodySchema = z.strictObject({
  monthlyCharacters: z.int().min(0).max(1_000_000_000),
});
export type TranslationBudgetBody = z.input<typeof translationBudgetBodySchema>;

export const translatorFicheListQuerySchema = z.strictObject({ theme: slugSchema.optional() });
export const coverageQuerySchema = z.strictObject({ theme: slugSchema.optional() });

/** `?ficheIds=a,b,c` (up to 200), `scope=todo` keeps only units that are missing or outdated. */
export const xliffExportQuerySchema = z.strictObject({
  ficheIds: z
    .string()
    .max(200 * 25)
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(idSchema).min(1).max(200)),
  scope: z.enum(['all', 'todo']).default('all'),
});
export type XliffExportQuery = z.output<typeof xliffExportQuerySchema>;

/** Largest XLIFF document accepted (characters). */
export const XLIFF_MAX_CHARS = 2_000_000;

/**
 * The XLIFF document, JSON-wrapped (or sent raw as application/xml). `units` limits an apply to the listed
 * preview keys (`<ficheId>:<unitId>`).
 */
export const xliffImportBodySchema = z.strictObject({
  xliff: z.string().min(1).max(XLIFF_MAX_CHARS),
  units: z.array(z.string().max(80)).max(5_000).optional(),
});
export type XliffImportBody = z.input<typeof xliffImportBodySchema>;

// ---------------------------------------------------------------------------------------------------------
// Answers

export const textOpSchema = z.object({ type: z.enum(['equal', 'added', 'removed']), text: z.string() });

export const wordProgressSchema = z.object({
  total: z.int(),
  approved: z.int(),
  inReview: z.int(),
  outdated: z.int(),
  missing: z.int(),
});
export type WordProgressDto = z.infer<typeof wordProgressSchema>;

export const unitStateSchema = z.enum(['missing', 'machine', 'draft', 'in_review', 'approved']);
export const unitProgressSchema = z.enum(['approved', 'in_review', 'outdated', 'missing']);

const personSchema = z.object({ id: idSchema, name: z.string() });

/** Where readers find how fiches are ordered by reading: no read counter exists yet (see coverage). */
export const POPULARITY_SOURCE = 'feedback_count_then_published_date' as const;

export const translatorFicheSummarySchema = z.object({
  id: idSchema,
  slug: slugSchema,
  type: ficheTypeSchema,
  /** French title. */
  title: z.string(),
  mainTheme: slugSchema.optional(),
  themes: z.array(slugSchema),
  publishedAt: isoDateSchema,
  /** Reader feedback received about the fiche (the available measure of reading). */
  popularity: z.int(),
  words: wordProgressSchema,
  units: z.object({
    total: z.int(),
    approved: z.int(),
    inReview: z.int(),
    outdated: z.int(),
    missing: z.int(),
    /** Of the missing and outdated ones: drafts and machine texts in progress. */
    draft: z.int(),
    machine: z.int(),
  }),
  /** Oldest date at which a French unit changed after its approved translation (outdated units only). */
  outdatedSince: isoDateSchema.optional(),
});
export type TranslatorFicheSummary = z.infer<typeof translatorFicheSummarySchema>;

export const translatorFicheListSchema = z.object({
  lang: targetLanguageSchema,
  items: z.array(translatorFicheSummarySchema),
  total: z.int(),
  /** Fiches with outdated words first, then the most read, then the most recently published. */
  orderedBy: z.literal(POPULARITY_SOURCE),
});
export type TranslatorFicheList = z.infer<typeof translatorFicheListSchema>;

export const versionViewSchema = z.object({
  title: z.string(),
  body: z.string(),
  state: translationStateSchema,
  at: isoDateSchema,
  by: personSchema.nullable(),
  /** Made from the current French. */
  upToDate: z.boolean(),
  /** Produced by machine translation and not yet approved by a human. */
  fromMachine: z.boolean(),
  /** The reviewer's comment when changes were requested. */
  comment: z.string().optional(),
  reviewedBy: personSchema.nullable().optional(),
});
export type VersionView = z.infer<typeof versionViewSchema>;

export const unitSectionSchema = z.enum(['header', 'what', 'why', 'how', 'next']);

export const frenchDiffSchema = z.object({
  /** The French text the translation was made from. */
  from: z.object({ title: z.string(), body: z.string() }),
  title: z.array(textOpSchema),
  body: z.array(textOpSchema),
});
export type FrenchDiff = z.infer<typeof frenchDiffSchema>;

export const translatorUnitSchema = z.object({
  id: unitIdSchema,
  section: unitSectionSchema,
  /** Position within its section (0-based). */
  index: z.int(),
  french: z.object({ title: z.string(), body: z.string(), hash: z.string(), changedAt: isoDateSchema }),
  /** French words of the unit. */
  words: z.int(),
  approved: versionViewSchema.nullable(),
  working: versionViewSchema.nullable(),
  state: unitStateSchema,
  freshness: freshnessSchema,
  progress: unitProgressSchema,
  /** Send back as `baseUpdatedAt` when saving (null: nothing stored yet). */
  updatedAt: isoDateSchema.nullable(),
  /** For an outdated text: what changed in the French since it was made (null when that text is unknown). */
  frenchDiff: frenchDiffSchema.nullable(),
});
export type TranslatorUnit = z.infer<typeof translatorUnitSchema>;

export const translatorFicheSchema = z.object({
  id: idSchema,
  slug: slugSchema,
  type: ficheTypeSchema,
  title: z.string(),
  lang: targetLanguageSchema,
  dir: z.enum(['ltr', 'rtl']),
  publishedAt: isoDateSchema,
  units: z.array(translatorUnitSchema),
  words: wordProgressSchema,
  machineTranslation: z.boolean(),
});
export type TranslatorFiche = z.infer<typeof translatorFicheSchema>;

export const reviewItemSchema = z.object({
  ficheId: idSchema,
  slug: slugSchema,
  ficheTitle: z.string(),
  unitId: unitIdSchema,
  section: unitSectionSchema,
  index: z.int(),
  french: z.object({ title: z.string(), body: z.string() }),
  /** The text readers see now, for comparison (null when none). */
  approved: z.object({ title: z.string(), body: z.string(), upToDate: z.boolean() }).nullable(),
  working: versionViewSchema,
  /** The French changed since submission: cannot be approved as is. */
  sourceChanged: z.boolean(),
  updatedAt: isoDateSchema,
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export const reviewQueueSchema = z.object({
  lang: targetLanguageSchema,
  items: z.array(reviewItemSchema),
  total: z.int(),
});
export type ReviewQueue = z.infer<typeof reviewQueueSchema>;

export const budgetInfoSchema = z.object({
  /** Characters allowed per calendar month (UTC); 0 until an admin sets it. */
  monthlyCharacters: z.int(),
  used: z.int(),
  remaining: z.int(),
  /** `YYYY-MM` (UTC). */
  month: z.string(),
  resetsAt: isoDateSchema,
});
export type BudgetInfo = z.infer<typeof budgetInfoSchema>;

export const translationConfigSchema = z.object({
  /** False when no provider is configured: the back-office hides the pre-translate button. */
  machineTranslation: z.boolean(),
  /** Languages the provider can translate into. */
  machineLanguages: z.array(targetLanguageSchema),
  budget: budgetInfoSchema.nullable(),
  /** The signed-in person's target languages. */
  languages: z.array(targetLanguageSchema),
  canTranslate: z.boolean(),
  canReview: z.boolean(),
});
export type TranslationConfig = z.infer<typeof translationConfigSchema>;

export const machineResultSchema = z.object({
  translated: z.array(unitIdSchema),
  skipped: z.array(z.object({ unitId: unitIdSchema, reason: z.enum(['up_to_date', 'human_work', 'empty']) })),
  rejected: z.array(z.object({ unitId: unitIdSchema, problems: z.array(z.string()) })),
  characters: z.int(),
  budget: budgetInfoSchema,
});
export type MachineResult = z.infer<typeof machineResultSchema>;

const coverageWordsSchema = z.object({
  total: z.int(),
  upToDate: z.int(),
  outdated: z.int(),
  missing: z.int(),
});
const coverageShareSchema = z.object({ upToDate: z.number(), outdated: z.number(), missing: z.number() });

export const coverageFicheSchema = z.object({
  ficheId: idSchema,
  slug: slugSchema,
  title: z.string(),
  words: z.int(),
  popularity: z.int(),
  since: isoDateSchema.optional(),
});

export const languageCoverageSchema = z.object({
  lang: targetLanguageSchema,
  words: coverageWordsSchema,
  share: coverageShareSchema,
  themes: z.array(z.object({ theme: z.string(), words: coverageWordsSchema, share: coverageShareSchema })),
  /** Fiches with the most outdated words (`words` = outdated words), oldest change first among equals. */
  mostOutdated: z.array(coverageFicheSchema),
  /** Fiches read most but with missing words (`words` = missing words): what to translate first. */
  priorities: z.array(coverageFicheSchema),
});
export type LanguageCoverage = z.infer<typeof languageCoverageSchema>;

export const coverageSchema = z.object({
  theme: slugSchema.nullable(),
  fiches: z.int(),
  /** How "read most" is measured: reader feedback count, then the most recent publication. */
  popularitySource: z.literal(POPULARITY_SOURCE),
  languages: z.array(languageCoverageSchema),
});
export type Coverage = z.infer<typeof coverageSchema>;

export const XLIFF_UNIT_STATUSES = [
  'changed',
  'unchanged',
  'source_changed',
  'unknown',
  'incomplete',
] as const;

export const xliffPreviewUnitSchema = z.object({
  /** `<ficheId>:<unitId>`, to select units for apply. */
  key: z.string(),
  ficheId: z.string(),
  slug: z.string().nullable(),
  unitId: z.string(),
  /** changed → will be imported "in review"; the others are skipped. */
  status: z.enum(XLIFF_UNIT_STATUSES),
  old: z.object({ title: z.string(), body: z.string(), state: unitStateSchema }).nullable(),
  new: z.object({ title: z.string(), body: z.string() }),
  diff: z.object({ title: z.array(textOpSchema), body: z.array(textOpSchema) }).nullable(),
});
export type XliffPreviewUnit = z.infer<typeof xliffPreviewUnitSchema>;

export const xliffPreviewSchema = z.object({
  lang: targetLanguageSchema,
  units: z.array(xliffPreviewUnitSchema),
  counts: z.record(z.enum(XLIFF_UNIT_STATUSES), z.int()),
});
export type XliffPreview = z.infer<typeof xliffPreviewSchema>;

export const xliffApplyResultSchema = z.object({
  applied: z.array(z.string()),
  skipped: z.array(z.object({ key: z.string(), status: z.enum(XLIFF_UNIT_STATUSES) })),
});
export type XliffApplyResult = z.infer<typeof xliffApplyResultSchema>;

export const localeReportSchema = z.object({
  locale: languageCodeSchema.or(z.string()),
  keys: z.int(),
  missing: z.array(z.string()),
  extra: z.array(z.string()),
  placeholderMismatch: z.array(
    z.object({ key: z.string(), expected: z.array(z.string()), found: z.array(z.string()) }),
  ),
  /** Translated before the French text last changed (known only for keys stamped with `--stamp`). */
  frenchChanged: z.array(z.string()),
  /** Keys never stamped: whether their French changed is unknown. */
  unstamped: z.int(),
});
export const localesReportSchema = z.object({
  source: z.literal('fr'),
  sourceKeys: z.int(),
  /** locales/.fr-hashes.json exists (written by `node scripts/locales-report.mjs --stamp`). */
  stamped: z.boolean(),
  generatedAt: isoDateSchema,
  locales: z.array(localeReportSchema),
});
export type LocalesReport = z.infer<typeof localesReportSchema>;
