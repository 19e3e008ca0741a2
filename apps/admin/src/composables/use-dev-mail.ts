import { ref } from 'vue';

/**
 * Whether to link to the development mail outbox. The API only registers it outside production, and a
 * production build never asks (a 404 probe would only add noise to the console).
 */
export function useDevMailAvailable() {
  const available = ref(false);
  if (import.meta.env.DEV)
    void fetch('/api/v1/dev/mail', { headers: { accept: 'application/json' }, cache: 'no-store' })
      .then((r) => (available.value = r.ok))
      .catch(() => (available.value = false));
  return available;
}
