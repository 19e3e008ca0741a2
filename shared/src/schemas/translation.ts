import { z } from 'zod';
import { idSchema, isoDateSchema, itemIdSchema, languageCodeSchema } from './common.js';

/**
 * Translation is per unit and per language. A unit is a section item (its stable id) or the fiche
 * header (`header`: informative title + summary). Each stored text keeps the hash of the French unit it
 * was made from: when the French changes, the hash no longer matches and the translation is outdated.
 */
export const HEADER_UNIT = 'header' as const;
export const unitIdSchema = z.union([z.literal(HEADER_UNIT), itemIdSchema]);

/** Workflow states of a stored translation text. */
export const TRANSLATION_STATES = ['machine', 'draft', 'in_review', 'approved'] as const;
export const translationStateSchema = z.enum(TRANSLATION_STATES);
export type TranslationState = z.infer<typeof translationStateSchema>;

/** What a reader is told about a unit, derived from the stored states and the French hash. */
export const FRESHNESS = ['up_to_date', 'outdated', 'missing'] as const;
export const freshnessSchema = z.enum(FRESHNESS);
export type Freshness = z.infer<typeof freshnessSchema>;

export const unitTextSchema = z.object({
  /** Item title, or the fiche's informative title for the header. */
  title: z.string().trim().max(200),
  /** Markdown body, or the summary for the header. */
  body: z.string().max(20_000),
});
export type UnitText = z.infer<typeof unitTextSchema>;

export const translationVersionSchema = unitTextSchema.extend({
  /** Hash of the French unit this text was made from. */
  sourceHash: z.string().regex(/^[a-f0-9]{16}$/),
  state: translationStateSchema,
  by: idSchema.optional(),
  at: isoDateSchema,
});
export type TranslationVersion = z.infer<typeof translationVersionSchema>;

/** One unit of one fiche in one language: the approved text readers see, and the work in progress. */
export const translationSchema = z.object({
  ficheId: idSchema,
  lang: languageCodeSchema,
  unitId: unitIdSchema,
  approved: translationVersionSchema.extend({ state: z.literal('approved') }).optional(),
  working: translationVersionSchema.extend({ state: z.enum(['machine', 'draft', 'in_review']) }).optional(),
});
export type Translation = z.infer<typeof translationSchema>;
