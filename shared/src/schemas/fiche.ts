import { z } from 'zod';
import { idSchema, isoDateSchema, itemIdSchema, orNotApplicable, slugSchema } from './common.js';
import {
  FREQUENCIES,
  PRICE_PERIODS,
  conditionSchema,
  departmentSchema,
  frenchLevelSchema,
  legalStatusSchema,
  publicSchema,
  weekdaySchema,
} from './taxonomy.js';

export const FICHE_TYPES = ['dispositif', 'demarche'] as const;
export const ficheTypeSchema = z.enum(FICHE_TYPES);
export type FicheType = z.infer<typeof ficheTypeSchema>;

export const FICHE_STATUSES = [
  'draft',
  'in_review',
  'published',
  'unpublished',
  'archived',
  'deleted',
] as const;
export const ficheStatusSchema = z.enum(FICHE_STATUSES);
export type FicheStatus = z.infer<typeof ficheStatusSchema>;

export const SUMMARY_MAX = 110;

const markdownSchema = z.string().max(20_000);
const shortText = z.string().trim().max(200);

/** One item of a section: its id never changes, so translations stay attached to it. */
export const sectionItemSchema = z.object({
  id: itemIdSchema,
  title: z.string().trim().max(200),
  body: markdownSchema.meta({ description: 'Markdown (rendered by the shared pipeline, never raw HTML)' }),
});
export type SectionItem = z.infer<typeof sectionItemSchema>;

export const SECTION_KEYS = ['what', 'why', 'how', 'next'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const sectionsSchema = z.object({
  /** C'est quoi ? */
  what: sectionItemSchema,
  /** Pourquoi c'est intéressant ? (dispositif only, at least 3 items) */
  why: z.array(sectionItemSchema).max(20).default([]),
  /** Comment faire ? (numbered steps for a démarche) */
  how: z.array(sectionItemSchema).max(30).default([]),
  /** Et après ? (démarche only) */
  next: z.array(sectionItemSchema).max(20).default([]),
});
export type Sections = z.infer<typeof sectionsSchema>;

export const ageRangeSchema = z
  .object({ min: z.int().min(0).max(120).optional(), max: z.int().min(0).max(120).optional() })
  .refine((a) => a.min === undefined || a.max === undefined || a.min <= a.max, 'min must not exceed max');

export const priceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free') }),
  z.object({
    kind: z.literal('paid'),
    amountEuros: z.number().min(0).max(100_000),
    period: z.enum(PRICE_PERIODS),
  }),
]);

export const locationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('nationwide') }),
  z.object({ kind: z.literal('online') }),
  z.object({ kind: z.literal('departments'), departments: z.array(departmentSchema).min(1).max(101) }),
]);

export const commitmentSchema = z.object({
  /** Total duration in words, e.g. "6 mois". */
  duration: shortText.optional(),
  hoursPerWeek: z.number().min(0).max(80).optional(),
  frequency: z.enum(FREQUENCIES).optional(),
  weekdays: z.array(weekdaySchema).max(7).optional(),
});

/** "C'est pour qui ?" — each field filled, explicitly not applicable, or absent (not filled yet). */
export const eligibilitySchema = z.object({
  legalStatus: orNotApplicable(z.array(legalStatusSchema).min(1)),
  public: orNotApplicable(z.array(publicSchema).min(1)),
  age: orNotApplicable(ageRangeSchema),
  frenchLevel: orNotApplicable(z.array(frenchLevelSchema).min(1)),
  price: orNotApplicable(priceSchema),
  conditions: orNotApplicable(z.array(conditionSchema).min(1)),
  location: orNotApplicable(locationSchema),
  commitment: orNotApplicable(commitmentSchema),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;
export const ELIGIBILITY_FIELDS = [
  'legalStatus',
  'public',
  'age',
  'frenchLevel',
  'price',
  'conditions',
  'location',
  'commitment',
] as const satisfies readonly (keyof Eligibility)[];

export const placeSchema = z.object({
  id: itemIdSchema,
  name: shortText.min(1),
  address: z.object({
    street: shortText.min(1),
    postalCode: z.string().regex(/^\d{5}$/, 'a 5-digit postal code'),
    city: shortText.min(1),
  }),
  phone: z
    .string()
    .regex(/^\+?[0-9 .]{3,20}$/, 'a phone number')
    .optional(),
  openingHours: z.string().max(500).optional(),
  coordinates: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).optional(),
});
export type Place = z.infer<typeof placeSchema>;

export const contactSchema = z.object({
  id: itemIdSchema,
  name: shortText.min(1),
  role: shortText.optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 .]{3,20}$/, 'a phone number')
    .optional(),
  email: z.email().max(200).optional(),
});
export type Contact = z.infer<typeof contactSchema>;

export const externalLinkSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  label: shortText.optional(),
});

/** The French content of a fiche: what contributors write and editors approve. */
export const ficheContentSchema = z.object({
  type: ficheTypeSchema,
  /** Informative title: says what the reader can do ("Demander l'asile"). */
  title: z.string().trim().max(120),
  /** Brand name of a dispositif ("Kodiko"). */
  brandTitle: z.string().trim().max(80).optional(),
  /** Administration in charge of a démarche ("Préfecture", "OFPRA"). */
  administration: shortText.optional(),
  summary: z.string().trim().max(SUMMARY_MAX),
  /** Sponsoring organisation of a dispositif. */
  sponsor: shortText.optional(),
  mainTheme: slugSchema.optional(),
  secondaryThemes: z.array(slugSchema).max(5).default([]),
  needs: z.array(slugSchema).max(10).default([]),
  eligibility: eligibilitySchema.default({}),
  sections: sectionsSchema,
  places: z.array(placeSchema).max(50).default([]),
  contacts: z.array(contactSchema).max(20).default([]),
  externalLink: externalLinkSchema.optional(),
});
export type FicheContent = z.infer<typeof ficheContentSchema>;
export type FicheContentInput = z.input<typeof ficheContentSchema>;

/** A fiche as the back-office sees it: identity, workflow state and its current content. */
export const ficheSchema = z.object({
  id: idSchema,
  slug: slugSchema,
  status: ficheStatusSchema,
  organisationId: idSchema.optional(),
  /** Optimistic concurrency: every save sends the revision it was based on. */
  revision: z.int().min(0),
  content: ficheContentSchema,
  publishedAt: isoDateSchema.optional(),
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
});
export type Fiche = z.infer<typeof ficheSchema>;

/** Every section item in reading order, with the section it belongs to. */
export function sectionItems(sections: Sections): { section: SectionKey; item: SectionItem }[] {
  return [
    { section: 'what' as const, item: sections.what },
    ...sections.why.map((item) => ({ section: 'why' as const, item })),
    ...sections.how.map((item) => ({ section: 'how' as const, item })),
    ...sections.next.map((item) => ({ section: 'next' as const, item })),
  ];
}
