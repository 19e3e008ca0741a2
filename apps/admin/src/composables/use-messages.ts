import { useI18n } from 'vue-i18n';
import { isApiError } from '../api/client';
import { i18n } from '../modules/i18n';

type Params = Record<string, unknown>;

const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
const relativeFormat = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' });

/** "29 nov. 2026, 05:14" */
export function dateTime(iso: string | undefined): string {
  return iso ? dateTimeFormat.format(new Date(iso)) : '';
}

/** "il y a 2 minutes", "hier", "il y a 3 jours" — from an ISO date, relative to `now`. */
export function relativeTime(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return i18n.global.t('admin.common.justNow');
  if (abs < 3600) return relativeFormat.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relativeFormat.format(Math.round(seconds / 3600), 'hour');
  return relativeFormat.format(Math.round(seconds / 86_400), 'day');
}

/**
 * Translation helpers for keys built at run time (status names, taxonomy values, error codes); static keys
 * go through the typed `t` of `useI18n()`.
 */
export function useMessages() {
  const { t, te } = useI18n();
  const tk = (key: string, params: Params = {}): string =>
    (t as (k: string, p: Params) => string)(key, params);
  const has = (key: string): boolean => (te as (k: string) => boolean)(key);

  /** `errors.<CODE>` (shared area), else `admin.errors.<CODE>`, else the generic message. */
  function errorMessage(error: unknown): string {
    const code = isApiError(error) ? error.code : 'INTERNAL_ERROR';
    for (const key of [`errors.${code}`, `admin.errors.${code}`]) if (has(key)) return tk(key);
    return tk('admin.errors.UNKNOWN', { code });
  }

  /** A label for a value of a list (`admin.labels.status.draft`), or the value itself when unknown. */
  function label(group: string, value: string): string {
    const key = `admin.labels.${group}.${value}`;
    return has(key) ? tk(key) : value;
  }

  return { t, tk, has, errorMessage, label, dateTime, relativeTime };
}
