import { z } from 'zod';

/** Legal situations a fiche can be meant for. */
export const LEGAL_STATUSES = [
  'asylum_seeker',
  'refugee',
  'subsidiary_protection',
  'temporary_protection',
  'stateless',
  'french_citizen',
] as const;
export const legalStatusSchema = z.enum(LEGAL_STATUSES);

export const PUBLICS = [
  'all',
  'families',
  'women',
  'young_people',
  'seniors',
  'children',
  'disabled_people',
] as const;
export const publicSchema = z.enum(PUBLICS);

/** "alpha" = people learning to read and write; then the CEFR levels. */
export const FRENCH_LEVELS = ['alpha', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const frenchLevelSchema = z.enum(FRENCH_LEVELS);

export const CONDITIONS = [
  'residence_permit',
  'asylum_certificate',
  'bank_account',
  'france_travail_registration',
  'caf_registration',
  'social_security_number',
  'address_or_domiciliation',
  'cir_signed',
  'income_below_threshold',
  'orientation_by_professional',
] as const;
export const conditionSchema = z.enum(CONDITIONS);

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const weekdaySchema = z.enum(WEEKDAYS);

export const PRICE_PERIODS = ['once', 'hour', 'day', 'week', 'month', 'year'] as const;

export const FREQUENCIES = ['once', 'daily', 'several_per_week', 'weekly', 'monthly', 'flexible'] as const;

/** French départements: 01–95, 2A, 2B, 971–976. */
export const departmentSchema = z
  .string()
  .regex(/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/, 'a French département number');
