import { describe, expect, test } from 'vitest';
import { decodeEntities } from './html.js';
import { safeHref } from './url.js';

describe('safeHref', () => {
  test.each([
    ['https://www.ofii.fr', 'https://www.ofii.fr'],
    ['HTTP://EXEMPLE.FR/Page', 'HTTP://EXEMPLE.FR/Page'],
    ['mailto:contact@asso.fr', 'mailto:contact@asso.fr'],
    ['tel:+33123456789', 'tel:+33123456789'],
    ['https://a.fr/?a=1&amp;b=2', 'https://a.fr/?a=1&amp;b=2'],
    ['https://a.fr/é t', 'https://a.fr/%C3%A9%20t'],
    ['https://a.fr/%C3%A9', 'https://a.fr/%C3%A9'],
    ['https://a.fr/100%', 'https://a.fr/100%25'],
    ['  https://a.fr  ', 'https://a.fr'],
    ['https://a.fr/"onclick="x', 'https://a.fr/%22onclick=%22x'],
    ["https://a.fr/'x'", 'https://a.fr/&#39;x&#39;'],
  ])('accepts %j as %j', (target, expected) => {
    expect(safeHref(target)).toBe(expected);
  });

  test.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'javascript&#58;alert(1)',
    'javascript&#x3a;alert(1)',
    'javascript&colon;alert(1)',
    'java&#9;script:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '//evil.example',
    '/fiches/asile',
    '#haut',
    'fiche.html',
    'https:evil.example',
    'https:///evil.example',
    'https://a.fr/\u202eexe',
    'https://a.fr/\ud800',
    'mailto:',
    '',
  ])('rejects %j', (target) => {
    expect(safeHref(target)).toBeNull();
  });

  test('does not decode character references in autolinks, whose targets are literal', () => {
    expect(safeHref('https://a.fr/?a&amp;b', true)).toBe('https://a.fr/?a&amp;amp;b');
    expect(safeHref('https://a.fr/?a&amp;b')).toBe('https://a.fr/?a&amp;b');
  });
});

describe('decodeEntities', () => {
  test('decodes numeric references, with or without a semicolon and with leading zeros', () => {
    expect(decodeEntities('&#58;&#x3A;&#X3a;&#58x&#0000058;&#x00003a;')).toBe('::::x::');
  });

  test('decodes common named references, accented letters included', () => {
    expect(
      decodeEntities('&eacute;&Eacute;&agrave;&ccedil;&oelig;&laquo;&nbsp;&raquo;&colon;&Tab;&amp;'),
    ).toBe('éÉàçœ«\u00a0»:\t&');
  });

  test('leaves unknown names and bare ampersands alone', () => {
    expect(decodeEntities('&unknown; a & b &;')).toBe('&unknown; a & b &;');
  });

  test('turns invalid code points into the replacement character', () => {
    expect(decodeEntities('&#0;&#xD800;&#99999999999;')).toBe('\ufffd\ufffd\ufffd');
  });
});
