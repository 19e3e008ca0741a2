/**
 * The taxonomy values the reader shows (facets, eligibility cards), copied from
 * shared/src/schemas/taxonomy.ts and fiche.ts because importing those modules would bring zod into the
 * reader bundle. The types below fail the type check if the copies and the shared lists drift apart.
 */
import type {
  FRENCH_LEVELS as SHARED_FRENCH_LEVELS,
  LEGAL_STATUSES as SHARED_LEGAL_STATUSES,
  WEEKDAYS as SHARED_WEEKDAYS,
} from '@reperes/shared/schemas/taxonomy';
import type { FICHE_TYPES as SHARED_FICHE_TYPES } from '@reperes/shared/schemas/fiche';

type Values<T extends readonly unknown[]> = T[number];
type SameSet<A, B> = [Exclude<A, B>] extends [never]
  ? [Exclude<B, A>] extends [never]
    ? true
    : false
  : false;

export const FICHE_TYPES = ['demarche', 'dispositif'] as const;
export const LEGAL_STATUSES = [
  'asylum_seeker',
  'refugee',
  'subsidiary_protection',
  'temporary_protection',
  'stateless',
  'french_citizen',
] as const;
export const FRENCH_LEVELS = ['alpha', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export type FicheType = Values<typeof FICHE_TYPES>;
export type LegalStatus = Values<typeof LEGAL_STATUSES>;
export type FrenchLevel = Values<typeof FRENCH_LEVELS>;

export const taxonomyInSync: [
  SameSet<FicheType, Values<typeof SHARED_FICHE_TYPES>>,
  SameSet<LegalStatus, Values<typeof SHARED_LEGAL_STATUSES>>,
  SameSet<FrenchLevel, Values<typeof SHARED_FRENCH_LEVELS>>,
  SameSet<Values<typeof WEEKDAYS>, Values<typeof SHARED_WEEKDAYS>>,
] = [true, true, true, true];
