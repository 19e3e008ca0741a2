import {
  NOT_APPLICABLE,
  ficheContentSchema,
  type Contact,
  type FicheContent,
  type Place,
  type SectionItem,
} from '@reperes/shared';

/** A fresh stable id for a new section item, place or contact (itemIdSchema: short, lower-case). */
export function newItemId(prefix = 'i'): string {
  const random = Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  return `${prefix}-${Date.now().toString(36).slice(-4)}${random}`;
}

export const emptyItem = (): SectionItem => ({ id: newItemId(), title: '', body: '' });
export const emptyPlace = (): Place => ({
  id: newItemId('p'),
  name: '',
  address: { street: '', postalCode: '', city: '' },
});
export const emptyContact = (): Contact => ({ id: newItemId('c'), name: '' });

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The id of the form control for a content path, as in zod and completeness issues. */
export function fieldId(path: readonly (string | number)[]): string {
  return `f-${path.join('-')}`;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function dropBlank<T extends Record<string, unknown>>(obj: T, keys: (keyof T)[]): T {
  const out = { ...obj };
  for (const k of keys) if (blank(out[k]) || (typeof out[k] === 'number' && !isNumber(out[k]))) delete out[k];
  return out;
}

type Eligibility = NonNullable<FicheContent['eligibility']>;

/**
 * Drops what says nothing yet (an empty optional field, a "filled" eligibility field with nothing chosen, a
 * blank place just added) so that a half-filled form still saves. Anything the person actually typed is
 * kept, even when invalid: the schema then reports it at its field and the change stays on the device.
 */
export function withoutEmpty(form: FicheContent): FicheContent {
  const c: FicheContent = clone(form);
  for (const key of ['brandTitle', 'administration', 'sponsor', 'mainTheme'] as const)
    if (blank(c[key])) delete c[key];

  const e: Eligibility = { ...c.eligibility };
  for (const key of ['legalStatus', 'public', 'frenchLevel', 'conditions'] as const) {
    const v = e[key];
    if (Array.isArray(v) && v.length === 0) delete e[key];
  }
  if (e.age && e.age !== NOT_APPLICABLE) {
    const age = dropBlank(e.age, ['min', 'max']);
    if (age.min === undefined && age.max === undefined) delete e.age;
    else e.age = age;
  }
  if (e.price && e.price !== NOT_APPLICABLE && e.price.kind === 'paid' && !isNumber(e.price.amountEuros))
    delete e.price;
  if (e.location && e.location !== NOT_APPLICABLE && e.location.kind === 'departments') {
    if (e.location.departments.length === 0) delete e.location;
  }
  if (e.commitment && e.commitment !== NOT_APPLICABLE) {
    const commitment = dropBlank(e.commitment, ['duration', 'hoursPerWeek', 'frequency']);
    if (!commitment.weekdays?.length) delete commitment.weekdays;
    if (Object.keys(commitment).length === 0) delete e.commitment;
    else e.commitment = commitment;
  }
  c.eligibility = e;

  c.places = c.places
    .filter(
      (p) =>
        !(
          blank(p.name) &&
          blank(p.address.street) &&
          blank(p.address.postalCode) &&
          blank(p.address.city) &&
          blank(p.phone) &&
          blank(p.openingHours)
        ),
    )
    .map((p) => {
      const place = dropBlank(p, ['phone', 'openingHours']);
      if (place.coordinates && !(isNumber(place.coordinates.lat) && isNumber(place.coordinates.lng)))
        delete place.coordinates;
      return place;
    });
  c.contacts = c.contacts
    .filter((x) => !(blank(x.name) && blank(x.role) && blank(x.phone) && blank(x.email)))
    .map((x) => dropBlank(x, ['role', 'phone', 'email']));
  if (c.externalLink) {
    if (blank(c.externalLink.url)) delete c.externalLink;
    else c.externalLink = dropBlank(c.externalLink, ['label']);
  }
  return c;
}

export interface FormIssue {
  path: (string | number)[];
  code: string;
  /** For too_big / too_small. */
  limit?: number;
  /** What was checked: string, number, array… */
  origin?: string;
  format?: string;
}

export type PreparedContent = { ok: true; content: FicheContent } | { ok: false; issues: FormIssue[] };

/**
 * The content as the API will store it: blanks dropped, then the shared schema (trims, defaults). The
 * same schema the API enforces, so what passes here is accepted there.
 */
export function prepareContent(form: FicheContent): PreparedContent {
  const parsed = ficheContentSchema.safeParse(withoutEmpty(form));
  if (parsed.success) return { ok: true, content: parsed.data };
  return { ok: false, issues: parsed.error.issues.flatMap((i) => toFormIssues(i as RawIssue, [])) };
}

interface RawIssue {
  code: string;
  path: PropertyKey[];
  maximum?: unknown;
  minimum?: unknown;
  format?: unknown;
  origin?: unknown;
  errors?: RawIssue[][];
}

// "not applicable" or a value: report the errors of the value branch, at their own fields.
function toFormIssues(i: RawIssue, prefix: (string | number)[]): FormIssue[] {
  const path = [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  if (i.code === 'invalid_union' && i.errors?.length) {
    const branch = i.errors.find((b) => b.some((sub) => sub.code !== 'invalid_value')) ?? i.errors[0]!;
    return branch.flatMap((sub) => toFormIssues(sub, path));
  }
  const issue: FormIssue = { path, code: i.code };
  const limit = i.code === 'too_big' ? i.maximum : i.code === 'too_small' ? i.minimum : undefined;
  if (typeof limit === 'number' || typeof limit === 'bigint') issue.limit = Number(limit);
  if (typeof i.format === 'string') issue.format = i.format;
  if (typeof i.origin === 'string') issue.origin = i.origin;
  return [issue];
}
