import { SNAPSHOT_CACHE, hasCaches, type PageSnapshot } from './snapshots';

/** Elements of the layout that depend on the moment (offline banner, offers, prompts): never kept. */
export const TRANSIENT_ATTRIBUTE = 'data-transient';

/** Keeps what #app shows now as the snapshot of `path`. Best effort: storage may be full or unavailable. */
export async function saveSnapshot(path: string): Promise<void> {
  const app = document.getElementById('app');
  const entry = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
  if (!hasCaches() || !app || !entry) return;
  const copy = app.cloneNode(true) as HTMLElement;
  for (const element of copy.querySelectorAll(`[${TRANSIENT_ATTRIBUTE}]`)) element.remove();
  const root = document.documentElement;
  const snapshot: PageSnapshot = {
    lang: root.lang,
    dir: root.dir === 'rtl' ? 'rtl' : 'ltr',
    title: document.title,
    ...(root.dataset.textSize ? { textSize: root.dataset.textSize } : {}),
    styles: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
      (link) => new URL(link.href).pathname,
    ),
    entry: new URL(entry).pathname,
    html: copy.innerHTML,
  };
  try {
    const cache = await caches.open(SNAPSHOT_CACHE);
    await cache.put(
      new Request(path),
      new Response(JSON.stringify(snapshot), { headers: { 'content-type': 'application/json' } }),
    );
  } catch {
    // No room, or storage blocked: the page opens the usual way next time.
  }
}
