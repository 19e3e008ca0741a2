import type { App } from 'vue';
import { nextTick } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
import { prefetchFiche } from '../composables/use-fiche-prefetch';
import HomePage from '../pages/HomePage.vue';
import { isLanguageCode } from '../languages';
import { ensurePageMessages, readerLanguage, setLanguage } from './i18n';

// Every page but home is its own chunk: the first view downloads only the page it shows. Home is in the
// main chunk: it is the most common first view, and one request fewer before it paints.
export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'home', component: HomePage },
    {
      path: '/theme/:themeId',
      name: 'theme',
      component: () => import('../pages/ThemePage.vue'),
      meta: { pageMessages: true },
    },
    {
      path: '/fiche/:slug',
      name: 'fiche',
      component: () => import('../pages/FichePage.vue'),
      meta: { pageMessages: true },
    },
    {
      path: '/fiche/:slug/bilingual',
      name: 'fiche-bilingual',
      component: () => import('../pages/BilingualPage.vue'),
      meta: { pageMessages: true },
    },
    {
      path: '/search',
      name: 'search',
      component: () => import('../pages/SearchPage.vue'),
      meta: { pageMessages: true },
    },
    {
      path: '/saved',
      name: 'saved',
      component: () => import('../pages/SavedPage.vue'),
      meta: { pageMessages: true },
    },
    // The page itself belongs to the offline engineer (issue 5).
    {
      path: '/offline',
      name: 'offline',
      component: () => import('../pages/OfflinePage.vue'),
      meta: { pageMessages: true },
    },
    {
      path: '/:pathMatch(.*)*',
      name: 'not-found',
      component: () => import('../pages/NotFoundPage.vue'),
      meta: { pageMessages: true },
    },
  ],
  scrollBehavior(to, from, savedPosition) {
    if (savedPosition) return savedPosition;
    // Changing a facet or a search query keeps the reader where they are.
    if (to.path === from.path) return false;
    if (to.hash) return { el: to.hash };
    return { top: 0 };
  },
});

// A shared link may carry `?lang=xx`: apply it (main.ts already did before the first paint), then drop it
// from the address so that later language changes are not undone by a reload.
router.beforeEach(async (to) => {
  if (!('lang' in to.query)) return true;
  const lang = to.query.lang;
  if (isLanguageCode(lang) && lang !== readerLanguage.value) await setLanguage(lang);
  const { lang: _dropped, ...query } = to.query;
  return { path: to.path, query, hash: to.hash, replace: true };
});

// Pages beyond home need their messages (modules/i18n.ts): fetched while the page's own chunk loads.
let pageMessages: Promise<void> | undefined;
router.beforeEach((to) => {
  pageMessages = to.meta.pageMessages ? ensurePageMessages() : undefined;
  // A fiche's content too, in the language being shown or switched to: read from the device or the API
  // while the page's code and messages load, rather than after.
  if (to.name === 'fiche') prefetchFiche(String(to.params.slug), readerLanguage.value);
});
router.beforeResolve(async () => {
  try {
    await pageMessages;
  } catch (error) {
    // The worker precaches every message chunk, so this only fails on a first visit that lost the network.
    console.warn('Could not load the page messages.', error);
  }
});

// After moving to another page, focus the main region so screen readers start reading the new page
// (a single-page app never reloads, so nothing else tells them the page changed).
router.afterEach((to, from, failure) => {
  if (failure || from.matched.length === 0 || to.path === from.path) return;
  void nextTick(() => document.getElementById('main')?.focus({ preventScroll: true }));
});

export function install(app: App): void {
  app.use(router);
}
