import type { App } from 'vue';
import { ref } from 'vue';
import { db } from '../store/db';

const needRefresh = ref(false);
const offlineReady = ref(false);
let applyUpdate: (() => void) | undefined;
let checkForUpdate: (() => Promise<void>) | undefined;

/** State of the service worker for the update prompt (components/offline/ReloadPrompt.vue). */
export function usePwa() {
  return {
    needRefresh,
    offlineReady,
    /** Activates the waiting worker (SKIP_WAITING) and reloads once it controls the page. */
    update: () => (applyUpdate ? applyUpdate() : window.location.reload()),
    dismiss: () => {
      needRefresh.value = false;
      offlineReady.value = false;
    },
  };
}

// A phone may keep the app open for days: look for a new deployment now and then, and when coming back.
const UPDATE_CHECK_INTERVAL_MS = 60 * 60_000;
const UPDATE_CHECK_MIN_GAP_MS = 5 * 60_000;
let lastCheck = 0;

function maybeCheckForUpdate(force = false): void {
  if (!checkForUpdate || !navigator.onLine) return;
  if (!force && Date.now() - lastCheck < UPDATE_CHECK_MIN_GAP_MS) return;
  lastCheck = Date.now();
  checkForUpdate().catch(() => {
    // Offline or the server is down: the next check will do.
  });
}

async function register(): Promise<void> {
  // workbox-window is loaded after the first paint: it is not needed to show the page.
  const { Workbox } = await import('workbox-window');
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(`${base}sw.js`, { scope: base });

  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) offlineReady.value = true;
  });
  wb.addEventListener('waiting', () => {
    needRefresh.value = true;
  });
  applyUpdate = () => {
    void navigator.serviceWorker.getRegistration().then((registration) => {
      const waiting = registration?.waiting;
      // No worker waiting (the prompt came from the API's minimum version): a reload asks for the shell again.
      if (!waiting) return window.location.reload();
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  checkForUpdate = () => wb.update();
  await wb.register();

  lastCheck = Date.now();
  setInterval(() => maybeCheckForUpdate(true), UPDATE_CHECK_INTERVAL_MS);
  window.addEventListener('online', () => maybeCheckForUpdate());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') maybeCheckForUpdate();
  });
}

/**
 * The API says this shell is older than the oldest it supports: look for the new worker at once and ask
 * the reader to update (the prompt stays until they do, or until they dismiss it for this visit).
 */
function onShellOutdated(): void {
  maybeCheckForUpdate(true);
  needRefresh.value = true;
}

const RELOADED_KEY = 'reperes.reloadedForChunk';

/**
 * A page chunk that fails to load after a deployment (an old shell asking for files the server and the new
 * worker no longer have): reload once to get the current shell, rather than stay broken on the old one.
 */
function reloadOnMissingChunk(): void {
  window.addEventListener('vite:preloadError', (event) => {
    try {
      const last = Number(sessionStorage.getItem(RELOADED_KEY) ?? 0);
      if (Date.now() - last < 30_000) return; // already tried: offline, or really broken; let it show
      sessionStorage.setItem(RELOADED_KEY, String(Date.now()));
    } catch {
      return;
    }
    event.preventDefault();
    window.location.reload();
  });
}

export function install(_app: App): void {
  // Open the device database while the app boots (messages, router): the first screen reads from it.
  void db().catch(() => undefined);
  reloadOnMissingChunk();
  void import('../data/http').then(({ onShellOutdated: subscribe }) => subscribe(onShellOutdated));
}

/**
 * Work the reader never waits for, started once the first page has settled (main.ts): the packs' sync, the
 * queued reports and the service worker, whose install downloads the whole app (every page, every
 * language).
 */
export function startBackground(): void {
  // Packs sync and queued reports leave now, then on each reconnection (data/background.ts).
  void import('../data/background').then(({ startBackgroundWork }) => startBackgroundWork());
  // The worker is built for production only (vite build); the dev server never registers one.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  register().catch((error: unknown) => console.error('Service worker registration failed.', error));
}
