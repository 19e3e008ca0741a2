import type { App } from 'vue';
import { createI18n } from 'vue-i18n';
import fr from '@locales/fr.json';
import { SOURCE_LANGUAGE, getLanguage, isLanguageCode, type LanguageCode } from '../languages';

type Messages = typeof fr;

const STORAGE_KEY = 'reperes.language';

// French ships in the main chunk; the other languages are fetched on first use (and precached by the worker).
const loaders = import.meta.glob<Messages>(['@locales/*.json', '!@locales/fr.json'], { import: 'default' });

export const i18n = createI18n<[Messages], LanguageCode, false>({
  legacy: false,
  locale: SOURCE_LANGUAGE,
  fallbackLocale: SOURCE_LANGUAGE,
  messages: { fr } as Record<LanguageCode, Messages>,
  missingWarn: import.meta.env.DEV,
  fallbackWarn: import.meta.env.DEV,
});

async function loadMessages(code: LanguageCode): Promise<void> {
  if (i18n.global.availableLocales.includes(code)) return;
  const loader = Object.entries(loaders).find(([path]) => path.endsWith(`/${code}.json`))?.[1];
  if (!loader) throw new Error(`No message file for language ${code}`);
  i18n.global.setLocaleMessage(code, await loader());
}

function applyToDocument(code: LanguageCode): void {
  const root = document.documentElement;
  root.lang = code;
  root.dir = getLanguage(code).dir;
}

/** Switches the UI language: loads its messages, sets `<html lang dir>` and remembers the choice. */
export async function setLanguage(code: LanguageCode): Promise<void> {
  await loadMessages(code);
  i18n.global.locale.value = code;
  applyToDocument(code);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Storage can be unavailable (private mode, quota): the choice then lasts for this visit only.
  }
}

function storedLanguage(): LanguageCode {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguageCode(stored)) return stored;
  } catch {
    // see setLanguage
  }
  return SOURCE_LANGUAGE;
}

/** Installs vue-i18n; resolves once the remembered language is loaded, so the first paint is in it. */
export async function install(app: App): Promise<void> {
  app.use(i18n);
  const code = storedLanguage();
  applyToDocument(SOURCE_LANGUAGE);
  if (code === SOURCE_LANGUAGE) return;
  try {
    await setLanguage(code);
  } catch (error) {
    console.error('Could not load the remembered language; showing French.', error);
  }
}
