/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { OUTBOX_SYNC_TAG, flushOutbox } from '../store/outbox';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

/** Background Sync (Chromium): not in TypeScript's WebWorker lib. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}

// The update prompt (ReloadPrompt.vue) asks a waiting worker to take over.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The app shell, every page chunk, every UI language and the fonts of every script (vite.config.ts
// globPatterns): a first visit online is enough for the whole app to open offline, in any language.
precacheAndRoute(self.__WB_MANIFEST);
// Caches of older workbox versions; our precache itself drops entries a new deployment no longer lists.
cleanupOutdatedCaches();

// Any page of the reader opens from the cached shell. The API and the back-office (another app under
// this worker's scope) always go to the network; the data layer keeps API data in IndexedDB.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [/^\/api\//, /^\/admin(\/|$)/],
  }),
);

// Reports queued offline (store/outbox.ts) leave when the browser sees the connection back, even if the
// app is closed by then. A failure rejects, so the browser retries later; the page flushes on start too.
self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== OUTBOX_SYNC_TAG) return;
  sync.waitUntil(
    flushOutbox().then((result) => {
      if (result.left > 0) throw new Error(`${result.left} report(s) still queued`);
    }),
  );
});

// A first install controls the open page at once; updates wait for SKIP_WAITING.
clientsClaim();
