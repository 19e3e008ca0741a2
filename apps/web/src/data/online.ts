/**
 * Whether the API can be reached: the browser says it is online AND the last API request got an answer.
 * A hostel Wi-Fi without Internet or a stopped server keep `navigator.onLine` true, so failed requests
 * count too. While unreachable, a tiny probe retries with backoff; coming back runs the reconnect hooks
 * (delta sync, outbox) — issue 5 items 4, 6, 7.
 */
import { computed, ref } from 'vue';

const browserOnline = ref(typeof navigator === 'undefined' ? true : navigator.onLine);
const serverReachable = ref(true);

/** True when reading from the device only (the banner shows). */
export const isOffline = computed(() => !browserOnline.value || !serverReachable.value);

const reconnectHooks = new Set<() => void>();
const PROBE_URL = '/api/v1/health/live';
const PROBE_DELAYS_MS = [5_000, 15_000, 30_000, 60_000, 300_000];
let probeTimer: ReturnType<typeof setTimeout> | undefined;
let probeAttempt = 0;
let listening = false;

/** Runs `hook` each time the connection comes back. Returns the unsubscribe function. */
export function onReconnect(hook: () => void): () => void {
  reconnectHooks.add(hook);
  return () => reconnectHooks.delete(hook);
}

function wasOffline(): boolean {
  return isOffline.value;
}

function reconnected(): void {
  for (const hook of reconnectHooks) {
    try {
      hook();
    } catch (error) {
      console.error(error);
    }
  }
}

/** Whether to try the network at all: false when the browser knows it is offline. */
export function mayTryNetwork(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine;
}

export function reportReachable(): void {
  const before = wasOffline();
  serverReachable.value = true;
  probeAttempt = 0;
  clearTimeout(probeTimer);
  probeTimer = undefined;
  if (before && !wasOffline()) reconnected();
}

export function reportUnreachable(): void {
  serverReachable.value = false;
  scheduleProbe();
}

function scheduleProbe(): void {
  if (probeTimer !== undefined || !browserOnline.value) return;
  const delay = PROBE_DELAYS_MS[Math.min(probeAttempt, PROBE_DELAYS_MS.length - 1)]!;
  probeAttempt += 1;
  probeTimer = setTimeout(() => {
    probeTimer = undefined;
    fetch(PROBE_URL, { cache: 'no-store' })
      .then((response) => (response.ok ? reportReachable() : scheduleProbe()))
      .catch(() => scheduleProbe());
  }, delay);
}

/** Listens to the browser's online/offline events (once). */
export function listenToConnection(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('offline', () => {
    browserOnline.value = false;
  });
  window.addEventListener('online', () => {
    browserOnline.value = true;
    // Assume the server is back; the next request (the sync run by the hooks) says otherwise.
    serverReachable.value = true;
    clearTimeout(probeTimer);
    probeTimer = undefined;
    probeAttempt = 0;
    reconnected();
  });
}

listenToConnection();

/** Reactive connection state for components (the offline banner, the packs screen). */
export function useConnection() {
  return { isOffline };
}
