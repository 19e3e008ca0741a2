import { describe, expect, test } from 'vitest';
import { labelCallouts, renderMarkdown } from './index.js';

const REPRESENTATIVE: { name: string; markdown: string }[] = [
  { name: 'paragraphs', markdown: 'Premier paragraphe.\n\nDeuxième paragraphe, un peu plus long.' },
  { name: 'emphasis', markdown: 'Du texte *en italique*, **en gras** et ***les deux***, ~~barré~~.' },
  { name: 'an unordered list', markdown: '- Passeport\n- Justificatif de domicile\n- Photo d’identité' },
  { name: 'an ordered list with a start number', markdown: '3. Troisième étape\n4. Quatrième étape' },
  {
    name: 'nested lists',
    markdown:
      '1. Préparer son dossier\n   - passeport\n   - photos\n2. Prendre rendez-vous\n   1. en ligne\n   2. par téléphone',
  },
  {
    name: 'a task list as a plain list',
    markdown: '- [ ] Apporter le récépissé\n- [x] Remplir le formulaire',
  },
  {
    name: 'links of every allowed kind',
    markdown:
      'Voir [le site de l’OFII](https://www.ofii.fr), [une page http](http://exemple.fr/page?a=1&b=2), ' +
      '[écrire](mailto:contact@asso.fr), [appeler](tel:+33123456789), www.service-public.fr et ecrire@asso.fr.',
  },
  {
    name: 'disallowed links as their text',
    markdown: 'Un [lien relatif](/fiches/asile) et une [ancre](#haut).',
  },
  {
    name: 'reference-style links',
    markdown: 'Voir [la préfecture][pref].\n\n[pref]: https://www.prefecture.fr "Préfecture"',
  },
  {
    name: 'headings mapped to h3 and h4',
    markdown: '# Titre un\n\n## Titre deux\n\n### Titre trois\n\n###### Titre six\n\nSetext\n======',
  },
  {
    name: 'an info callout with a list and a link',
    markdown:
      '> [!INFO]\n> Le rendez-vous est **gratuit**.\n> - Apportez vos papiers\n> - Voir [le site](https://www.ofii.fr)',
  },
  {
    name: 'an important callout with steps',
    markdown:
      '> [!IMPORTANT]\n> Ne payez jamais pour un rendez-vous :\n>\n> 1. signalez-le\n> 2. appelez le [115](tel:115)',
  },
  {
    name: 'French markers in any case',
    markdown: '> [!information]\n> Le service est ouvert le samedi.\n\n> [!Attention]\n> Délai de 21 jours.',
  },
  { name: 'a marker followed by text', markdown: '> [!IMPORTANT] Venez avec un interprète si besoin.' },
  { name: 'a quote and an unknown marker', markdown: '> Une citation.\n\n> [!TIP]\n> Un conseil.' },
  {
    name: 'a table without physical alignment',
    markdown: '| Jour | Horaires |\n|:-----|--------:|\n| Lundi | 9 h – 12 h |\n| Mardi | fermé |',
  },
  { name: 'code', markdown: 'Tapez `AGDREF` puis :\n\n```text\nNuméro étranger : 0123456789\n```' },
  { name: 'line breaks', markdown: 'Ligne un\nLigne deux  \nLigne trois\\\nLigne quatre' },
  { name: 'a horizontal rule', markdown: 'Avant\n\n---\n\nAprès' },
  {
    name: 'an image as its alternative text',
    markdown: 'Plan : ![Plan d’accès à la préfecture](https://exemple.fr/plan.png)',
  },
  {
    name: 'HTML written in the text, as text',
    markdown: 'Écrivez <b>en gras</b> avec **deux étoiles**, pas <br> ni &lt;b&gt;.',
  },
  {
    name: 'French typography',
    markdown:
      '« Bonjour », dit-elle\u202f! Le tarif\u00a0: 10\u00a0€ — c’est l’essentiel… Rendez-vous à 9\u00a0h\u00a030.',
  },
  {
    name: 'Arabic text',
    markdown:
      '## حقوقك\n\nيمكنك **طلب اللجوء** في فرنسا. اتصل بـ [المكتب](https://www.ofpra.gouv.fr).\n\n1. املأ الاستمارة\n2. أرسلها',
  },
  { name: 'Tigrinya text', markdown: 'ሰላም፡ እንቋዕ ብደሓን መጻእኩም።\n\n> [!INFO]\n> ሰነዳትኩም ሓዙ።' },
  { name: 'empty input', markdown: '' },
  { name: 'whitespace only', markdown: '   \n\n  ' },
];

describe('renderMarkdown', () => {
  test.each(REPRESENTATIVE)('renders $name', ({ markdown }) => {
    expect(renderMarkdown(markdown)).toMatchSnapshot();
  });

  test('maps # to h3 and every deeper heading to h4', () => {
    const html = renderMarkdown('# Un\n\n## Deux\n\n#### Quatre');
    expect(html).toContain('<h3>Un</h3>');
    expect(html).toContain('<h4>Deux</h4>');
    expect(html).toContain('<h4>Quatre</h4>');
    expect(html).not.toMatch(/<h[1256]/);
  });

  test('opens web links in a new tab and contact links in place, all with noopener noreferrer', () => {
    const html = renderMarkdown('[a](https://a.fr) [b](mailto:b@b.fr) [c](tel:0123)');
    expect(html).toContain('<a href="https://a.fr" rel="noopener noreferrer" target="_blank">a</a>');
    expect(html).toContain('<a href="mailto:b@b.fr" rel="noopener noreferrer">b</a>');
    expect(html).toContain('<a href="tel:0123" rel="noopener noreferrer">c</a>');
  });

  test('drops link titles', () => {
    expect(renderMarkdown('[a](https://a.fr "Titre")')).not.toContain('title=');
  });

  test('keeps the start number of an ordered list', () => {
    expect(renderMarkdown('5. cinq\n6. six')).toContain('<ol start="5">');
  });

  test('emits no table alignment, image, task checkbox or strikethrough element', () => {
    const html = renderMarkdown('| a |\n|--:|\n| 1 |\n\n![alt](https://x.fr/i.png)\n\n- [x] fait\n\n~~non~~');
    expect(html).not.toMatch(/align=|<img|<input|<del/);
    expect(html).toContain('alt');
    expect(html).toContain('non');
  });

  test('renders both callout levels as notes with a data-callout attribute and no label text', () => {
    const html = renderMarkdown('> [!INFO]\n> Texte\n\n> [!IMPORTANT]\n> Autre');
    expect(html).toContain(
      '<div class="callout callout--info" role="note" data-callout="info">\n<p>Texte</p>\n</div>',
    );
    expect(html).toContain(
      '<div class="callout callout--important" role="note" data-callout="important">\n<p>Autre</p>\n</div>',
    );
    expect(html).not.toMatch(/\[!|blockquote/);
  });

  test('accepts the INFORMATION and ATTENTION markers in any case', () => {
    expect(renderMarkdown('> [!Information]\n> x')).toContain('data-callout="info"');
    expect(renderMarkdown('> [!attention]\n> x')).toContain('data-callout="important"');
  });

  test('leaves a blockquote with an unknown or misplaced marker as a quote', () => {
    expect(renderMarkdown('> [!WARNING]\n> x')).toContain('<blockquote>');
    expect(renderMarkdown('> Texte\n> [!INFO]')).toContain('<blockquote>');
    expect(renderMarkdown('> \\[!INFO]\n> x')).toContain('<blockquote>');
  });

  test('finds callouts inside list items and resolves reference links inside callouts', () => {
    const html = renderMarkdown('- étape\n\n  > [!IMPORTANT]\n  > Voir [ici][r]\n\n[r]: https://r.fr');
    expect(html).toContain('<li>');
    expect(html).toContain('data-callout="important"');
    expect(html).toContain('<a href="https://r.fr"');
  });

  test('shows HTML typed by a contributor as text', () => {
    expect(renderMarkdown('<b>gras</b>')).toBe('<p>&lt;b&gt;gras&lt;/b&gt;</p>\n');
  });

  test('flattens quotes nested deeper than 16 levels', () => {
    const html = renderMarkdown('>'.repeat(40) + ' profond');
    expect(html.match(/<blockquote>/g)).toHaveLength(16);
    expect(html).toContain('profond');
  });

  test('falls back to escaped paragraphs when nesting exhausts the stack', () => {
    const html = renderMarkdown('- '.repeat(5000) + '<b>x</b>\n\nsuite');
    expect(html).toMatch(/^<p>- - - /);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;</p>\n<p>suite</p>');
  });

  test('gives the same output for the same input', () => {
    const markdown = REPRESENTATIVE.map((example) => example.markdown).join('\n\n');
    expect(renderMarkdown(markdown)).toBe(renderMarkdown(markdown));
  });
});

describe('labelCallouts', () => {
  const labels = { info: 'Information', important: 'Important !' };

  test('inserts the translated title at the start of each callout', () => {
    const html = labelCallouts(renderMarkdown('> [!INFO]\n> a\n\n> [!IMPORTANT]\n> b'), labels);
    expect(html).toContain(
      '<div class="callout callout--info" role="note" data-callout="info">\n<p class="callout__title">Information</p>\n<p>a</p>',
    );
    expect(html).toContain('data-callout="important">\n<p class="callout__title">Important !</p>\n<p>b</p>');
  });

  test('escapes the labels', () => {
    const html = labelCallouts(renderMarkdown('> [!INFO]\n> a'), { info: '<i>x</i>', important: '' });
    expect(html).toContain('<p class="callout__title">&lt;i&gt;x&lt;/i&gt;</p>');
  });

  test('leaves HTML without callouts unchanged', () => {
    const html = renderMarkdown('> citation\n\n<div class="callout callout--info">');
    expect(labelCallouts(html, labels)).toBe(html);
  });

  test('labels Arabic callouts with Arabic labels', () => {
    const html = labelCallouts(renderMarkdown('> [!IMPORTANT]\n> نص'), { info: 'معلومة', important: 'مهم' });
    expect(html).toContain('<p class="callout__title">مهم</p>');
  });
});
