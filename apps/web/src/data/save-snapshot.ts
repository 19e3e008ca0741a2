import { SNAPSHOT_CACHE, hasCaches, type PageSnapshot } from './snapshots';

/** Elements of the layout that depend on the moment (offline banner, offers, prompts): never kept. */
export const TRANSIENT_ATTRIBUTE = 'data-transient';

/**
 * How far down the page a snapshot reaches, in heights of the window: the first screen and a margin. The
 * snapshot is only on screen until the app takes over, and everything in it is styled and laid out before
 * its first frame: the part nobody sees then would only delay it.
 */
export const SNAPSHOT_SCREENS = 1.25;

/**
 * Removes from `copy` (a deep clone of `live`) the elements that start below `limit` (px from the top of
 * the document), going into the ones that cross it. Elements not drawn, fixed or sticky stay.
 */
function trimBelow(live: Element, copy: Element, limit: number): void {
  const liveChildren = [...live.children];
  const copyChildren = [...copy.children];
  for (const [index, element] of liveChildren.entries()) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (/^(fixed|sticky)$/.test(getComputedStyle(element).position)) continue;
    const top = rect.top + window.scrollY;
    if (top >= limit) copyChildren[index]?.remove();
    else if (top + rect.height > limit) trimBelow(element, copyChildren[index]!, limit);
  }
}

/** Keeps what #app shows now as the snapshot of `path`. Best effort: storage may be full or unavailable. */
export async function saveSnapshot(path: string): Promise<void> {
  const app = document.getElementById('app');
  const entry = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
  if (!hasCaches() || !app || !entry) return;
  const copy = app.cloneNode(true) as HTMLElement;
  trimBelow(app, copy, window.innerHeight * SNAPSHOT_SCREENS);
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
