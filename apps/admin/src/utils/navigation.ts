import type { RouteLocationRaw } from 'vue-router';
import type { Role } from '@reperes/shared';
import { hasRole } from '../composables/use-session';
import { router } from '../modules/router';

/** Where to go after signing in: the page asked for (same app only), else the person's home. */
export function afterSignIn(user: { roles: readonly Role[] } | null, redirect: unknown): RouteLocationRaw {
  if (typeof redirect === 'string' && redirect.startsWith('/') && !redirect.startsWith('//')) return redirect;
  if (hasRole(user, 'editor', 'admin')) return { name: 'dashboard' };
  // Translators and reviewers work in the translation area (issue 7) when it is there.
  if (
    !hasRole(user, 'contributor') &&
    hasRole(user, 'translator', 'reviewer') &&
    router.hasRoute('translation')
  )
    return { name: 'translation' };
  return { name: 'fiches' };
}
