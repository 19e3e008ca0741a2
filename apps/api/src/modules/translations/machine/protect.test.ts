import { describe, expect, it } from 'vitest';
import { checkStructure, protectMarkdown, restoreMarkdown, structureOf } from './protect.js';

const roundTrip = (md: string) => {
  const p = protectMarkdown(md);
  return restoreMarkdown(p.text, p);
};

/** A fake engine: upper-cases the words outside tags (so we see what it was allowed to touch). */
const shout = (xml: string) =>
  xml.replace(/(^|>)([^<]*)/g, (_m, gt: string, text: string) => gt + text.toUpperCase());

describe('protectMarkdown', () => {
  it('turns URLs, callout markers and list bullets into placeholders, and keeps link texts translatable', () => {
    const md = '> [!IMPORTANT]\n> Allez sur [le site](https://www.ameli.fr) ou écrivez à aide@asso.fr.';
    const p = protectMarkdown(md);
    expect(p.text).not.toContain('https://');
    expect(p.text).not.toContain('[!IMPORTANT]');
    expect(p.text).not.toContain('aide@asso.fr');
    expect(p.text).toContain('<a id="0">le site</a>');
    expect(p.links).toEqual(['(https://www.ameli.fr)']);
  });

  it('turns emphasis into tags the engine can move with the words', () => {
    expect(protectMarkdown('Un **rendez-vous** est *gratuit*.').text).toBe(
      'Un <b>rendez-vous</b> est <i>gratuit</i>.',
    );
  });

  it('escapes the characters XML would read as markup', () => {
    expect(protectMarkdown('A < B & C > D').text).toBe('A &lt; B &amp; C &gt; D');
  });

  it('keeps code and fenced blocks out of translation', () => {
    const p = protectMarkdown('Tapez `ameli` puis :\n\n```\nne pas traduire\n```\nFin.');
    expect(p.text).not.toContain('ameli');
    expect(p.text).not.toContain('ne pas traduire');
    expect(p.text).toContain('Fin.');
  });
});

describe('restoreMarkdown', () => {
  const samples = [
    'La carte **Vitale** contient vos droits.',
    'Allez sur [ameli.fr](https://www.ameli.fr "Assurance Maladie") puis créez un compte.',
    '> [!INFO]\n> Le rendez-vous est **gratuit**.\n\n> [!IMPORTANT] Ne payez jamais.',
    '1. Prenez rendez-vous\n2. Apportez :\n   - votre passeport\n   - une photo\n\nEnsuite, attendez.',
    'Site : https://www.ofii.fr, www.ofpra.gouv.fr ou <https://exemple.fr/a_b> ; mail contact@asso.fr.',
    '# Titre\n\n---\n\n| Jour | Heure |\n|---|---|\n| lundi | 9 h |',
    'Un \\*astérisque\\* littéral, un_mot_composé et *italique*.',
    '',
  ];
  it.each(samples)('gives back the same markdown when the engine changes nothing: %j', (md) => {
    const { markdown, problems } = roundTrip(md);
    expect(problems).toEqual([]);
    expect(markdown).toBe(md);
  });

  it('keeps the structure when only the words change', () => {
    const md = '> [!INFO]\n> Allez sur [le site](https://www.ameli.fr).\n\n- un\n- deux';
    const p = protectMarkdown(md);
    const { markdown, problems } = restoreMarkdown(shout(p.text), p);
    expect(problems).toEqual([]);
    expect(markdown).toBe('> [!INFO]\n> ALLEZ SUR [LE SITE](https://www.ameli.fr).\n\n- UN\n- DEUX');
    expect(checkStructure(md, markdown)).toEqual([]);
  });

  it('accepts the tag spellings engines give back and moves spaces out of emphasis', () => {
    const p = protectMarkdown('Un **mot** et [lien](https://a.fr) ici.');
    const { markdown, problems } = restoreMarkdown("Un <b> word </b>and <a id='0'>link</a > here.", p);
    expect(problems).toEqual([]);
    expect(markdown).toBe('Un  **word** and [link](https://a.fr) here.');
    // `_x_` and `__x__` come back in the `*` spelling (same rendering).
    expect(roundTrip('un _mot_ et __deux__').markdown).toBe('un *mot* et **deux**');
  });

  it('reports a lost link, a lost placeholder, a repeated one and broken nesting', () => {
    const p = protectMarkdown('Voir [le site](https://a.fr) ou https://b.fr.');
    expect(restoreMarkdown('See the site or <x id="0"/>.', p).problems).toEqual([
      'link to https://a.fr lost',
    ]);
    expect(restoreMarkdown('See <a id="0">the site</a> or.', p).problems).toEqual(['"https://b.fr" lost']);
    expect(restoreMarkdown('<a id="0">x</a> <x id="0"/> <x id="0"/>', p).problems).toEqual([
      'placeholder x0 repeated',
    ]);
    expect(restoreMarkdown('<a id="0">x <b>y</a></b> <x id="0"/>', p).problems).toContain(
      '</a> does not close the open tag',
    );
    expect(restoreMarkdown('<a id="0">x</a> <x id="0"/> <script>', p).problems).toEqual([
      'unexpected tag <script>',
    ]);
  });

  it('reports a lost line break or list marker', () => {
    const p = protectMarkdown('- un\n- deux');
    expect(restoreMarkdown('<n id="0"/>ONE TWO', p).problems).toEqual([
      'a line break or list/callout marker lost',
    ]);
  });
});

describe('checkStructure', () => {
  it('finds links, URLs, callouts and list items', () => {
    expect(structureOf('> [!INFO]\n> [a](https://a.fr) www.b.fr\n\n- x\n- y')).toEqual({
      urls: ['https://a.fr', 'http://www.b.fr'],
      links: 2,
      callouts: ['info'],
      listItems: 2,
    });
  });

  it('accepts a translation with the same structure, and lists what another one lost', () => {
    const fr = '> [!IMPORTANT]\n> Voir [le site](https://a.fr).\n\n- un\n- deux';
    expect(checkStructure(fr, '> [!IMPORTANT]\n> See [the site](https://a.fr).\n\n- one\n- two')).toEqual([]);
    expect(checkStructure(fr, '> See the site.\n\n- one two')).toEqual([
      'URLs differ; lost: https://a.fr',
      '1 links in French, 0 in the translation',
      'callouts differ: [important] in French, [] translated',
      '2 list items in French, 1 in the translation',
    ]);
    expect(checkStructure('[a](https://a.fr)', '[a](https://evil.example)')).toEqual([
      'URLs differ; lost: https://a.fr; new: https://evil.example',
    ]);
  });
});
