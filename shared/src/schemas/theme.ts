import { z } from 'zod';
import { TARGET_LANGUAGE_CODES, type LanguageCode } from '../languages.js';
import { slugSchema } from './common.js';

const nameText = z.string().trim().min(1).max(120);
const translatedNames = Object.fromEntries(
  TARGET_LANGUAGE_CODES.map((c) => [c, nameText.optional()]),
) as Record<Exclude<LanguageCode, 'fr'>, z.ZodOptional<typeof nameText>>;

/** A name in every language of the registry (French required, others may lag behind). */
export const localizedNameSchema = z.object({ fr: nameText, ...translatedNames });
export type LocalizedName = z.infer<typeof localizedNameSchema>;

export const THEME_ICONS = [
  'home',
  'health',
  'work',
  'language',
  'papers',
  'school',
  'transport',
  'money',
  'culture',
  'justice',
] as const;

export const needSchema = z.object({
  id: slugSchema,
  order: z.int().min(0),
  names: localizedNameSchema,
});
export type Need = z.infer<typeof needSchema>;

export const themeSchema = z.object({
  id: slugSchema,
  order: z.int().min(0),
  icon: z.enum(THEME_ICONS),
  /** Accent colour, a CSS hex colour with enough contrast on white. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  names: localizedNameSchema,
  needs: z.array(needSchema),
});
export type Theme = z.infer<typeof themeSchema>;
