import { getLanguage, type LanguageCode } from '../../languages';

/** "1,2 Mo", "1.2 MB", "١٫٢ ميغابايت": sizes in the reader's language (Intl unit formatting). */
export function formatBytes(bytes: number, lang: LanguageCode): string {
  const tag = getLanguage(lang).bcp47;
  const [value, unit] =
    bytes >= 1e9
      ? [bytes / 1e9, 'gigabyte']
      : bytes >= 1e6
        ? [bytes / 1e6, 'megabyte']
        : [Math.max(bytes, 1e3) / 1e3, 'kilobyte'];
  return new Intl.NumberFormat(tag, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** Date and time of a sync, in the reader's language and calendar. */
export function formatDateTime(iso: string, lang: LanguageCode): string {
  return new Intl.DateTimeFormat(getLanguage(lang).bcp47, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatPercent(fraction: number, lang: LanguageCode): string {
  return new Intl.NumberFormat(getLanguage(lang).bcp47, {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(fraction);
}
