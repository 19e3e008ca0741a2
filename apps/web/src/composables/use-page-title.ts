import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';

/** Keeps `document.title` as "<page> — Repères" (just "Repères" without a page title). */
export function usePageTitle(title: () => string | undefined): void {
  const { t } = useI18n();
  watchEffect(() => {
    const page = title();
    document.title = page ? `${page} — ${t('common.appName')}` : t('common.appName');
  });
}
