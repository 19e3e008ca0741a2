import { describe, expect, it } from 'vitest';
import {
  firstViewHints,
  firstViewTable,
  hintLinks,
  readerPage,
  withHintLinks,
  type ViteManifest,
} from './first-view-hints.js';

const MANIFEST: ViteManifest = {
  'index.html': { file: 'assets/index-E.js', imports: ['_runtime-R.js'], css: ['assets/index-E.css'] },
  '_runtime-R.js': { file: 'assets/runtime-R.js' },
  '_labels-L.js': { file: 'assets/labels-L.js', css: ['assets/labels-L.css'] },
  '_shared-S.js': { file: 'assets/shared-S.js', imports: ['index.html', '_labels-L.js'] },
  'src/pages/FichePage.vue': {
    file: 'assets/FichePage-F.js',
    imports: ['index.html', '_labels-L.js', '_shared-S.js'],
    css: ['assets/FichePage-F.css'],
  },
  'src/pages/SearchPage.vue': { file: 'assets/SearchPage-Q.js', imports: ['index.html'] },
  '../../locales/fr.json?part=pages': { file: 'assets/fr-pages.js' },
  '../../locales/fr.json?part=shell': { file: 'assets/fr-shell.js' },
  '../../locales/ar.json?part=shell': { file: 'assets/ar-shell.js' },
  '../../locales/ar.json?part=pages': { file: 'assets/ar-pages.js' },
  // Not one of our languages: ignored.
  '../../locales/xx.json?part=pages': { file: 'assets/xx-pages.js' },
  'src/styles/fonts/arabic.css': { file: 'assets/arabic-A.css' },
  'src/styles/fonts/endonyms.css': { file: 'assets/endonyms-N.css' },
};
const CSS: Record<string, string> = {
  'assets/arabic-A.css':
    '@font-face{font-family:V;src:url(/assets/v-400.woff2)format("woff2"),url(/assets/v-400.woff)format("woff")}' +
    "@font-face{font-family:V;font-weight:700;src:url('/assets/v-700.woff2')}" +
    ':lang(ar),:lang(fa),:lang(zz){font-family:V}',
  'assets/endonyms-N.css': '@font-face{font-family:E;src:url(/assets/e.woff2)}.endonym{font-family:E}',
};
const read = (file: string) => {
  const css = CSS[file];
  if (css === undefined) throw new Error(`not a stylesheet: ${file}`);
  return css;
};

describe('first view hints (what a page needs before it paints)', () => {
  const table = firstViewTable(MANIFEST, read);

  it('names each lazy page built, with what it imports (once, not the entry) and their styles', () => {
    expect(table.pages).toEqual({
      'src/pages/FichePage.vue': {
        scripts: ['/assets/FichePage-F.js', '/assets/labels-L.js', '/assets/shared-S.js'],
        styles: ['/assets/FichePage-F.css', '/assets/labels-L.css'],
        fonts: [],
      },
      'src/pages/SearchPage.vue': { scripts: ['/assets/SearchPage-Q.js'], styles: [], fonts: [] },
    });
  });

  it('names each language’s messages, and the font of the languages a font stylesheet styles', () => {
    const arabic = {
      styles: ['/assets/arabic-A.css'],
      fonts: ['/assets/v-400.woff2', '/assets/v-700.woff2'],
    };
    expect(table.languages).toEqual({
      fr: { shell: '/assets/fr-shell.js', pages: '/assets/fr-pages.js', styles: [], fonts: [] },
      ar: { shell: '/assets/ar-shell.js', pages: '/assets/ar-pages.js', ...arabic },
      fa: arabic,
    });
  });

  it('is plain JSON, as the service worker reads it from its precache', () => {
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
    expect(firstViewTable(MANIFEST, read, '/app/').pages['src/pages/SearchPage.vue']!.scripts).toEqual([
      '/app/assets/SearchPage-Q.js',
    ]);
  });

  it('gives a page its code and styles, and the language its messages and font', () => {
    expect(firstViewHints(table, '/fiche/carte-vitale', 'ar')).toEqual({
      scripts: [
        '/assets/FichePage-F.js',
        '/assets/labels-L.js',
        '/assets/shared-S.js',
        '/assets/ar-shell.js',
        '/assets/ar-pages.js',
      ],
      styles: ['/assets/FichePage-F.css', '/assets/labels-L.css', '/assets/arabic-A.css'],
      fonts: ['/assets/v-400.woff2', '/assets/v-700.woff2'],
    });
    // French shell messages are in the main chunk; home is in it too: only the language's shell and font.
    expect(firstViewHints(table, '/search', 'fr').scripts).toEqual([
      '/assets/SearchPage-Q.js',
      '/assets/fr-pages.js',
    ]);
    expect(firstViewHints(table, '/', 'ar')).toEqual({
      scripts: ['/assets/ar-shell.js'],
      styles: ['/assets/arabic-A.css'],
      fonts: ['/assets/v-400.woff2', '/assets/v-700.woff2'],
    });
    // A page this build does not name (its messages still), or a path that is no page (the app's
    // not-found page, in the main chunk's French).
    expect(firstViewHints(table, '/saved', 'fr').scripts).toEqual(['/assets/fr-pages.js']);
    expect(firstViewHints(table, '/fiche/a/b/c', 'fr').scripts).toEqual([]);
    expect(readerPage('/fiche/carte-vitale')?.fiche).toBe(true);
    expect(readerPage('/fiche/carte-vitale/bilingual')?.fiche).toBeUndefined();
  });

  it('writes each file once as a link at the end of <head>, escaped; nothing when there is nothing', () => {
    const links = hintLinks({
      scripts: ['/a.js', '/a.js'],
      styles: ['/s.css?"><script>x</script>'],
      fonts: ['/f.woff2'],
    });
    expect(links).toBe(
      '<link rel="preload" as="style" crossorigin href="/s.css?&quot;>&lt;script>x&lt;/script>">' +
        '<link rel="preload" as="font" type="font/woff2" crossorigin href="/f.woff2">' +
        '<link rel="modulepreload" crossorigin href="/a.js">',
    );
    const html = '<html><head><title>R</title></head><body></body></html>';
    expect(withHintLinks(html, links)).toBe(html.replace('</head>', `${links}</head>`));
    expect(hintLinks({ scripts: [], styles: [], fonts: [] })).toBe('');
    expect(withHintLinks(html, '')).toBe(html);
  });
});
