/**
 * The language registry: the one list of languages Repères is offered in.
 * Adding a language is one entry here and one message file in locales/.
 */
export interface Language {
  /** ISO 639-1 code, also the name of the locales/<code>.json file. */
  code: string;
  /** The language's name in itself, as readers look for it. */
  endonym: string;
  /** Its name in French, for the back-office. */
  frenchName: string;
  dir: 'ltr' | 'rtl';
  /** Language whose text is shown when a text is missing (always the source, French). */
  fallback: 'fr' | null;
  /** BCP 47 tag for Intl and speech synthesis. */
  bcp47: string;
  /** Script, for picking a font that has its glyphs. */
  script: 'Latn' | 'Arab' | 'Cyrl' | 'Ethi';
}

export const SOURCE_LANGUAGE = 'fr';

export const LANGUAGES = [
  {
    code: 'fr',
    endonym: 'Français',
    frenchName: 'français',
    dir: 'ltr',
    fallback: null,
    bcp47: 'fr-FR',
    script: 'Latn',
  },
  {
    code: 'en',
    endonym: 'English',
    frenchName: 'anglais',
    dir: 'ltr',
    fallback: 'fr',
    bcp47: 'en',
    script: 'Latn',
  },
  {
    code: 'ar',
    endonym: 'العربية',
    frenchName: 'arabe',
    dir: 'rtl',
    fallback: 'fr',
    bcp47: 'ar',
    script: 'Arab',
  },
  {
    code: 'fa',
    endonym: 'دری',
    frenchName: 'dari',
    dir: 'rtl',
    fallback: 'fr',
    bcp47: 'fa-AF',
    script: 'Arab',
  },
  {
    code: 'ps',
    endonym: 'پښتو',
    frenchName: 'pachto',
    dir: 'rtl',
    fallback: 'fr',
    bcp47: 'ps',
    script: 'Arab',
  },
  {
    code: 'ru',
    endonym: 'Русский',
    frenchName: 'russe',
    dir: 'ltr',
    fallback: 'fr',
    bcp47: 'ru',
    script: 'Cyrl',
  },
  {
    code: 'uk',
    endonym: 'Українська',
    frenchName: 'ukrainien',
    dir: 'ltr',
    fallback: 'fr',
    bcp47: 'uk',
    script: 'Cyrl',
  },
  {
    code: 'ti',
    endonym: 'ትግርኛ',
    frenchName: 'tigrigna',
    dir: 'ltr',
    fallback: 'fr',
    bcp47: 'ti',
    script: 'Ethi',
  },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [LanguageCode, ...LanguageCode[]];

/** Languages content is translated into (every language but the source). */
export const TARGET_LANGUAGE_CODES = LANGUAGE_CODES.filter((c) => c !== SOURCE_LANGUAGE);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function getLanguage(code: LanguageCode): Language {
  const found = LANGUAGES.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown language ${code}`);
  return found;
}
