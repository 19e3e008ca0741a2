import type { App } from 'vue';
import { ref } from 'vue';

const needRefresh = ref(false);
const offlineReady = ref(false);
let applyUpdate: (() => void) | undefined;

/** State of the service worker for the update prompt (components/offline/ReloadPrompt.vue). */
export function usePwa() {
  return {
    needRefresh,
    offlineReady,
    /** Activates the waiting worker (SKIP_WAITING) and reloads once it controls the page. */
    update: () => applyUpdate?.(),
    dismiss: () => {
      needRefresh.value = false;
      offlineReady.value = false;
    },
  };
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
    wb.addEventListener('controlling', () => window.location.reload());
    wb.messageSkipWaiting();
  };
  await wb.register();
}

export function install(_app: App): void {
  // The worker is built for production only (vite build); the dev server never registers one.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  register().catch((error: unknown) => console.error('Service worker registration failed.', error));
}
