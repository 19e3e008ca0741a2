import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@reperes/shared';

const TRANSLATORS: Role[] = ['translator', 'reviewer'];
const BACK_OFFICE: Role[] = ['admin', 'editor', 'translator', 'reviewer'];

/** The translation area (issue 7), mounted by modules/router.ts. The API checks languages itself. */
export const translationRoutes: RouteRecordRaw[] = [
  {
    path: '/translation',
    name: 'translation',
    component: () => import('./TranslationHomePage.vue'),
    meta: { roles: BACK_OFFICE },
  },
  {
    path: '/translation/coverage',
    name: 'translation-coverage',
    component: () => import('./CoveragePage.vue'),
    meta: { roles: BACK_OFFICE },
  },
  {
    path: '/translation/ui-strings',
    name: 'translation-ui-strings',
    component: () => import('./UiStringsPage.vue'),
    meta: { roles: BACK_OFFICE },
  },
  {
    path: '/translation/:lang',
    name: 'translation-fiches',
    component: () => import('./TranslatorFichesPage.vue'),
    meta: { roles: TRANSLATORS },
  },
  {
    path: '/translation/:lang/fiches/:ficheId',
    name: 'translation-fiche',
    component: () => import('./TranslatorFichePage.vue'),
    meta: { roles: TRANSLATORS },
  },
  {
    path: '/translation/:lang/review',
    name: 'translation-review',
    component: () => import('./ReviewPage.vue'),
    meta: { roles: ['reviewer'] },
  },
  {
    path: '/translation/:lang/xliff',
    name: 'translation-xliff',
    component: () => import('./XliffPage.vue'),
    meta: { roles: BACK_OFFICE },
  },
];
