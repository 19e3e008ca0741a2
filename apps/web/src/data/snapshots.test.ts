import { describe, expect, it } from 'vitest';
import {
  allowHashes,
  deferAppCode,
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

describe('allowHashes', () => {
  const hashes = ['AAA=', 'BBB='];

  it('adds the hashes to style-src, leaving the other directives as they were', () => {
    expect(
      allowHashes("default-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'", 'style', hashes),
    ).toBe(
      "default-src 'self'; style-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src-attr 'unsafe-inline'",
    );
  });

  it('uses style-src-elem when the policy has it: it is the one that governs <style> elements', () => {
    expect(allowHashes("style-src 'self'; style-src-elem 'self'", 'style', ['AAA='])).toBe(
      "style-src 'self'; style-src-elem 'self' 'sha256-AAA='",
    );
  });

  it('makes a style-src from default-src when there is none, so nothing else gets allowed', () => {
    expect(allowHashes("default-src 'self' data:; img-src 'self'", 'style', ['AAA='])).toBe(
      "default-src 'self' data:; img-src 'self'; style-src 'self' data: 'sha256-AAA='",
    );
  });

  it('leaves a policy that does not restrict styles as it is, and treats each policy of a header', () => {
    expect(allowHashes("img-src 'self', style-src 'none'", 'style', ['AAA='])).toBe(
      "img-src 'self', style-src 'none' 'sha256-AAA='",
    );
  });

  it('puts script hashes in the directives that govern <script> elements, never in the style ones', () => {
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'";
    expect(allowHashes(csp, 'script', ['AAA='])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self'",
    );
    expect(allowHashes("script-src 'self'; script-src-elem 'self'", 'script', ['AAA='])).toBe(
      "script-src 'self'; script-src-elem 'self' 'sha256-AAA='",
    );
    expect(allowHashes("default-src 'self'", 'script', ['AAA='])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-AAA='",
    );
    // No hash: nothing to allow, the header is left as it was.
    expect(allowHashes(csp, 'script', [])).toBe(csp);
  });
});

describe('deferAppCode', () => {
  const shell = page(
    '<script type="module" crossorigin src="/assets/index-A1.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/runtime-B2.js">' +
      '<link rel="stylesheet" crossorigin href="/assets/index-C3.css">',
    '<h1>Titre</h1>',
  );

  it("takes the entry script and its preloads out of the head, and asks for them from a script at the body's end", () => {
    const { html, script } = deferAppCode(shell);
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('modulepreload" crossorigin');
    // Everything else as it was: the stylesheet, the markup.
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-C3.css">');
    expect(html).toContain('<div id="app"><h1>Titre</h1></div>');
    expect(html.endsWith(`<script>${script}</script></body></html>`)).toBe(true);
    expect(script).toContain('"/assets/index-A1.js"');
    expect(script).toContain('["/assets/runtime-B2.js"]');
    // Once the first paint is reported, or at once in a page that paints nothing, or after 1 s.
    expect(script).toContain("observe({ type: 'paint', buffered: true })");
    expect(script).toContain("document.visibilityState !== 'visible'");
    expect(script).toContain('setTimeout(ask, 1000)');
  });

  it("asks for the page's own scripts with the entry's preloads, each once, and only paths of ours", () => {
    const { script } = deferAppCode(shell, [
      '/assets/FichePage-D4.js',
      '/assets/runtime-B2.js',
      '/assets/ar-E5.js',
      '/x.js"]);alert(1);//',
      'https://cdn.example/e.js',
      '</script><script>alert(1)</script>.js',
    ]);
    expect(script).toContain('["/assets/runtime-B2.js","/assets/FichePage-D4.js","/assets/ar-E5.js"]');
    expect(script).not.toContain('alert');
    expect(script).not.toContain('cdn.example');
  });

  it('changes nothing when there is no entry script to defer', () => {
    const plain = page('<link rel="stylesheet" href="/assets/a.css">', '<h1>Titre</h1>');
    expect(deferAppCode(plain)).toEqual({ html: plain });
  });
});
