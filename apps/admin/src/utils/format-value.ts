import { NOT_APPLICABLE } from '@reperes/shared';
import { i18n } from '../modules/i18n';

type Label = (group: string, value: string) => string;

/** Which label group the values of a metadata path use ("eligibility.legalStatus" → legalStatus). */
const GROUP_BY_KEY: Record<string, string> = {
  legalStatus: 'legalStatus',
  public: 'public',
  frenchLevel: 'frenchLevel',
  conditions: 'condition',
  weekdays: 'weekday',
  frequency: 'frequency',
  period: 'period',
  type: 'type',
};

/** A readable French rendering of a metadata value, for the merge view and the history diff. */
export function formatValue(
  path: string,
  value: unknown,
  label: Label,
  themeName?: (id: string) => string,
): string {
  const t = i18n.global.t;
  const key = path.split('.').at(-1) ?? '';
  if (value === undefined || value === null || value === '') return t('admin.format.empty');
  if (value === NOT_APPLICABLE) return t('admin.format.notApplicable');
  const group = GROUP_BY_KEY[key];
  if (Array.isArray(value)) {
    if (value.length === 0) return t('admin.format.empty');
    if (key === 'secondaryThemes' && themeName) return value.map((v) => themeName(String(v))).join(', ');
    return value
      .map((v) => (group ? label(group, String(v)) : formatValue(path, v, label, themeName)))
      .join(', ');
  }
  if (typeof value === 'string') {
    if (key === 'mainTheme' && themeName) return themeName(value);
    return group ? label(group, value) : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const o = value as Record<string, unknown>;
  if (key === 'age') {
    if (o.min !== undefined && o.max !== undefined)
      return t('admin.format.ageBetween', { min: String(o.min), max: String(o.max) });
    if (o.min !== undefined) return t('admin.format.ageFrom', { min: String(o.min) });
    if (o.max !== undefined) return t('admin.format.ageUpTo', { max: String(o.max) });
  }
  if (key === 'price') {
    if (o.kind === 'free') return t('admin.editor.price.free');
    return t('admin.format.price', {
      amount: String(o.amountEuros ?? '?'),
      period: label('period', String(o.period)),
    });
  }
  if (key === 'location') {
    if (o.kind === 'departments')
      return `${label('location', 'departments')} : ${(o.departments as string[]).join(', ')}`;
    return label('location', String(o.kind));
  }
  if (key === 'address') return [o.street, o.postalCode, o.city].filter(Boolean).join(', ');
  if (key === 'coordinates') return `${String(o.lat)}, ${String(o.lng)}`;
  if (key === 'externalLink') return [o.label, o.url].filter(Boolean).join(' — ');
  return Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${label('field', k)} : ${formatValue(`${path}.${k}`, v, label, themeName)}`)
    .join(' ; ');
}

/** "eligibility.price.amountEuros" → "Prix › Montant (€)". */
export function pathLabel(path: string, label: Label): string {
  const parts = path.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === 'eligibility' && parts[i + 1]) {
      out.push(label('eligibility', parts[i + 1]!));
      i++;
    } else out.push(label('field', part));
  }
  return out.join(' › ');
}
