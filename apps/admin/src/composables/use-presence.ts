import { onBeforeUnmount, onMounted, ref } from 'vue';
import type { PresenceEntry } from '@reperes/shared';
import { api, post } from '../api/client';

export const HEARTBEAT_MS = 20_000;

/**
 * "I have this fiche open": a heartbeat every 20 s while the editor is open, a leave when it closes.
 * `editors` are the other people active on the fiche (the API keeps those seen in the last minute).
 */
export function usePresence(ficheId: string, enabled: () => boolean) {
  const editors = ref<PresenceEntry[]>([]);
  /** Re-renders "since 2 min" without waiting for the next heartbeat. */
  const now = ref(Date.now());
  let timer: ReturnType<typeof setInterval> | undefined;
  let clock: ReturnType<typeof setInterval> | undefined;

  async function beat(): Promise<void> {
    if (!enabled() || document.visibilityState === 'hidden') return;
    try {
      editors.value = (await post<{ editors: PresenceEntry[] }>(`/admin/fiches/${ficheId}/presence`)).editors;
      now.value = Date.now();
    } catch {
      // Presence is a courtesy: a failed heartbeat changes nothing else.
    }
  }

  function leave(): void {
    if (!enabled()) return;
    void api('DELETE', `/admin/fiches/${ficheId}/presence`, { body: {}, keepalive: true }).catch(
      () => undefined,
    );
  }

  const onVisibility = () => {
    if (document.visibilityState === 'visible') void beat();
  };

  // The first beat comes from the page once the fiche is loaded (`beat()`), then every HEARTBEAT_MS.
  onMounted(() => {
    timer = setInterval(() => void beat(), HEARTBEAT_MS);
    clock = setInterval(() => (now.value = Date.now()), 30_000);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', leave);
  });
  onBeforeUnmount(() => {
    clearInterval(timer);
    clearInterval(clock);
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', leave);
    leave();
  });

  return { editors, now, beat };
}
