import { z } from 'zod';
import { idSchema, isoDateSchema, itemIdSchema, languageCodeSchema, slugSchema } from './common.js';
import {
  contactSchema,
  eligibilitySchema,
  externalLinkSchema,
  ficheTypeSchema,
  placeSchema,
} from './fiche.js';
import { freshnessSchema } from './translation.js';
import { FRENCH_LEVELS, LEGAL_STATUSES, departmentSchema } from './taxonomy.js';

/** A section item as a reader receives it: the best text for their language, and how fresh it is. */
export const resolvedItemSchema = z.object({
  id: itemIdSchema,
  title: z.string(),
  /** Sanitized HTML from the shared markdown pipeline. */
  html: z.string(),
  /** Language of `title`/`html`: the reader's language, or French when missing. */
  lang: languageCodeSchema,
  state: freshnessSchema,
  /** When the French text last changed (set when `state` is `outdated`). */
  frenchChangedAt: isoDateSchema.optional(),
  /** The French text, for "read in French" and bilingual search (absent in French documents). */
  french: z.object({ title: z.string(), html: z.string() }).optional(),
});
export type ResolvedItem = z.infer<typeof resolvedItemSchema>;

export const resolvedHeaderSchema = z.object({
  title: z.string(),
  summary: z.string(),
  lang: languageCodeSchema,
  state: freshnessSchema,
  frenchChangedAt: isoDateSchema.optional(),
  french: z.object({ title: z.string(), summary: z.string() }).optional(),
});

/** The resolved reader document of one fiche in one language. Its hash is the strong ETag. */
export const resolvedFicheSchema = z.object({
  id: idSchema,
  slug: slugSchema,
  type: ficheTypeSchema,
  lang: languageCodeSchema,
  dir: z.enum(['ltr', 'rtl']),
  hash: z.string(),
  header: resolvedHeaderSchema,
  brandTitle: z.string().optional(),
  administration: z.string().optional(),
  sponsor: z.string().optional(),
  mainTheme: slugSchema.optional(),
  secondaryThemes: z.array(slugSchema),
  needs: z.array(slugSchema),
  eligibility: eligibilitySchema,
  sections: z.object({
    what: resolvedItemSchema,
    why: z.array(resolvedItemSchema),
    how: z.array(resolvedItemSchema),
    next: z.array(resolvedItemSchema),
  }),
  places: z.array(placeSchema),
  contacts: z.array(contactSchema),
  externalLink: externalLinkSchema.optional(),
  /** Languages in which the fiche has approved translations (French always). */
  availableLanguages: z.array(languageCodeSchema),
  /** Share of units (header + items) up to date in this language, 0–1. */
  coverage: z.number().min(0).max(1),
  publishedAt: isoDateSchema,
  updatedAt: isoDateSchema,
});
export type ResolvedFiche = z.infer<typeof resolvedFicheSchema>;

export const ficheSummarySchema = z.object({
  id: idSchema,
  slug: slugSchema,
  type: ficheTypeSchema,
  lang: languageCodeSchema,
  title: z.string(),
  summary: z.string(),
  /** Language the title and summary are in (French when not translated). */
  textLang: languageCodeSchema,
  brandTitle: z.string().optional(),
  mainTheme: slugSchema.optional(),
  needs: z.array(slugSchema),
  hash: z.string(),
  updatedAt: isoDateSchema,
});
export type FicheSummary = z.infer<typeof ficheSummarySchema>;

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(500)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(item).max(30));

export const ficheListQuerySchema = z.strictObject({
  lang: languageCodeSchema.default('fr'),
  theme: slugSchema.optional(),
  need: slugSchema.optional(),
  type: ficheTypeSchema.optional(),
  department: departmentSchema.optional(),
  age: z.coerce.number().int().min(0).max(120).optional(),
  frenchLevel: z.enum(FRENCH_LEVELS).optional(),
  legalStatus: z.enum(LEGAL_STATUSES).optional(),
  status: z.literal('published').optional().meta({ description: 'Only published fiches are public' }),
  sort: z.enum(['recent', 'title']).default('recent'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  ids: csv(idSchema).optional(),
});
export type FicheListQuery = z.infer<typeof ficheListQuerySchema>;

export const ficheListSchema = z.object({
  items: z.array(ficheSummarySchema),
  page: z.int(),
  pageSize: z.int(),
  total: z.int(),
});
export type FicheList = z.infer<typeof ficheListSchema>;

export const localizedNeedSchema = z.object({ id: slugSchema, name: z.string(), lang: languageCodeSchema });
export const localizedThemeSchema = z.object({
  id: slugSchema,
  name: z.string(),
  lang: languageCodeSchema,
  icon: z.string(),
  color: z.string(),
  /** Published fiches whose main or secondary theme this is. */
  ficheCount: z.int(),
  needs: z.array(localizedNeedSchema),
});
export type LocalizedTheme = z.infer<typeof localizedThemeSchema>;
export const themeListSchema = z.object({
  lang: languageCodeSchema,
  hash: z.string(),
  themes: z.array(localizedThemeSchema),
});
export type ThemeList = z.infer<typeof themeListSchema>;

export const languageListSchema = z.object({
  languages: z.array(
    z.object({
      code: languageCodeSchema,
      endonym: z.string(),
      dir: z.enum(['ltr', 'rtl']),
      fallback: languageCodeSchema.nullable(),
      bcp47: z.string(),
    }),
  ),
});

export const packManifestSchema = z.object({
  lang: languageCodeSchema,
  /** Hash of the whole pack: changes when any fiche or the themes change. */
  hash: z.string(),
  generatedAt: isoDateSchema,
  themesHash: z.string(),
  fiches: z.array(z.object({ id: idSchema, slug: slugSchema, hash: z.string(), updatedAt: isoDateSchema })),
  /** Bytes of the uncompressed JSON of every document, to show before downloading. */
  size: z.int(),
});
export type PackManifest = z.infer<typeof packManifestSchema>;

export const packSyncRequestSchema = z
  .strictObject({
    /**
     * Full sync: the fiches the device holds, id → hash (empty for a first download). Used when the device
     * has no cursor yet, or when a delta did not leave it with the server's pack hash.
     */
    have: z
      .record(idSchema, z.string().max(64))
      .refine((r) => Object.keys(r).length <= 20_000, 'too many entries')
      .optional(),
    /** Delta sync: the `cursor` of the device's last sync; only what changed after it is sent. */
    since: z.int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    themesHash: z.string().max(64).optional(),
  })
  .refine((r) => !(r.have && r.since !== undefined), 'send either have or since, not both');
export type PackSyncRequest = z.infer<typeof packSyncRequestSchema>;

export const packSyncResponseSchema = z.object({
  lang: languageCodeSchema,
  hash: z.string(),
  /** Added or changed fiches, resolved in the pack's language (with their French text). */
  upserts: z.array(resolvedFicheSchema),
  /** Ids the device holds (or may hold) that are no longer published. */
  removed: z.array(idSchema),
  /** Where this state stands in the server's change sequence: the `since` of the next sync. */
  cursor: z.int().min(0),
  /** Present when the device's themes are out of date. */
  themes: themeListSchema.optional(),
});
export type PackSyncResponse = z.infer<typeof packSyncResponseSchema>;

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    state: z.enum(['connected', 'disconnected']),
    kind: z.enum(['embedded', 'external']),
  }),
});
export type Health = z.infer<typeof healthSchema>;
