import type { MessagePart } from './vite-plugins.ts';

/**
 * The reader's UI messages in two parts per language (see src/modules/i18n.ts), so the first view downloads
 * only what the layout and the home page show:
 * - `shell`: everything but the page areas (and the back-office's `admin` area), in the first view;
 * - `pages`: the areas only pages beyond home use, loaded by the router before those pages.
 * A new area or key lands in the shell by default, so it can never be missing on screen; list it here
 * once only pages with `meta.pageMessages` (src/modules/router.ts) use it.
 */
const PAGE_AREAS = [
  'web.fiche',
  'web.eligibility',
  'web.period',
  'web.frequency',
  'web.weekday',
  'web.legalStatus',
  'web.public',
  'web.frenchLevel',
  'web.condition',
  'web.readAloud',
  'web.share',
  'web.feedback',
  'web.bilingual',
  'web.saved',
  'web.translation',
  'web.facets',
  'web.theme',
  'web.search.title',
  'web.search.preparing',
  'web.search.typeSomething',
  'web.search.results',
  'web.search.noResults',
  'web.search.foundInFrench',
  'web.search.failed',
  'web.search.miss',
  'web.notFound',
  // The "Available offline" page (its banner and the pack offer stay in the shell).
  'web.offline.title',
  'web.offline.intro',
  'web.offline.languages',
  'web.offline.sizeLoading',
  'web.offline.size',
  'web.offline.sizeUnknown',
  'web.offline.downloaded',
  'web.offline.ficheCount',
  'web.offline.lastSynced',
  'web.offline.download',
  'web.offline.downloadChoose',
  'web.offline.syncing',
  'web.offline.update',
  'web.offline.remove',
  'web.offline.syncFailed',
  'web.offline.needConnection',
  'web.offline.storageTitle',
  'web.offline.storageUsed',
  'web.offline.storageFree',
  'web.offline.storageUnknown',
  'web.offline.persisted',
  'web.offline.notPersisted',
  'web.offline.persist',
  // API error messages: the reader's pages use web.load.* for what they show.
  'errors',
];

export const MESSAGE_PARTS: Record<'shell' | 'pages', MessagePart> = {
  // `common.health` is the back-office's server status panel.
  shell: { omit: ['admin', 'common.health', ...PAGE_AREAS] },
  pages: { pick: PAGE_AREAS },
};
