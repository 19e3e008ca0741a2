import fs from 'node:fs';
import path from 'node:path';
import type { Request } from 'express';
import {
  SOURCE_LANGUAGE,
  firstViewDataBlock,
  isLanguageCode,
  slugSchema,
  type LanguageCode,
} from '@reperes/shared';
import {
  firstViewHints,
  firstViewTable,
  hintLinks,
  readerPage,
  withHintLinks,
  type ViteManifest,
} from '@reperes/shared/first-view-hints';
import { getResolvedFiche } from './modules/fiches/fiches.service.js';

/**
 * A reader's first visit on a slow network (issue 4): the HTML of a page names, in its <head>, every file
 * that page will need, and a fiche's page carries the fiche itself.
 *
 * Without this, the browser learns what a page needs one step at a time: the HTML names the main script;
 * the main script, once loaded and run, asks for the page's code, its messages and the language's font;
 * the page's data is asked for after that. Each step is a round trip (150 ms and more on a 4G phone). With
 * the hints, everything loads side by side as soon as the HTML arrives, and the fiche is already there.
 *
 * This is the first visit: once the service worker runs, it answers navigations from the device and
 * writes the same hints itself, from the same table (@reperes/shared/first-view-hints), in the language
 * chosen on the device. Here, the language hinted is `?lang=` (the language of a shared link, which the app applies too), else French:
 * what a first visit shows (a later one shows the language chosen on the device, which the server cannot
 * know; but then the service worker answers, or the browser's cache holds the files).
 * A hint the app does not use costs bytes, never correctness: the app reads the fiche in the HTML only if it
 * is the one, in the language, it is showing (apps/web/src/data/first-view.ts).
 */

/** The fiche goes into the HTML only if it is read this fast (it is served from memory once read). */
const FICHE_WAIT_MS = 300;

async function ficheJson(slug: string, lang: LanguageCode): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const body = await Promise.race([
      getResolvedFiche(slug, lang),
      new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), FICHE_WAIT_MS))),
    ]);
    return body?.json;
  } catch {
    // Not published (the app shows its not-found page) or the database is away: the app asks the API.
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The page for a request to the reader app: the built index.html with the request's hints, or undefined
 * when the build has no manifest (the plain index.html is served then).
 */
export function firstView(
  dist: string,
  base = '/',
): ((req: Request, html: string) => Promise<string>) | undefined {
  const manifestFile = path.join(dist, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as ViteManifest;
  const table = firstViewTable(manifest, (file) => fs.readFileSync(path.join(dist, file), 'utf8'), base);

  return async (req, html) => {
    const asked = req.query.lang;
    // The language the app will show: `?lang=`, else French (a first visit; see above).
    const lang: LanguageCode = isLanguageCode(asked) ? asked : SOURCE_LANGUAGE;
    const links = hintLinks(firstViewHints(table, req.path, lang));
    let data = '';
    const page = readerPage(req.path);
    const slug = page?.fiche ? slugSchema.safeParse(decodeSafely(page.path.exec(req.path)![1]!)) : undefined;
    if (slug?.success) {
      const json = await ficheJson(slug.data, lang);
      if (json) data = firstViewDataBlock(json, 'network');
    }
    if (!links && !data) return html;
    return withHintLinks(html, links).replace('</body>', `${data}</body>`);
  };
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
