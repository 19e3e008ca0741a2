import { describe, expect, it } from 'vitest';
import {
  deepEqual,
  diffFicheContent,
  diffItems,
  diffText,
  diffValues,
  tokenize,
  type TextOp,
} from './diff.js';
import { ficheContentSchema, type FicheContent, type FicheContentInput } from './schemas/fiche.js';

const side = (ops: TextOp[], keep: 'added' | 'removed') =>
  ops
    .filter((o) => o.type === 'equal' || o.type === keep)
    .map((o) => o.text)
    .join('');

function content(overrides: Partial<FicheContentInput> = {}): FicheContent {
  return ficheContentSchema.parse({
    type: 'demarche',
    title: 'Demander la carte Vitale',
    administration: 'Assurance Maladie',
    summary: 'La carte Vitale prouve vos droits à la santé.',
    mainTheme: 'sante',
    eligibility: { price: { kind: 'free' }, public: 'not_applicable' },
    sections: {
      what: { id: 'what', title: 'Une carte', body: 'La carte **Vitale** contient vos droits.' },
      how: [
        { id: 'how-1', title: 'Créer un compte', body: 'Allez sur ameli.fr.' },
        { id: 'how-2', title: 'Envoyer une photo', body: 'Envoyez une photo.' },
        { id: 'how-3', title: 'Attendre', body: 'Attendez trois semaines.' },
      ],
      next: [{ id: 'next-1', title: 'Recevoir la carte', body: 'Par la poste.' }],
    },
    ...overrides,
  });
}

describe('tokenize', () => {
  it('splits words of any script, whitespace and punctuation, and joins back to the text', () => {
    const text = 'L’école, c’est   gratuit !\nمرحبا بكم — ሰላም ዓለም';
    const tokens = tokenize(text);
    expect(tokens.join('')).toBe(text);
    expect(tokens).toContain('école');
    expect(tokens).toContain('مرحبا');
    expect(tokens).toContain('ሰላም');
    expect(tokens).toContain('   ');
  });
});

describe('diffText', () => {
  it('reports added and removed words, keeping the rest as equal runs', () => {
    const ops = diffText('La carte contient vos droits.', 'La carte contient tous vos droits.');
    expect(ops).toEqual([
      { type: 'equal', text: 'La carte contient ' },
      { type: 'added', text: 'tous ' },
      { type: 'equal', text: 'vos droits.' },
    ]);
  });

  it('shows a replaced word as a removal followed by an addition', () => {
    expect(diffText('Allez à la préfecture.', 'Allez à la mairie.')).toEqual([
      { type: 'equal', text: 'Allez à la ' },
      { type: 'removed', text: 'préfecture' },
      { type: 'added', text: 'mairie' },
      { type: 'equal', text: '.' },
    ]);
  });

  it('folds a lone space between two changes so a rewritten phrase reads as one change', () => {
    const ops = diffText('Venez le lundi matin.', 'Venez chaque mardi soir.');
    expect(ops).toEqual([
      { type: 'equal', text: 'Venez ' },
      { type: 'removed', text: 'le lundi matin' },
      { type: 'added', text: 'chaque mardi soir' },
      { type: 'equal', text: '.' },
    ]);
  });

  it('diffs right-to-left and Ge’ez text word by word, not letter by letter', () => {
    expect(diffText('مرحبا بالعالم', 'مرحبا بكم')).toEqual([
      { type: 'equal', text: 'مرحبا ' },
      { type: 'removed', text: 'بالعالم' },
      { type: 'added', text: 'بكم' },
    ]);
    expect(diffText('ሰላም ዓለም', 'ሰላም ዓለም ሰላም').at(-1)).toEqual({ type: 'added', text: ' ሰላም' });
  });

  it('returns nothing for two empty texts and one equal run for identical texts', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('Même texte', 'Même texte')).toEqual([{ type: 'equal', text: 'Même texte' }]);
    expect(diffText('', 'Nouveau')).toEqual([{ type: 'added', text: 'Nouveau' }]);
  });

  it('always rebuilds both texts exactly from its operations', () => {
    const words = [
      'la',
      'carte',
      'Vitale',
      ',',
      ' ',
      '\n\n',
      'droits',
      'santé',
      '**',
      'OFII',
      '.',
      'préfecture',
    ];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const text = () =>
      Array.from({ length: Math.floor(rand() * 30) }, () => words[Math.floor(rand() * words.length)]).join(
        ' ',
      );
    for (let i = 0; i < 300; i++) {
      const a = text();
      const b = text();
      const ops = diffText(a, b);
      expect(side(ops, 'removed')).toBe(a);
      expect(side(ops, 'added')).toBe(b);
    }
  });

  it('falls back to a whole replacement when two long texts have nothing in common', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `mot${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `autre${i}`).join(' ');
    const ops = diffText(a, b);
    expect(side(ops, 'removed')).toBe(a);
    expect(side(ops, 'added')).toBe(b);
    expect(ops).toHaveLength(2);
  });
});

describe('diffValues', () => {
  it('recurses into objects and reports added, removed and changed leaves with their path', () => {
    expect(
      diffValues(
        { price: { kind: 'paid', amountEuros: 10, period: 'month' }, age: 'not_applicable' },
        { price: { kind: 'paid', amountEuros: 12, period: 'month' }, location: { kind: 'online' } },
      ),
    ).toEqual([
      { path: 'price.amountEuros', kind: 'changed', from: 10, to: 12 },
      { path: 'age', kind: 'removed', from: 'not_applicable' },
      { path: 'location', kind: 'added', to: { kind: 'online' } },
    ]);
  });

  it('treats arrays as whole values and ignores key order', () => {
    expect(diffValues({ a: ['x', 'y'] }, { a: ['y', 'x'] })).toEqual([
      { path: 'a', kind: 'changed', from: ['x', 'y'], to: ['y', 'x'] },
    ]);
    expect(deepEqual({ a: 1, b: { c: [1] } }, { b: { c: [1] }, a: 1 })).toBe(true);
  });
});

describe('diffItems', () => {
  const item = (id: string, body = `Texte ${id}`) => ({ id, title: `Titre ${id}`, body });

  it('matches items by id: a reordering is a move, not a change of every item', () => {
    const diff = diffItems('how', [item('a'), item('b'), item('c')], [item('c'), item('a'), item('b')]);
    expect(diff.items.map((i) => [i.id, i.kind, i.moved])).toEqual([
      ['c', 'moved', true],
      ['a', 'unchanged', false],
      ['b', 'unchanged', false],
    ]);
    expect(diff.items[0]).toMatchObject({ from: 2, to: 0, fields: [] });
  });

  it('reports added, removed and changed items, the removed one where it used to be', () => {
    const diff = diffItems(
      'how',
      [item('a'), item('b'), item('c')],
      [item('a', 'Nouveau texte'), item('c'), item('d')],
    );
    expect(diff.items.map((i) => [i.id, i.kind])).toEqual([
      ['a', 'changed'],
      ['b', 'removed'],
      ['c', 'unchanged'],
      ['d', 'added'],
    ]);
    expect(diff.items[0]?.fields).toEqual([
      {
        path: 'body',
        kind: 'changed',
        from: 'Texte a',
        to: 'Nouveau texte',
        ops: [
          { type: 'removed', text: 'Texte a' },
          { type: 'added', text: 'Nouveau texte' },
        ],
      },
    ]);
  });

  it('marks an item both changed and moved when its text changed and it changed place', () => {
    const diff = diffItems('why', [item('a'), item('b')], [item('b', 'Autre'), item('a')]);
    const moved = diff.items.filter((i) => i.moved);
    expect(moved).toHaveLength(1);
    expect(diff.items.find((i) => i.id === 'b')?.kind).toBe('changed');
    const a = diff.items.find((i) => i.id === 'a');
    expect(a?.kind).toBe(a?.moved ? 'moved' : 'unchanged');
  });

  it('keeps items with a repeated id apart instead of merging them', () => {
    const diff = diffItems('how', [item('a'), item('a', 'Double')], [item('a'), item('a', 'Double modifié')]);
    expect(diff.items.map((i) => i.kind)).toEqual(['unchanged', 'changed']);
  });
});

describe('diffFicheContent', () => {
  it('finds nothing between two identical versions', () => {
    const diff = diffFicheContent(content(), content());
    expect(diff.changed).toBe(false);
    expect(diff.fields).toEqual([]);
    expect(diff.lists.every((l) => !l.changed)).toBe(true);
  });

  it('reports header fields word by word and eligibility changes by path', () => {
    const diff = diffFicheContent(
      content(),
      content({
        summary: 'La carte Vitale prouve tous vos droits à la santé.',
        eligibility: { price: { kind: 'paid', amountEuros: 5, period: 'once' }, public: 'not_applicable' },
      }),
    );
    expect(diff.fields.map((f) => f.path)).toEqual([
      'summary',
      'eligibility.price.kind',
      'eligibility.price.amountEuros',
      'eligibility.price.period',
    ]);
    expect(diff.fields[0]?.ops).toContainEqual({ type: 'added', text: 'tous ' });
    expect(diff.stats.fields).toBe(4);
  });

  it('reports a reordering of steps as moves, and a new step as added, section by section', () => {
    const before = content();
    const after = content({
      sections: {
        ...before.sections,
        how: [before.sections.how[2]!, before.sections.how[0]!, before.sections.how[1]!],
        next: [...before.sections.next, { id: 'next-2', title: 'Activer', body: 'Activez la carte.' }],
      },
    });
    const diff = diffFicheContent(before, after);
    const how = diff.lists.find((l) => l.key === 'how');
    const next = diff.lists.find((l) => l.key === 'next');
    expect(how?.items.map((i) => [i.id, i.kind])).toEqual([
      ['how-3', 'moved'],
      ['how-1', 'unchanged'],
      ['how-2', 'unchanged'],
    ]);
    expect(next?.items.map((i) => [i.id, i.kind])).toEqual([
      ['next-1', 'unchanged'],
      ['next-2', 'added'],
    ]);
    expect(diff.stats).toMatchObject({ added: 1, removed: 0, changed: 0, moved: 1 });
    expect(diff.lists.find((l) => l.key === 'what')?.changed).toBe(false);
  });

  it('diffs places and contacts by id too', () => {
    const place = {
      id: 'lieu-1',
      name: 'CPAM',
      address: { street: '1 rue A', postalCode: '75001', city: 'Paris' },
    };
    const diff = diffFicheContent(
      content({ places: [place] }),
      content({ places: [{ ...place, address: { ...place.address, street: '3 rue B' } }] }),
    );
    const places = diff.lists.find((l) => l.key === 'places');
    expect(places?.items[0]).toMatchObject({ id: 'lieu-1', kind: 'changed', label: 'CPAM' });
    expect(places?.items[0]?.fields.map((f) => f.path)).toEqual(['address.street']);
  });

  it('is plain JSON that survives a round trip', () => {
    const diff = diffFicheContent(content(), content({ title: 'Obtenir la carte Vitale' }));
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});
