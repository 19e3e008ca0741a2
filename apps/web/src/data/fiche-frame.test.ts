import { describe, expect, it } from 'vitest';
import type { ResolvedFiche } from '@reperes/shared/schemas/api';
import { SLOT_MARK, composeFicheFrame, type FicheFrame } from './fiche-frame';

// The service worker's side of fiche frames (issue 5): a frame the app kept, filled with a fiche from the
// device. The browser test (e2e/offline-snapshot.test.ts) checks a real frame in Chromium, end to end.

/** A frame as save-snapshot.ts serializes one: the layout, and the fiche's slots emptied. */
const html =
  '<a class="skip-link" href="#main">تخطَّ إلى المحتوى</a><header class="app-header" data-v-1a>…</header>' +
  '<main id="main" tabindex="-1" class="app-main"><article class="fiche" data-testid="fiche" data-frame="fiche" data-v-7f>' +
  `<header class="fiche__header" data-v-7f><p class="fiche__type" data-frame="type" data-v-7f>${SLOT_MARK}</p>` +
  `<h1 class="fiche__title" elementtiming="fiche-title" data-frame="title" data-v-7f>${SLOT_MARK}</h1>` +
  `<p class="fiche__summary" data-frame="summary" data-v-7f>${SLOT_MARK}</p></header></article></main>`;

const frame: FicheFrame = {
  lang: 'ar',
  dir: 'rtl',
  title: ['', ' — ريبير'],
  textSize: '2',
  styles: ['/assets/FichePage-A.css'],
  entry: '/assets/index-B.js',
  html,
  types: { demarche: 'إجراء', dispositif: 'برنامج' },
};

type Header = ResolvedFiche['header'];
const fiche = (header: Partial<Header> = {}, rest: Partial<Pick<ResolvedFiche, 'lang' | 'type'>> = {}) => ({
  lang: 'ar' as const,
  type: 'demarche' as const,
  ...rest,
  header: {
    title: 'طلب اللجوء',
    summary: 'الخطوات الأولى',
    lang: 'ar' as const,
    state: 'up_to_date' as const,
    ...header,
  },
});

describe('composeFicheFrame', () => {
  it("fills the frame's slots with the fiche, as the app draws them, and keeps the frame's page", () => {
    const page = composeFicheFrame(frame, fiche());
    expect(page).toEqual({
      lang: 'ar',
      dir: 'rtl',
      title: 'طلب اللجوء — ريبير',
      textSize: '2',
      styles: ['/assets/FichePage-A.css'],
      entry: '/assets/index-B.js',
      html: expect.any(String),
    });
    const filled = page!.html;
    expect(filled).toContain(
      '<article class="fiche" data-testid="fiche" data-frame="fiche" data-lang="ar" data-v-7f>',
    );
    expect(filled).toContain('<p class="fiche__type" data-frame="type" data-v-7f>إجراء</p>');
    expect(filled).toContain(
      '<h1 class="fiche__title" elementtiming="fiche-title" data-frame="title" lang="ar" dir="rtl" data-v-7f>طلب اللجوء</h1>',
    );
    expect(filled).toContain(
      '<p class="fiche__summary" data-frame="summary" lang="ar" dir="rtl" data-v-7f>الخطوات الأولى</p>',
    );
    expect(filled).not.toContain(SLOT_MARK);
    expect(filled.startsWith('<a class="skip-link"')).toBe(true);
  });

  it('gives a header not translated yet its own language and direction, inside the page’s', () => {
    const page = composeFicheFrame(
      frame,
      fiche({ title: 'Demander l’asile', lang: 'fr' }, { type: 'dispositif' }),
    );
    expect(page!.dir).toBe('rtl');
    expect(page!.html).toContain('data-frame="title" lang="fr" dir="ltr" data-v-7f>Demander l’asile</h1>');
    expect(page!.html).toContain('data-frame="type" data-v-7f>برنامج</p>');
  });

  it('leaves the summary out when the app shows a translation notice above it (it would move)', () => {
    for (const state of ['outdated', 'missing'] as const) {
      const page = composeFicheFrame(frame, fiche({ state }));
      expect(page!.html).toContain('طلب اللجوء</h1></header>');
      expect(page!.html).not.toContain('fiche__summary');
    }
  });

  it('writes hostile text as text: no markup, no replacement patterns', () => {
    const page = composeFicheFrame(
      frame,
      fiche({
        title: '</h1><script>alert(1)</script> & $& $1',
        summary: '<img src=x onerror=alert(1)>',
      }),
    );
    expect(page!.html).toContain('>&lt;/h1>&lt;script>alert(1)&lt;/script> &amp; $&amp; $1</h1>');
    expect(page!.html).toContain('>&lt;img src=x onerror=alert(1)></p>');
    expect(page!.html).not.toMatch(/<script|<img/);
    expect(page!.title).toBe('</h1><script>alert(1)</script> & $& $1 — ريبير');
  });

  it('does not fit a fiche in another language, of a type it has no label for, or a frame missing a slot', () => {
    expect(composeFicheFrame(frame, fiche({}, { lang: 'fa' }))).toBeUndefined();
    expect(composeFicheFrame({ ...frame, types: { dispositif: 'برنامج' } }, fiche())).toBeUndefined();
    for (const type of ['constructor', '__proto__', 'toString'])
      expect(composeFicheFrame(frame, { ...fiche(), type: type as 'demarche' })).toBeUndefined();
    expect(composeFicheFrame(frame, fiche({ lang: 'xx' as 'ar' }))).toBeUndefined();
    for (const slot of ['fiche', 'type', 'title', 'summary'])
      expect(
        composeFicheFrame({ ...frame, html: html.replace(`data-frame="${slot}"`, '') }, fiche()),
      ).toBeUndefined();
  });
});
