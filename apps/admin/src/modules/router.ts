import { nextTick, type App } from 'vue';
import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import type { Role } from '@reperes/shared';
import { onUnauthenticated } from '../api/client';
import { forgetSession, hasRole, loadSession, useSession } from '../composables/use-session';
import { translationRoutes } from '../pages/translation/routes';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Only these roles (the API enforces the same through its permission table). */
    roles?: Role[];
  }
}

const EDITORS: Role[] = ['admin', 'editor'];

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'home', component: () => import('../pages/HomePage.vue'), meta: { public: true } },
    // Sign-in and account recovery. The API's mails link to /admin/reset-password and /admin/accept-invite.
    {
      path: '/login',
      name: 'login',
      component: () => import('../pages/LoginPage.vue'),
      meta: { public: true },
    },
    {
      path: '/forgot-password',
      name: 'forgot-password',
      component: () => import('../pages/ForgotPasswordPage.vue'),
      meta: { public: true },
    },
    {
      path: '/reset-password',
      name: 'reset-password',
      component: () => import('../pages/ResetPasswordPage.vue'),
      meta: { public: true },
    },
    {
      path: '/accept-invite',
      name: 'accept-invite',
      component: () => import('../pages/AcceptInvitePage.vue'),
      meta: { public: true },
    },
    {
      path: '/dev/mail',
      name: 'dev-mail',
      component: () => import('../pages/DevMailPage.vue'),
      meta: { public: true },
    },
    { path: '/account', name: 'account', component: () => import('../pages/AccountPage.vue') },
    { path: '/account/totp', name: 'totp-setup', component: () => import('../pages/TotpSetupPage.vue') },
    // Content.
    { path: '/fiches', name: 'fiches', component: () => import('../pages/FicheListPage.vue') },
    { path: '/fiches/:id', name: 'fiche-edit', component: () => import('../pages/FicheEditorPage.vue') },
    {
      path: '/fiches/:id/review',
      name: 'fiche-review',
      component: () => import('../pages/FicheReviewPage.vue'),
    },
    {
      path: '/fiches/:id/history',
      name: 'fiche-history',
      component: () => import('../pages/FicheHistoryPage.vue'),
    },
    {
      path: '/dashboard',
      name: 'dashboard',
      component: () => import('../pages/DashboardPage.vue'),
      meta: { roles: EDITORS },
    },
    // Administration.
    {
      path: '/users',
      name: 'users',
      component: () => import('../pages/UsersPage.vue'),
      meta: { roles: ['admin'] },
    },
    {
      path: '/organisations',
      name: 'organisations',
      component: () => import('../pages/OrganisationsPage.vue'),
      meta: { roles: EDITORS },
    },
    {
      path: '/organisations/:id',
      name: 'organisation',
      component: () => import('../pages/OrganisationPage.vue'),
      meta: { roles: EDITORS },
    },
    {
      path: '/themes',
      name: 'themes',
      component: () => import('../pages/ThemesPage.vue'),
      meta: { roles: EDITORS },
    },
    {
      path: '/forbidden',
      name: 'forbidden',
      component: () => import('../pages/ForbiddenPage.vue'),
    },
    ...translationRoutes, // issue 7: /translation/…
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../pages/NotFoundPage.vue') },
  ],
});

router.beforeEach(async (to) => {
  try {
    await loadSession();
  } catch {
    // The server is unreachable: public pages still open; the others send to the sign-in page, which says so.
  }
  if (to.meta.public) return true;
  const { session } = useSession();
  const redirect = to.fullPath;
  if (!session.user) return { name: 'login', query: { redirect } };
  if (session.totpEnrolmentRequired && to.name !== 'totp-setup')
    return { name: 'totp-setup', query: { redirect } };
  if (to.meta.roles && !hasRole(session.user, ...to.meta.roles)) return { name: 'forbidden' };
  return true;
});

let firstNavigation = true;
/** After an in-app navigation, move focus to the new page's heading so screen readers announce it. */
router.afterEach((to: RouteLocationNormalized, from: RouteLocationNormalized) => {
  if (firstNavigation) {
    firstNavigation = false;
    return;
  }
  if (to.path === from.path) return;
  void nextTick(() => {
    const heading = document.querySelector<HTMLElement>('#main h1');
    const target = heading ?? document.getElementById('main');
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  });
});

onUnauthenticated(() => {
  forgetSession();
  const current = router.currentRoute.value;
  if (!current.meta.public) void router.push({ name: 'login', query: { redirect: current.fullPath } });
});

export function install(app: App): void {
  app.use(router);
}
