import { z } from 'zod';
import type { ErrorCode } from '../errors.js';
import { TARGET_LANGUAGE_CODES, type LanguageCode } from '../languages.js';
import { slugSchema } from './common.js';
import { THEME_ICONS, type LocalizedName } from './theme.js';

/**
 * Requests and answers of the theme and need administration (`/api/v1/themes/…` writes, admins and editors).
 * Every write answers the whole catalogue in its new state (`ThemeWriteResult`): it is small, and the
 * back-office replaces what it shows in one go.
 */

/** The error codes of the theme administration (in ERROR_CODES); the back-office shows `admin.errors.<CODE>`. */
export type ThemeErrorCode = Extract<
  ErrorCode,
  'THEME_IN_USE' | 'NEED_IN_USE' | 'THEME_ID_TAKEN' | 'NEED_ID_TAKEN'
>;

/** Path segments of the theme routes that are not theme ids. */
export const RESERVED_THEME_IDS = ['admin', 'order'] as const;

const nameText = z.string().trim().min(1).max(120);
/** A translation may be left empty (`""`, or absent): the name is then missing in that language. */
const optionalNameText = z
  .string()
  .trim()
  .max(120)
  .optional()
  .transform((v) => (v ? v : undefined));
const translatedNames = Object.fromEntries(TARGET_LANGUAGE_CODES.map((c) => [c, optionalNameText])) as Record<
  Exclude<LanguageCode, 'fr'>,
  typeof optionalNameText
>;

/** Names in every language: French required, the others may be empty (missing) — unknown keys refused. */
export const localizedNameInputSchema = z.strictObject({ fr: nameText, ...translatedNames });

/** Contrast of a colour with white (WCAG relative luminance), e.g. 4.5 for `#767676`. */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}

/** The accent colour carries white text: a hex colour with a contrast of at least 4.5:1 with white. */
export const themeColorSchema = z
  .string()
  .regex(/^#[0-9a-f]{6}$/i, 'a hex colour such as #1f5f99')
  .refine((c) => contrastWithWhite(c) >= 4.5, { message: 'too light: white text on it would be unreadable' })
  .transform((c) => c.toLowerCase());

const newIdSchema = slugSchema
  .max(60)
  .refine((id) => !(RESERVED_THEME_IDS as readonly string[]).includes(id), { message: 'a reserved word' });

const versionSchema = z.int().min(0);

export const themeCreateSchema = z.strictObject({
  /** Optional: made from the French name when absent. */
  id: newIdSchema.optional(),
  names: localizedNameInputSchema,
  icon: z.enum(THEME_ICONS),
  color: themeColorSchema,
});
export type ThemeCreate = z.input<typeof themeCreateSchema>;

/** `version` is the theme's version the person edited (from the last read): a stale one gets 409. */
export const themeUpdateSchema = z.strictObject({
  version: versionSchema,
  names: localizedNameInputSchema.optional(),
  icon: z.enum(THEME_ICONS).optional(),
  color: themeColorSchema.optional(),
});
export type ThemeUpdate = z.input<typeof themeUpdateSchema>;

const uniqueIds = (ids: string[]) => new Set(ids).size === ids.length;

/** Every theme id, in the new order. */
export const themeOrderSchema = z.strictObject({
  ids: z.array(slugSchema).min(1).max(200).refine(uniqueIds, { message: 'an id is listed twice' }),
});
export type ThemeOrder = z.input<typeof themeOrderSchema>;

/** Optional `version` on delete: when given and stale, 409. */
export const themeDeleteSchema = z.strictObject({ version: versionSchema.optional() });
export type ThemeDelete = z.input<typeof themeDeleteSchema>;

export const needCreateSchema = z.strictObject({
  /** Optional: made from the French name when absent. Need ids are unique across all themes. */
  id: newIdSchema.optional(),
  names: localizedNameInputSchema,
});
export type NeedCreate = z.input<typeof needCreateSchema>;

/** `version` is the version of the theme holding the need. */
export const needUpdateSchema = z.strictObject({ version: versionSchema, names: localizedNameInputSchema });
export type NeedUpdate = z.input<typeof needUpdateSchema>;

/** Every need id of the theme, in the new order; `version` of the theme. */
export const needOrderSchema = z.strictObject({
  version: versionSchema,
  ids: z.array(slugSchema).max(500).refine(uniqueIds, { message: 'an id is listed twice' }),
});
export type NeedOrder = z.input<typeof needOrderSchema>;

/** Moves a need (same id, so fiches keep it) to the end of another theme; `version` of the source theme. */
export const needMoveSchema = z.strictObject({ version: versionSchema, toTheme: slugSchema });
export type NeedMove = z.input<typeof needMoveSchema>;

export const themeParamsSchema = z.strictObject({ id: slugSchema });
export const needParamsSchema = z.strictObject({ id: slugSchema, needId: slugSchema });

/** A need as the back-office edits it: names in every language, and how many fiches use it. */
export interface AdminNeed {
  id: string;
  order: number;
  names: LocalizedName;
  /** Fiches (any status, draft or published content) that use this need. */
  ficheCount: number;
}

/** A theme as the back-office edits it. */
export interface AdminTheme {
  id: string;
  order: number;
  icon: (typeof THEME_ICONS)[number];
  color: string;
  names: LocalizedName;
  /** Optimistic concurrency: covers the theme and its needs; send it back with every change. */
  version: number;
  updatedAt: string | null;
  /** Fiches (any status, draft or published content) whose main or secondary theme this is. */
  ficheCount: number;
  needs: AdminNeed[];
}

export interface AdminThemeList {
  themes: AdminTheme[];
}

/** What every write answers: the id of the theme or need written, and the whole catalogue after it. */
export interface ThemeWriteResult extends AdminThemeList {
  id: string;
}
