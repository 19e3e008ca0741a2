import { computed, reactive, readonly } from 'vue';
import type { AuthUser, Role, SessionInfo, TotpVerifyRequest } from '@reperes/shared';
import { api, get, post, setCsrfToken } from '../api/client';

interface SessionState {
  loaded: boolean;
  user: AuthUser | null;
  /** Password accepted; the TOTP (or recovery) code is expected. */
  totpRequired: boolean;
  /** Privileged role without TOTP yet: only enrolment works until it is done. */
  totpEnrolmentRequired: boolean;
}

const state = reactive<SessionState>({
  loaded: false,
  user: null,
  totpRequired: false,
  totpEnrolmentRequired: false,
});

function apply(info: SessionInfo): void {
  state.user = info.user;
  state.totpRequired = Boolean(info.totpRequired);
  state.totpEnrolmentRequired = Boolean(info.totpEnrolmentRequired);
  state.loaded = true;
  setCsrfToken(info.csrfToken);
}

let loading: Promise<void> | undefined;

/** Loads `GET /auth/session` once (again with `force`). */
export function loadSession(force = false): Promise<void> {
  if (!force && state.loaded) return Promise.resolve();
  if (!force && loading) return loading;
  loading = get<SessionInfo>('/auth/session')
    .then(apply)
    .finally(() => (loading = undefined));
  return loading;
}

export async function signIn(email: string, password: string): Promise<SessionInfo> {
  const info = await post<SessionInfo>('/auth/login', { email, password });
  apply(info);
  return info;
}

export async function verifySecondFactor(input: TotpVerifyRequest): Promise<SessionInfo> {
  const info = await post<SessionInfo>('/auth/totp/verify', input);
  apply(info);
  return info;
}

export async function signOut(): Promise<void> {
  try {
    await api('POST', '/auth/logout', { body: {} });
  } finally {
    forgetSession();
  }
}

/** The API said the session is gone (expired, revoked): forget it locally. */
export function forgetSession(): void {
  apply({ user: null });
}

/** After TOTP enrolment: the session is now complete. */
export function enrolmentDone(): Promise<void> {
  return loadSession(true);
}

export function hasRole(user: { roles: readonly Role[] } | null, ...roles: Role[]): boolean {
  return Boolean(user?.roles.some((r) => roles.includes(r)));
}

/** The signed-in person and what they may reach. */
export function useSession() {
  return {
    session: readonly(state),
    user: computed(() => state.user),
    isEditor: computed(() => hasRole(state.user, 'editor', 'admin')),
    isAdmin: computed(() => hasRole(state.user, 'admin')),
    isWriter: computed(() => hasRole(state.user, 'editor', 'admin', 'contributor')),
  };
}
