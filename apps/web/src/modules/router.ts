import type { App } from 'vue';
import { nextTick } from 'vue';
import { START_LOCATION, createRouter, createWebHistory } from 'vue-router';
import { fichePrefetched, prefetchFiche } from '../composables/use-fiche-prefetch';
import HomePage from '../pages/HomePage.vue';
import { isLanguageCode } from '../languages';
import { ensurePageMessages, setLanguage, targetLanguage } from './i18n';

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
  // On the first page, main.ts is already switching to it: no need to wait here (the page waits for its
  // messages below), the fiche can start loading at once.
  if (isLanguageCode(lang) && lang !== targetLanguage()) await setLanguage(lang);
  const { lang: _dropped, ...query } = to.query;
  return { path: to.path, query, hash: to.hash, replace: true };
});

// Pages beyond home need their messages (modules/i18n.ts): fetched while the page's own chunk loads.
let pageMessages: Promise<void> | undefined;
let ficheData: Promise<void> | undefined;
// On a slow connection, the first page shows its loading state after this long.
const FIRST_PAGE_DATA_WAIT_MS = 3_000;
router.beforeEach((to, from) => {
  pageMessages = to.meta.pageMessages ? ensurePageMessages() : undefined;
  ficheData = undefined;
  // A fiche's content too, in the language being shown or switched to (on the first page of a visit,
  // the one main.ts is loading): read from the device or the API while the page's code and messages load.
  if (to.name === 'fiche') {
    const slug = String(to.params.slug);
    const lang = targetLanguage();
    prefetchFiche(slug, lang);
    // The first page of a visit (nothing on screen yet) waits for the data, from the network too; a later
    // one only for the device's copy: the page being left stays until then, and the network is not awaited.
    const first = from === START_LOCATION;
    ficheData = fichePrefetched(slug, lang, first ? 'data' : 'device', first ? FIRST_PAGE_DATA_WAIT_MS : 500);
  }
});
router.beforeResolve(async () => {
  try {
    await pageMessages;
  } catch (error) {
    // The worker precaches every message chunk, so this only fails on a first visit that lost the network.
    console.warn('Could not load the page messages.', error);
  }
  // The fiche goes into the page's first render: no loading state drawn, laid out and replaced a moment
  // later (a layout shift, and the fiche's long render after the first paint).
  await ficheData;
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
