import { describe, expect, test } from 'vitest';
import { countWords, markdownToText } from './index.js';

describe('markdownToText', () => {
  test('removes emphasis, heading and list markup', () => {
    expect(markdownToText('# Titre\n\nDu **gras** et de l’*italique*.\n\n- un\n- deux\n\n3. trois')).toBe(
      'Titre\n\nDu gras et de l’italique.\n\nun\ndeux\n\ntrois',
    );
  });

  test('keeps link texts and drops their URLs', () => {
    expect(
      markdownToText('Voir [le site de l’OFII](https://www.ofii.fr "OFII") ou [écrire](mailto:a@b.fr).'),
    ).toBe('Voir le site de l’OFII ou écrire.');
  });

  test('drops autolinked addresses', () => {
    expect(markdownToText('Site : https://www.ofii.fr, www.ofpra.gouv.fr et contact@asso.fr ici')).toBe(
      'Site : , et ici',
    );
  });

  test('removes callout markers and keeps their content', () => {
    expect(markdownToText('> [!IMPORTANT]\n> Venez **tôt**.\n\n> [!info] Gratuit.')).toBe(
      'Venez tôt.\n\nGratuit.',
    );
  });

  test('keeps the alternative text of images, code and table cells', () => {
    expect(
      markdownToText('![Plan d’accès](https://x.fr/p.png)\n\n`AGDREF`\n\n| a | b |\n|---|---|\n| 1 | 2 |'),
    ).toBe('Plan d’accès\n\nAGDREF\n\na b\n1 2');
  });

  test('decodes character references and backslash escapes', () => {
    expect(markdownToText('Caf&eacute; &laquo;&nbsp;ici&nbsp;&raquo; \\*pas en italique\\* &#8364;')).toBe(
      'Café «\u00a0ici\u00a0» *pas en italique* €',
    );
  });

  test('keeps HTML a contributor typed as the literal text readers see', () => {
    expect(markdownToText('Pas de <b>HTML</b>')).toBe('Pas de <b>HTML</b>');
  });

  test('turns line breaks into newlines', () => {
    expect(markdownToText('ligne un\nligne deux')).toBe('ligne un\nligne deux');
  });

  test('returns an empty string for empty input or markup alone', () => {
    expect(markdownToText('')).toBe('');
    expect(markdownToText('  \n\n ')).toBe('');
    expect(markdownToText('> [!INFO]')).toBe('');
    expect(markdownToText('---\n\n* * *')).toBe('');
  });

  test('extracts Arabic and Tigrinya text', () => {
    expect(markdownToText('## حقوقك\n\nيمكنك **طلب اللجوء** في [فرنسا](https://x.fr).')).toBe(
      'حقوقك\n\nيمكنك طلب اللجوء في فرنسا.',
    );
    expect(markdownToText('> [!INFO]\n> ሰላም፡ **እንቋዕ** ብደሓን መጻእኩም።')).toBe('ሰላም፡ እንቋዕ ብደሓን መጻእኩም።');
  });

  test('returns the source when nesting exhausts the stack', () => {
    const deep = '- '.repeat(5000) + 'x';
    expect(markdownToText(deep)).toBe(deep.trim());
  });
});

describe('countWords', () => {
  test.each([
    [
      'French with its typography',
      '« Bonjour », dit-elle\u202f! Le tarif\u00a0: 10\u00a0€ — c’est l’essentiel…',
      7,
    ],
    ['English', 'Apply for asylum at the prefecture.', 6],
    ['Arabic', 'يمكنك طلب اللجوء في فرنسا.', 5],
    ['Dari with a zero-width non-joiner inside a word', 'می‌توانید درخواست پناهندگی کنید', 4],
    ['Russian', 'Как подать заявление на убежище?', 5],
    ['Ukrainian', 'Як подати заяву про притулок?', 5],
    ['Tigrinya with spaces', 'ሰላም፡ እንቋዕ ብደሓን መጻእኩም።', 4],
    ['Tigrinya with Ethiopic wordspaces only', 'ሰላም፡እንቋዕ፡ብደሓን፡መጻእኩም።ሰነዳትኩም፡ሓዙ።', 6],
    ['Tigrinya with Ethiopic comma and semicolon', 'ሓደ፣ክልተ፤ሰለስተ', 3],
    ['numbers', 'Appelez le 115 ou le 3919', 6],
    ['line breaks and tabs', 'un\ndeux\tTROIS\r\nquatre', 4],
    ['punctuation alone', '« » — ! ? : … ።', 0],
    ['an empty string', '', 0],
    ['whitespace only', ' \n\u00a0\t', 0],
  ])('counts words in %s', (_name, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  test('counts the words of rendered-away markdown through markdownToText', () => {
    expect(countWords(markdownToText('> [!INFO]\n> Voir [le site](https://www.ofii.fr) **vite**.'))).toBe(4);
  });
});
