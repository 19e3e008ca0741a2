/**
 * The languages the reader UI is offered in, with their direction.
 * Temporary local copy: when the registry in @reperes/shared (src/languages.ts) is wired into this app,
 * replace this file's body by `export * from '@reperes/shared/languages';` — the names match.
 */
export interface Language {
  code: string;
  endonym: string;
  dir: 'ltr' | 'rtl';
}

export const SOURCE_LANGUAGE = 'fr';

export const LANGUAGES = [
  { code: 'fr', endonym: 'Français', dir: 'ltr' },
  { code: 'en', endonym: 'English', dir: 'ltr' },
  { code: 'ar', endonym: 'العربية', dir: 'rtl' },
  { code: 'fa', endonym: 'دری', dir: 'rtl' },
  { code: 'ps', endonym: 'پښتو', dir: 'rtl' },
  { code: 'ru', endonym: 'Русский', dir: 'ltr' },
  { code: 'uk', endonym: 'Українська', dir: 'ltr' },
  { code: 'ti', endonym: 'ትግርኛ', dir: 'ltr' },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && LANGUAGES.some((l) => l.code === value);
}

export function getLanguage(code: LanguageCode): Language {
  const found = LANGUAGES.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown language ${code}`);
  return found;
}
