import { ref } from 'vue';
import { getLanguage, type LanguageCode, type SessionInfo, type TranslationConfig } from '@reperes/shared';
import { ApiError, apiUrl, get, isApiError } from '../../api/client';
import { useMessages } from '../../composables/use-messages';

export const TR = '/translations';

/** Script-specific font stacks (system fonts: the back-office ships none) and direction of a language. */
export function languageLook(lang: LanguageCode): { dir: 'ltr' | 'rtl'; lang: string; class: string } {
  const l = getLanguage(lang);
  return { dir: l.dir, lang: l.bcp47, class: `tr-script tr-script--${l.script}` };
}

let configPromise: Promise<TranslationConfig> | undefined;
/** GET /translations/config once per page load (languages, machine translation, budget). */
export function loadTranslationConfig(force = false): Promise<TranslationConfig> {
  if (force || !configPromise) {
    configPromise = get<TranslationConfig>(`${TR}/config`);
    configPromise.catch(() => (configPromise = undefined));
  }
  return configPromise;
}

export function useTranslationConfig() {
  const config = ref<TranslationConfig | null>(null);
  const error = ref<unknown>(null);
  const reload = (force = false) =>
    loadTranslationConfig(force)
      .then((c) => (config.value = c))
      .catch((e: unknown) => (error.value = e));
  void reload();
  return { config, error, reload };
}

/**
 * Sends an XLIFF file as it is (application/xml): files are often larger than the JSON body limit. The CSRF
 * token comes from the session (the API client keeps its own copy private).
 */
export async function postXliff<T>(path: string, xml: string): Promise<T> {
  const session = await get<SessionInfo>('/auth/session');
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'content-type': 'application/xml; charset=utf-8',
        'x-csrf-token': session.csrfToken ?? '',
      },
      body: xml,
    });
  } catch {
    throw new ApiError('NETWORK_ERROR', 0, 'The server could not be reached.');
  }
  const body = (await response.json().catch(() => undefined)) as
    (T & { error?: { code: string; message: string; details?: unknown } }) | undefined;
  if (response.ok) return body as T;
  const err = body?.error;
  throw new ApiError(
    err?.code ?? 'INTERNAL_ERROR',
    response.status,
    err?.message ?? `HTTP ${response.status}`,
    err?.details,
  );
}

/** Error texts: the translation area's own codes first, then the shared ones. */
export function useTranslationMessages() {
  const messages = useMessages();
  function errorText(error: unknown): string {
    if (isApiError(error)) {
      const key = `admin.translation.errors.${error.code}`;
      if (messages.has(key)) return messages.tk(key);
    }
    return messages.errorMessage(error);
  }
  /** The API's details for a rejected machine translation or a broken file, when any. */
  function errorDetails(error: unknown): string[] {
    if (!isApiError(error)) return [];
    const d = error.details as
      { rejected?: { unitId: string; problems: string[] }[]; line?: number } | undefined;
    if (d?.rejected) return d.rejected.flatMap((r) => r.problems.map((p) => `${r.unitId} : ${p}`));
    if (error.code === 'XLIFF_INVALID') return [error.message];
    return [];
  }
  return { ...messages, errorText, errorDetails };
}

/** `admin.labels.section.<key>`, or "En-tête" for the header. */
export function useUnitLabels() {
  const { tk, label } = useMessages();
  return (unit: { section: string; index: number }) =>
    unit.section === 'header'
      ? tk('admin.translation.unit.header')
      : unit.section === 'what'
        ? label('section', 'what')
        : tk('admin.translation.unit.item', { section: label('section', unit.section), n: unit.index + 1 });
}
