import type { App } from 'vue';
import { createI18n } from 'vue-i18n';
import fr from '@locales/fr.json';

// The back-office is in French only (its users are the French-speaking editorial team).
export const i18n = createI18n<[typeof fr], 'fr', false>({
  legacy: false,
  locale: 'fr',
  fallbackLocale: 'fr',
  messages: { fr },
  missingWarn: import.meta.env.DEV,
  fallbackWarn: import.meta.env.DEV,
});

export function install(app: App): void {
  app.use(i18n);
  document.documentElement.lang = 'fr';
  document.documentElement.dir = 'ltr';
}
