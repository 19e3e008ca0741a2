import { FRAME_ATTRIBUTE, SLOT_COMMENT, keepFicheFrame, type FicheFrame } from './fiche-frame';
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

/**
 * `copy` (the markup kept of #app) made into a fiche frame (fiche-frame.ts), and the fiche's title it held:
 * nothing after the start of the fiche (the footer would show right under its title), and in the fiche,
 * only its slots, emptied (SLOT_MARK), without the `lang`, `dir` and `data-lang` the worker writes for the
 * fiche it fills them with. Undefined on a page without a fiche.
 */
function frameOf(copy: HTMLElement): { html: string; title: string } | undefined {
  const root = copy.querySelector(`[${FRAME_ATTRIBUTE}="fiche"]`);
  const title = copy.querySelector(`[${FRAME_ATTRIBUTE}="title"]`)?.textContent?.trim();
  if (!root || !title) return undefined;
  for (let node: Element | null = root; node && node !== copy; node = node.parentElement)
    while (node.nextSibling) node.nextSibling.remove();
  const keepSlots = (element: Element) => {
    for (const node of [...element.childNodes]) {
      if (!(node instanceof Element)) node.remove();
      else if (node.hasAttribute(FRAME_ATTRIBUTE)) {
        node.replaceChildren(document.createComment(SLOT_COMMENT));
        for (const name of ['lang', 'dir']) node.removeAttribute(name);
      } else if (node.querySelector(`[${FRAME_ATTRIBUTE}]`)) keepSlots(node);
      else node.remove();
    }
  };
  keepSlots(root);
  root.removeAttribute('data-lang');
  return { html: copy.innerHTML, title };
}

/**
 * Keeps what #app shows now as the snapshot of `path` and, on a fiche page, as the frame of its language
 * (with `types`, the label of each fiche type in it). Best effort: storage may be full or unavailable.
 */
export async function saveSnapshot(path: string, types?: Record<string, string>): Promise<void> {
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
  const frame = types ? frameOf(copy) : undefined;
  const at = frame ? snapshot.title.indexOf(frame.title) : -1;
  if (types && frame && at >= 0)
    void keepFicheFrame({
      ...snapshot,
      html: frame.html,
      title: [snapshot.title.slice(0, at), snapshot.title.slice(at + frame.title.length)],
      types,
    } satisfies FicheFrame);
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
