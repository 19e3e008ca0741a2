import { describe, expect, it } from 'vitest';
import {
  allowStyleHashes,
  inlineStylesheets,
  linkedStylesheets,
  preloadFonts,
  stylesheetFonts,
} from './snapshots';

// The service worker's side of page snapshots (issue 5): stylesheets written into the page it answers, and
// a CSP that lets exactly those apply. The browser test (e2e/offline-snapshot.test.ts) checks the result
// in Chromium; these cover the cases a real deployment's header or build may bring.

const page = (head: string, body = '') =>
  `<!doctype html><html><head><title>t</title>${head}</head><body><div id="app">${body}</div></body></html>`;

describe('linkedStylesheets', () => {
  it("lists the head's stylesheet links, as Vite and composeShell write them, not the body's", () => {
    const html = page(
      '<link rel="stylesheet" crossorigin href="/assets/index-A.css"><link rel="manifest" href="/m.webmanifest">' +
        '<link rel="stylesheet" href="/assets/FichePage-B.css">',
      '<link rel="stylesheet" href="/assets/body.css">',
    );
    expect(linkedStylesheets(html)).toEqual(['/assets/index-A.css', '/assets/FichePage-B.css']);
  });

  it('ignores links to other origins and other shapes', () => {
    const html = page(
      '<link rel="stylesheet" href="https://cdn.example/x.css"><link rel="stylesheet" href="/a.css" media="print">',
    );
    expect(linkedStylesheets(html)).toEqual([]);
  });
});

describe('inlineStylesheets', () => {
  const head =
    '<link rel="stylesheet" crossorigin href="/assets/index-A.css"><link rel="stylesheet" href="/assets/page-B.css">';

  it('writes each stylesheet in its place, in the same order, and returns the texts written', () => {
    const texts = new Map([
      ['/assets/index-A.css', 'body{margin:0}'],
      ['/assets/page-B.css', 'h1{color:red}'],
    ]);
    const out = inlineStylesheets(page(head), texts);
    expect(out.html).toBe(
      page(
        '<style data-href="/assets/index-A.css">body{margin:0}</style>' +
          '<style data-href="/assets/page-B.css">h1{color:red}</style>',
      ),
    );
    expect(out.inlined).toEqual(['body{margin:0}', 'h1{color:red}']);
  });

  it('leaves a link when its text is missing or could close the element early', () => {
    const texts = new Map([['/assets/page-B.css', 'a::after{content:"</STYLE><script>x()</script>"}']]);
    const out = inlineStylesheets(page(head), texts);
    expect(out.html).toBe(page(head));
    expect(out.inlined).toEqual([]);
  });

  it('never touches the body', () => {
    const body = '<p>text</p><link rel="stylesheet" href="/assets/page-B.css">';
    const out = inlineStylesheets(page('', body), new Map([['/assets/page-B.css', 'p{}']]));
    expect(out.html).toBe(page('', body));
  });
});

describe('stylesheetFonts', () => {
  it("lists each woff2 file of our own the stylesheets' @font-face rules point to, once", () => {
    const arabic =
      '@font-face{font-family:Vazirmatn;font-weight:400;src:url(/assets/v-400-A.woff2)format("woff2"),url(/assets/v-400-B.woff)format("woff")}' +
      '@font-face{font-family:Vazirmatn;font-weight:700;src:url("/assets/v-700-C.woff2")format("woff2")}';
    const again = "@font-face{font-family:X;src:url('/assets/v-400-A.woff2')}";
    expect(stylesheetFonts([arabic, again, 'h1{font-weight:700}'], '')).toEqual([
      '/assets/v-400-A.woff2',
      '/assets/v-700-C.woff2',
    ]);
  });

  it('leaves out files of other origins and data URLs', () => {
    const css =
      '@font-face{src:url(https://cdn.example/f.woff2)}@font-face{src:url(data:font/woff2;base64,AAAA)}';
    expect(stylesheetFonts([css], '')).toEqual([]);
  });

  it('keeps a face limited to some characters only when the page has one of them', () => {
    const css =
      '@font-face{font-family:E;src:url(/assets/e.woff2);unicode-range:U+122D, U+1275}' +
      '@font-face{font-family:R;src:url(/assets/r.woff2);unicode-range:U+0400-04FF}' +
      '@font-face{font-family:W;src:url(/assets/w.woff2);unicode-range:U+06??}';
    expect(stylesheetFonts([css], '<p>Français, English</p>')).toEqual([]);
    expect(stylesheetFonts([css], '<span>ትግርኛ</span>')).toEqual(['/assets/e.woff2']);
    expect(stylesheetFonts([css], '<span>Русский, العربية</span>')).toEqual([
      '/assets/r.woff2',
      '/assets/w.woff2',
    ]);
  });
});

describe('preloadFonts', () => {
  it('asks for each font first in the head, right after the charset', () => {
    const html =
      '<!doctype html><html><head><meta charset="UTF-8" /><title>t</title></head><body></body></html>';
    expect(preloadFonts(html, ['/assets/a.woff2', '/assets/b.woff2'])).toBe(
      '<!doctype html><html><head><meta charset="UTF-8" />' +
        '<link rel="preload" href="/assets/a.woff2" as="font" type="font/woff2" crossorigin>' +
        '<link rel="preload" href="/assets/b.woff2" as="font" type="font/woff2" crossorigin>' +
        '<title>t</title></head><body></body></html>',
    );
  });

  it('opens the head with them when there is no charset, and changes nothing without fonts', () => {
    const html = '<html><head><title>t</title></head></html>';
    expect(preloadFonts(html, ['/assets/a.woff2'])).toBe(
      '<html><head><link rel="preload" href="/assets/a.woff2" as="font" type="font/woff2" crossorigin><title>t</title></head></html>',
    );
    expect(preloadFonts(html, [])).toBe(html);
  });
});

describe('allowStyleHashes', () => {
  const hashes = ['AAA=', 'BBB='];

  it('adds the hashes to style-src, leaving the other directives as they were', () => {
    expect(
      allowStyleHashes("default-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'", hashes),
    ).toBe(
      "default-src 'self'; style-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src-attr 'unsafe-inline'",
    );
  });

  it('uses style-src-elem when the policy has it: it is the one that governs <style> elements', () => {
    expect(allowStyleHashes("style-src 'self'; style-src-elem 'self'", ['AAA='])).toBe(
      "style-src 'self'; style-src-elem 'self' 'sha256-AAA='",
    );
  });

  it('makes a style-src from default-src when there is none, so nothing else gets allowed', () => {
    expect(allowStyleHashes("default-src 'self' data:; img-src 'self'", ['AAA='])).toBe(
      "default-src 'self' data:; img-src 'self'; style-src 'self' data: 'sha256-AAA='",
    );
  });

  it('leaves a policy that does not restrict styles as it is, and treats each policy of a header', () => {
    expect(allowStyleHashes("img-src 'self', style-src 'none'", ['AAA='])).toBe(
      "img-src 'self', style-src 'none' 'sha256-AAA='",
    );
  });
});
