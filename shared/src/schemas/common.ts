import { z } from 'zod';
import { LANGUAGE_CODES } from '../languages.js';

export const languageCodeSchema = z
  .enum(LANGUAGE_CODES)
  .meta({ description: 'Language code from the registry' });

/** A value a contributor may mark as explicitly "not applicable" (which differs from "not filled"). */
export const NOT_APPLICABLE = 'not_applicable' as const;
export const notApplicable = z.literal(NOT_APPLICABLE);

/** `field: X | "not_applicable"`, absent when not filled yet. */
export function orNotApplicable<T extends z.ZodType>(schema: T) {
  return z.union([notApplicable, schema]).optional();
}

export const slugSchema = z
  .string()
  .min(3)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single dashes');

/** Ids are 24-character hex strings (MongoDB ObjectIds written as text). */
export const idSchema = z.string().regex(/^[a-f0-9]{24}$/, 'a 24-character hexadecimal id');

/** Stable id of a section item, kept across edits and reorders. */
export const itemIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,40}$/, 'a short lower-case id');

export const isoDateSchema = z.iso.datetime({ offset: true });
