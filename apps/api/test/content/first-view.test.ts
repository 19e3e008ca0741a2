import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createPublishedFiche, createTheme, demarche } from '../support/fixtures.js';

/**
 * The reader's HTML names what its first view needs and carries a fiche (src/first-view.ts), served by the
 * real app over HTTP from a built reader laid out like Vite's (index.html, .vite/manifest.json, assets/).
 */
const SHELL = `<!doctype html>
<html lang="fr" dir="ltr">
  <head>
    <script type="module" crossorigin src="/assets/index-E.js"></script>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;

const MANIFEST = {
  'index.html': {
    file: 'assets/index-E.js',
    imports: ['_runtime-R.js'],
    css: ['assets/index-E.css'],
    isEntry: true,
  },
  '_runtime-R.js': { file: 'assets/runtime-R.js' },
  '_labels-L.js': { file: 'assets/labels-L.js', css: ['assets/labels-L.css'] },
  '_use-saved-S.js': { file: 'assets/use-saved-S.js', imports: ['index.html'] },
  'src/pages/FichePage.vue': {
    file: 'assets/FichePage-F.js',
    imports: ['index.html', '_labels-L.js', '_use-saved-S.js'],
    css: ['assets/FichePage-F.css'],
    isDynamicEntry: true,
  },
  'src/pages/ThemePage.vue': { file: 'assets/ThemePage-T.js', imports: ['index.html'], isDynamicEntry: true },
  '../../locales/fr.json?part=shell': { file: 'assets/fr-shell.js', isDynamicEntry: true },
  '../../locales/fr.json?part=pages': { file: 'assets/fr-pages.js', isDynamicEntry: true },
  '../../locales/ar.json?part=shell': { file: 'assets/ar-shell.js', isDynamicEntry: true },
  '../../locales/ar.json?part=pages': { file: 'assets/ar-pages.js', isDynamicEntry: true },
  '../../locales/ti.json?part=shell': { file: 'assets/ti-shell.js', isDynamicEntry: true },
  '../../locales/ti.json?part=pages': { file: 'assets/ti-pages.js', isDynamicEntry: true },
  'src/styles/fonts/arabic.css': { file: 'assets/arabic-A.css' },
  'src/styles/fonts/ethiopic.css': { file: 'assets/ethiopic-G.css' },
};
const FONT_CSS = {
  'arabic-A.css':
    '@font-face{font-family:V;font-weight:400;src:url(/assets/v-400.woff2)format("woff2"),url(/assets/v-400.woff)format("woff")}' +
    '@font-face{font-family:V;font-weight:700;src:url(/assets/v-700.woff2)format("woff2")}' +
    ':lang(ar),:lang(fa),:lang(ps){font-family:V}',
  'ethiopic-G.css':
    '@font-face{font-family:N;src:url(/assets/n-400.woff2)format("woff2")}:lang(ti){font-family:N}',
};

let dist: string;
let t: TestApp;
beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'reperes-first-view-'));
  mkdirSync(path.join(dist, '.vite'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), SHELL);
  writeFileSync(path.join(dist, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
  for (const [file, css] of Object.entries(FONT_CSS)) writeFileSync(path.join(dist, 'assets', file), css);
  t = await startTestApp({ SERVE_STATIC: 'true', WEB_DIST: dist, ADMIN_DIST: path.join(dist, 'no-admin') });
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});
beforeEach(async () => {
  await mongoose.connection.db?.dropDatabase();
  await Promise.all(Object.values(mongoose.models).map((m) => m.createIndexes()));
  await createTheme();
});

async function page(url: string): Promise<{ status: number; html: string; doc: Document }> {
  const res = await t.api(url, { headers: { accept: 'text/html' } });
  const html = await res.text();
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  return { status: res.status, html, doc: parse(html) };
}

/** The few facts the tests read from the HTML, without a DOM library: the hints and the data block. */
interface Document {
  modulepreload: string[];
  styles: string[];
  fonts: string[];
  data: string | undefined;
}
function parse(html: string): Document {
  const hrefs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);
  const data =
    /<script type="application\/json" id="first-view-fiche" data-source="network">([\s\S]*?)<\/script>/.exec(
      html,
    )?.[1];
  return {
    modulepreload: hrefs(/<link rel="modulepreload" crossorigin href="([^"]+)">/g),
    styles: hrefs(/<link rel="preload" as="style" crossorigin href="([^"]+)">/g),
    fonts: hrefs(/<link rel="preload" as="font" type="font\/woff2" crossorigin href="([^"]+)">/g),
    data,
  };
}

describe('first view of the reader (HTML hints and the fiche in the page)', () => {
  it('names the fiche page, its imports, its styles, the language and its font, and carries the fiche', async () => {
    await createPublishedFiche('carte-vitale');
    const { status, doc, html } = await page('/fiche/carte-vitale?lang=ar');
    expect(status).toBe(200);
    expect(doc.modulepreload).toEqual([
      '/assets/FichePage-F.js',
      '/assets/labels-L.js',
      '/assets/use-saved-S.js',
      '/assets/ar-shell.js',
      '/assets/ar-pages.js',
    ]);
    expect(doc.styles).toEqual(['/assets/FichePage-F.css', '/assets/labels-L.css', '/assets/arabic-A.css']);
    // Only woff2 (every browser with a service worker reads it), both weights.
    expect(doc.fonts).toEqual(['/assets/v-400.woff2', '/assets/v-700.woff2']);
    // The hints are in <head>, the data after #app.
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
    expect(html.indexOf('first-view-fiche')).toBeGreaterThan(html.indexOf('<div id="app">'));
    // Exactly what the API answers for that fiche and language.
    const api = await t.api('/api/v1/fiches/carte-vitale?lang=ar');
    expect(api.status).toBe(200);
    expect(JSON.parse(doc.data!)).toEqual(await api.json());
  });

  it('without ?lang=: French, the language a first visit shows; no font', async () => {
    await createPublishedFiche('carte-vitale');
    const { doc } = await page('/fiche/carte-vitale');
    // French shell messages are in the main chunk: only its page messages are named.
    expect(doc.modulepreload).toEqual([
      '/assets/FichePage-F.js',
      '/assets/labels-L.js',
      '/assets/use-saved-S.js',
      '/assets/fr-pages.js',
    ]);
    expect(doc.fonts).toEqual([]);
    const fiche = JSON.parse(doc.data!) as { slug: string; lang: string };
    expect([fiche.slug, fiche.lang]).toEqual(['carte-vitale', 'fr']);
  });

  it('other pages: their chunk and messages, no data; home only the language', async () => {
    const theme = await page('/theme/sante?lang=ti');
    expect(theme.doc.modulepreload).toEqual([
      '/assets/ThemePage-T.js',
      '/assets/ti-shell.js',
      '/assets/ti-pages.js',
    ]);
    expect(theme.doc.fonts).toEqual(['/assets/n-400.woff2']);
    expect(theme.doc.data).toBeUndefined();
    const home = await page('/?lang=ar');
    expect(home.doc.modulepreload).toEqual(['/assets/ar-shell.js']);
    expect(home.doc.styles).toEqual(['/assets/arabic-A.css']);
    // French home: the shell as built, untouched.
    expect((await page('/')).html).toBe(SHELL);
  });

  it('an unknown fiche, a bad slug or language: the page still loads, with nothing invented', async () => {
    const missing = await page('/fiche/pas-publiee?lang=ar');
    expect(missing.status).toBe(200);
    expect(missing.doc.data).toBeUndefined();
    expect(missing.doc.modulepreload).toContain('/assets/FichePage-F.js');
    const bad = await page('/fiche/Pas..Un%20Slug!?lang=%3Cscript%3E');
    expect(bad.status).toBe(200);
    expect(bad.doc.data).toBeUndefined();
    // An unknown language is ignored: French.
    expect(bad.doc.modulepreload).toContain('/assets/fr-pages.js');
    expect(bad.html).not.toContain('<script>');
  });

  it('hostile text in a fiche cannot close the data block or open a script', async () => {
    const title = 'Carte </script><script>alert(1)</script><!-- \u2028 & "x"';
    await createPublishedFiche('carte-hostile', demarche({ title }));
    const { doc, html } = await page('/fiche/carte-hostile');
    expect(html).not.toContain('<script>alert(1)');
    expect(doc.data).not.toContain('<');
    // The text itself is kept, unchanged, for the app to show as text.
    const fiche = JSON.parse(doc.data!) as { header: { title: string } };
    expect(fiche.header.title).toBe(title);
    // Exactly two scripts in the page: the app's and the data block.
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });

  it('the API and assets are not touched', async () => {
    const api = await t.api('/api/v1/fiches/pas-publiee', { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/json/);
  });
});
