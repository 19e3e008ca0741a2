import { markdownToText } from './markdown/text.js';
import { NOT_APPLICABLE } from './schemas/common.js';
import { ELIGIBILITY_FIELDS, SUMMARY_MAX } from './schemas/fiche.js';
import type { FicheContentInput, FicheType, SectionItem } from './schemas/fiche.js';

/** Stable codes of completeness issues; the UIs translate them (`completeness.<CODE>` in locales/). */
export const COMPLETENESS_CODES = [
  'TITLE_MISSING',
  'BRAND_TITLE_MISSING',
  'ADMINISTRATION_MISSING',
  'SUMMARY_MISSING',
  'SUMMARY_TOO_LONG',
  'SPONSOR_MISSING',
  'MAIN_THEME_MISSING',
  'ELIGIBILITY_NOT_FILLED',
  'WHAT_BODY_MISSING',
  'WHY_MIN_3',
  'HOW_MIN_1',
  'NEXT_MIN_1',
  'WHY_NOT_FOR_DEMARCHE',
  'NEXT_NOT_FOR_DISPOSITIF',
  'ITEM_TITLE_MISSING',
  'ITEM_BODY_MISSING',
] as const;
export type CompletenessCode = (typeof COMPLETENESS_CODES)[number];

/** One reason a fiche cannot be submitted yet, pointing at the form field (`path`) to fix. */
export interface CompletenessIssue {
  code: CompletenessCode;
  /** Path in the fiche content, as in zod issues: `['sections', 'how', 0, 'body']`. */
  path: (string | number)[];
  /** Values for the translated message: `{ max, length }`, `{ min, count }`, `{ field }`, `{ section, position }`. */
  params?: Record<string, string | number>;
}

export interface CompletenessResult {
  complete: boolean;
  issues: CompletenessIssue[];
}

type ListSection = 'why' | 'how' | 'next';

/**
 * The list sections each type of fiche has, with their minimum number of items (domain.md). A list section
 * missing here does not belong to that type: items written there would never be shown.
 */
export const SECTION_MINIMUMS = {
  dispositif: { why: 3, how: 1 },
  demarche: { how: 1, next: 1 },
} as const satisfies Record<FicheType, Partial<Record<ListSection, number>>>;

const MIN_CODES: Record<ListSection, CompletenessCode> = {
  why: 'WHY_MIN_3',
  how: 'HOW_MIN_1',
  next: 'NEXT_MIN_1',
};
const WRONG_SECTION_CODES: Record<FicheType, CompletenessCode> = {
  dispositif: 'NEXT_NOT_FOR_DISPOSITIF',
  demarche: 'WHY_NOT_FOR_DEMARCHE',
};

type EligibilityInput = NonNullable<FicheContentInput['eligibility']>;
type EligibilityField = (typeof ELIGIBILITY_FIELDS)[number];
type FilledValue<K extends EligibilityField> = Exclude<
  NonNullable<EligibilityInput[K]>,
  typeof NOT_APPLICABLE
>;

// Whether a value that is present and not "not applicable" actually says something.
const SAYS_SOMETHING: { [K in EligibilityField]: (value: FilledValue<K>) => boolean } = {
  legalStatus: (value) => value.length > 0,
  public: (value) => value.length > 0,
  age: (value) => value.min !== undefined || value.max !== undefined,
  frenchLevel: (value) => value.length > 0,
  price: () => true,
  conditions: (value) => value.length > 0,
  location: (value) => value.kind !== 'departments' || value.departments.length > 0,
  commitment: (value) =>
    Boolean(value.duration?.trim()) ||
    value.hoursPerWeek !== undefined ||
    value.frequency !== undefined ||
    (value.weekdays?.length ?? 0) > 0,
};

function isFilled<K extends EligibilityField>(field: K, value: EligibilityInput[K]): boolean {
  if (value === undefined || value === null) return false;
  if (value === NOT_APPLICABLE) return true;
  return SAYS_SOMETHING[field](value as FilledValue<K>);
}

/** Eligibility fields a type of fiche must fill or mark "not applicable": commitment is for dispositifs only. */
export function applicableEligibilityFields(type: FicheType): EligibilityField[] {
  return ELIGIBILITY_FIELDS.filter((field) => field !== 'commitment' || type === 'dispositif');
}

const isBlank = (text: string | undefined) => !text?.trim();
// A body of markup alone (`> [!INFO]`, `---`) says nothing either.
const isEmptyMarkdown = (markdown: string | undefined) =>
  !markdown?.trim() || markdownToText(markdown) === '';

/**
 * Checks that a fiche is complete enough to be submitted for review (domain.md, "Completeness gates
 * submission"): informative title (and brand title for a dispositif), a summary of at most 110 characters, a
 * main theme, the sponsor (dispositif) or administration (démarche), a body for "C'est quoi ?", the section
 * minimums (dispositif: 3 "why", 1 "how"; démarche: 1 "how", 1 "next") with no items in a section the type does
 * not have, a title and a text for every item, and every applicable eligibility field filled or marked
 * "not applicable". Used live by the back-office form and by the API to refuse an incomplete submission.
 * Works on unvalidated input: it never throws on missing parts.
 */
export function checkCompleteness(content: FicheContentInput): CompletenessResult {
  const issues: CompletenessIssue[] = [];
  const add = (code: CompletenessCode, path: (string | number)[], params?: CompletenessIssue['params']) =>
    issues.push(params ? { code, path, params } : { code, path });
  const type: FicheType = content.type === 'demarche' ? 'demarche' : 'dispositif';

  if (isBlank(content.title)) add('TITLE_MISSING', ['title']);
  if (type === 'dispositif' && isBlank(content.brandTitle)) add('BRAND_TITLE_MISSING', ['brandTitle']);
  if (type === 'demarche' && isBlank(content.administration))
    add('ADMINISTRATION_MISSING', ['administration']);

  const summary = content.summary?.trim() ?? '';
  if (summary === '') add('SUMMARY_MISSING', ['summary']);
  else if (summary.length > SUMMARY_MAX) {
    add('SUMMARY_TOO_LONG', ['summary'], { max: SUMMARY_MAX, length: summary.length });
  }

  if (type === 'dispositif' && isBlank(content.sponsor)) add('SPONSOR_MISSING', ['sponsor']);
  if (isBlank(content.mainTheme)) add('MAIN_THEME_MISSING', ['mainTheme']);

  const eligibility: EligibilityInput = content.eligibility ?? {};
  for (const field of applicableEligibilityFields(type)) {
    if (!isFilled(field, eligibility[field]))
      add('ELIGIBILITY_NOT_FILLED', ['eligibility', field], { field });
  }

  const sections = content.sections ?? {};
  if (isEmptyMarkdown(sections.what?.body)) add('WHAT_BODY_MISSING', ['sections', 'what', 'body']);

  const minimums: Partial<Record<ListSection, number>> = SECTION_MINIMUMS[type];
  for (const section of ['why', 'how', 'next'] as const) {
    const items: Partial<SectionItem>[] = sections[section] ?? [];
    const min = minimums[section];
    if (min === undefined) {
      if (items.length > 0) add(WRONG_SECTION_CODES[type], ['sections', section], { count: items.length });
      continue;
    }
    if (items.length < min) add(MIN_CODES[section], ['sections', section], { min, count: items.length });
    items.forEach((item, index) => {
      const params = { section, position: index + 1 };
      if (isBlank(item.title)) add('ITEM_TITLE_MISSING', ['sections', section, index, 'title'], params);
      if (isEmptyMarkdown(item.body)) add('ITEM_BODY_MISSING', ['sections', section, index, 'body'], params);
    });
  }

  return { complete: issues.length === 0, issues };
}
