import { labelCallouts, renderMarkdown } from '@reperes/shared';
import { i18n } from '../modules/i18n';

/**
 * The reader's pipeline, unchanged: `renderMarkdown` (marked + sanitize-html) then `labelCallouts` with the
 * translated callout titles. The preview is therefore exactly what readers will see.
 */
export function renderPreview(markdown: string): string {
  const t = i18n.global.t;
  return labelCallouts(renderMarkdown(markdown), {
    info: t('admin.editor.callout.info'),
    important: t('admin.editor.callout.important'),
  });
}
