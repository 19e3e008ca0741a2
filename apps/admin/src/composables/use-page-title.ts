import { watchEffect } from 'vue';
import { i18n } from '../modules/i18n';

/** Sets `document.title` to "<page> — Repères administration", following reactive changes. */
export function usePageTitle(title: () => string): void {
  watchEffect(() => {
    const app = i18n.global.t('admin.title');
    const page = title();
    document.title = page && page !== app ? `${page} — ${app}` : app;
  });
}
