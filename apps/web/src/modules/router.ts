import type { App } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';

// Every page is its own chunk: the first view downloads only the page it shows.
export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'home', component: () => import('../pages/HomePage.vue') },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../pages/NotFoundPage.vue') },
  ],
});

export function install(app: App): void {
  app.use(router);
}
