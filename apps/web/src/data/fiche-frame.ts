import { getLanguage, isLanguageCode, type LanguageCode } from '@reperes/shared/languages';
import type { ResolvedFiche } from '@reperes/shared/schemas/api';
import { escapeAttribute } from '@reperes/shared/reader-shell';
import { FRAME_CACHE, escapeText, hasCaches, type PageSnapshot } from './snapshots';

/**
 * Fiche frames (issue 5, offline paint of a fiche opened for the first time on this device). A page
 * snapshot (snapshots.ts) paints a fiche opened before as soon as its HTML is parsed; a fiche never opened
 * had to wait for the app's code to load, compile and draw it. A frame is what every fiche page of a
 * language has in common: the layout around the fiche (header, navigation), and the start of the fiche with
 * its type, title and summary emptied. The app keeps one per language whenever it keeps a snapshot
 * (save-snapshot.ts), made from what it drew: the markup is the app's own, never a copy to keep in step.
 * The service worker fills it with the device's copy of the fiche asked for (composeFicheFrame) and
 * answers with it as with a snapshot: the title is on screen once the HTML is parsed, and the app, once
 * it has started, draws the whole page over it. Everything the app adds then (the translation notice,
 * the languages, the actions, the sections) comes below what the frame showed: nothing on screen moves.
 *
 * FichePage marks the elements with FRAME_ATTRIBUTE: "fiche" (its root; `data-lang`), "type", "title" and
 * "summary" (their text; `lang` and `dir` for the last two).
 */

export const FRAME_ATTRIBUTE = 'data-frame';

/** What an emptied slot holds in a frame (a comment), where the worker writes the fiche's text. */
export const SLOT_COMMENT = 'frame';
export const SLOT_MARK = `<!--${SLOT_COMMENT}-->`;

export interface FicheFrame extends Omit<PageSnapshot, 'title'> {
  /** `document.title` before and after the fiche's title. */
  title: [string, string];
  /** The label of each fiche type in the frame's language (the `type` slot). */
  types: Record<string, string>;
}

const frameKey = (lang: string) => `/frame/${lang}`;

/** The frame kept for `lang`, if any. */
export async function readFicheFrame(lang: LanguageCode): Promise<FicheFrame | undefined> {
  if (!hasCaches()) return undefined;
  try {
    const response = await (await caches.open(FRAME_CACHE)).match(frameKey(lang));
    return response ? ((await response.json()) as FicheFrame) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `frame` for its language. Best effort: storage may be full or unavailable. */
export async function keepFicheFrame(frame: FicheFrame): Promise<void> {
  if (!hasCaches()) return;
  try {
    await (
      await caches.open(FRAME_CACHE)
    ).put(
      new Request(frameKey(frame.lang)),
      new Response(JSON.stringify(frame), { headers: { 'content-type': 'application/json' } }),
    );
  } catch {
    // No room, or storage blocked: a first opening waits for the app, as before.
  }
}

/** An element of a frame marked as `slot`: its opening tag's attributes around the mark, and what it holds. */
const slotElement = (slot: string, emptied: boolean) =>
  new RegExp(
    `<([a-z][a-z0-9]*)([^<>]*) ${FRAME_ATTRIBUTE}="${slot}"([^<>]*)>` + (emptied ? `${SLOT_MARK}</\\1>` : ''),
  );

/**
 * `frame` filled with `fiche` (as the app would draw its first screen), as a snapshot the worker can answer
 * with; undefined when the frame does not fit this fiche (another language, an unknown type, a slot
 * missing). The summary is left out when the app would show a translation notice between it and the title
 * (the notice would push it down when the app takes over).
 */
export function composeFicheFrame(
  frame: FicheFrame,
  fiche: Pick<ResolvedFiche, 'lang' | 'type' | 'header'>,
): PageSnapshot | undefined {
  const { header } = fiche;
  const type = Object.hasOwn(frame.types, fiche.type) ? frame.types[fiche.type] : undefined;
  if (fiche.lang !== frame.lang || type === undefined || !isLanguageCode(header.lang)) return undefined;
  const language = `lang="${header.lang}" dir="${getLanguage(header.lang).dir}"`;
  const notice = header.state === 'outdated' || header.state === 'missing';
  const fills: [slot: string, attributes: string, text: string | undefined][] = [
    ['type', '', type],
    ['title', language, header.title],
    ['summary', language, notice ? undefined : header.summary],
  ];
  const root = slotElement('fiche', false);
  if (!root.test(frame.html)) return undefined;
  let html = frame.html.replace(
    root,
    (_, tag: string, before: string, after: string) =>
      `<${tag}${before} ${FRAME_ATTRIBUTE}="fiche" data-lang="${escapeAttribute(fiche.lang)}"${after}>`,
  );
  for (const [slot, attributes, text] of fills) {
    const element = slotElement(slot, true);
    if (!element.test(html)) return undefined;
    html = html.replace(element, (_, tag: string, before: string, after: string) =>
      text === undefined
        ? ''
        : `<${tag}${before} ${FRAME_ATTRIBUTE}="${slot}"${attributes ? ` ${attributes}` : ''}${after}>` +
          `${escapeText(text)}</${tag}>`,
    );
  }
  const { title, types: _types, ...page } = frame;
  return { ...page, title: `${title[0]}${header.title}${title[1]}`, html };
}
