import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  addWords,
  compareUnits,
  emptyWordProgress,
  restampedHash,
  sha256Hex,
  stampUnits,
  unitHash,
  unitStatus,
  unitWords,
  type UnitStamp,
} from './freshness.js';

const nodeSha = (s: string) => createHash('sha256').update(s).digest('hex');
// The API's unitHash (apps/api/src/modules/fiches/hash.ts), written out with Node's crypto.
const apiUnitHash = (title: string, body: string) => {
  const n = (s: string) => s.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  return nodeSha(JSON.stringify([n(title), n(body)])).slice(0, 16);
};

const units = (...pairs: [string, string][]) => pairs.map(([id, hash]) => ({ id, hash }));

describe('sha256Hex', () => {
  it('gives the same digest as Node for empty, ASCII, multi-block and non-Latin input', () => {
    const samples = [
      '',
      'abc',
      'a'.repeat(55),
      'a'.repeat(56),
      'a'.repeat(64),
      'x'.repeat(1000),
      'Demander la carte Vitale — « Santé »',
      'طلب بطاقة فيتال',
      'ትግርኛ ፡ ሰላም።',
      '👩🏽‍⚕️ emoji',
    ];
    for (const s of samples) expect(sha256Hex(s), s).toBe(nodeSha(s));
  });
});

describe('unitHash', () => {
  it('equals the hash the API stamps when publishing', () => {
    expect(unitHash({ title: 'Créer un compte', body: 'Allez sur [ameli.fr](https://www.ameli.fr).' })).toBe(
      apiUnitHash('Créer un compte', 'Allez sur [ameli.fr](https://www.ameli.fr).'),
    );
  });

  it('ignores line endings, Unicode normalisation and whitespace at the ends, but not other edits', () => {
    const base = unitHash({ title: 'Étape', body: 'Ligne 1\nLigne 2' });
    expect(unitHash({ title: '  Étape ', body: 'Ligne 1\r\nLigne 2\n' })).toBe(base);
    expect(unitHash({ title: 'E\u0301tape', body: 'Ligne 1\nLigne 2' })).toBe(base);
    expect(unitHash({ title: 'Étape', body: 'Ligne 1\nLigne 3' })).not.toBe(base);
    expect(unitHash({ title: 'Étapes', body: 'Ligne 1\nLigne 2' })).not.toBe(base);
  });

  it('does not confuse title and body', () => {
    expect(unitHash({ title: 'a', body: '' })).not.toBe(unitHash({ title: '', body: 'a' }));
  });
});

describe('unitWords', () => {
  it('counts the title and the words of the body, without markup or URLs', () => {
    expect(unitWords({ title: 'Créer un compte', body: 'Allez sur [le site](https://www.ameli.fr) !' })).toBe(
      7,
    );
    expect(unitWords({ title: '', body: '> [!INFO]\n> Gratuit.' })).toBe(1);
  });
});

describe('compareUnits', () => {
  it('reports only the unit whose hash changed', () => {
    const before = units(['header', 'h0'], ['what', 'w0'], ['how-1', 'a'], ['how-2', 'b']);
    const after = units(['header', 'h0'], ['what', 'w0'], ['how-1', 'a2'], ['how-2', 'b']);
    expect(compareUnits(before, after).filter((c) => c.kind !== 'unchanged')).toEqual([
      { id: 'how-1', kind: 'changed', moved: false },
    ]);
  });

  it('treats a reordering as no change (moved, unchanged)', () => {
    const before = units(['how-1', 'a'], ['how-2', 'b'], ['how-3', 'c']);
    const after = units(['how-3', 'c'], ['how-1', 'a'], ['how-2', 'b']);
    const changes = compareUnits(before, after);
    expect(changes.every((c) => c.kind === 'unchanged')).toBe(true);
    expect(changes.filter((c) => c.moved).map((c) => c.id)).toEqual(['how-3']);
  });

  it('reports added and removed items by id', () => {
    const before = units(['how-1', 'a'], ['how-2', 'b']);
    const after = units(['how-1', 'a'], ['how-3', 'c']);
    expect(compareUnits(before, after)).toEqual([
      { id: 'how-1', kind: 'unchanged', moved: false },
      { id: 'how-3', kind: 'added', moved: false },
      { id: 'how-2', kind: 'removed', moved: false },
    ]);
  });
});

describe('stampUnits (what publishing records)', () => {
  const jan = '2026-01-01';
  const mar = '2026-03-01';
  const previous: UnitStamp<string>[] = [
    { id: 'header', hash: 'h0', changedAt: jan },
    { id: 'how-1', hash: 'a', changedAt: jan },
    { id: 'how-2', hash: 'b', changedAt: jan },
  ];

  it('dates only the changed and added units; unchanged and moved ones keep their stamp', () => {
    const next = units(['header', 'h0'], ['how-2', 'b'], ['how-1', 'a2'], ['how-3', 'c']);
    const { units: out, restamps } = stampUnits(previous, next, mar);
    expect(out).toEqual([
      { id: 'header', hash: 'h0', changedAt: jan },
      { id: 'how-2', hash: 'b', changedAt: jan },
      { id: 'how-1', hash: 'a2', changedAt: mar },
      { id: 'how-3', hash: 'c', changedAt: mar },
    ]);
    expect(restamps).toEqual([]);
  });

  it('on a minor edit keeps the change date and re-stamps translations of the previous text', () => {
    const next = units(['header', 'h0'], ['how-1', 'a2'], ['how-2', 'b'], ['how-3', 'c']);
    const { units: out, restamps } = stampUnits(previous, next, mar, true);
    expect(out.find((u) => u.id === 'how-1')).toEqual({ id: 'how-1', hash: 'a2', changedAt: jan });
    // An added item is new French whatever the edit is called: it is dated.
    expect(out.find((u) => u.id === 'how-3')).toEqual({ id: 'how-3', hash: 'c', changedAt: mar });
    expect(restamps).toEqual([{ unitId: 'how-1', from: 'a', to: 'a2' }]);

    // A translation made from the previous text follows; one made from an even older text stays outdated.
    expect(restampedHash('how-1', 'a', restamps)).toBe('a2');
    expect(restampedHash('how-1', 'older', restamps)).toBe('older');
    expect(restampedHash('how-2', 'b', restamps)).toBe('b');
  });

  it('drops removed units from the stamps', () => {
    const { units: out } = stampUnits(previous, units(['header', 'h0'], ['how-2', 'b']), mar);
    expect(out.map((u) => u.id)).toEqual(['header', 'how-2']);
  });
});

describe('unitStatus', () => {
  const approved = (sourceHash: string) => ({ sourceHash, state: 'approved' as const });
  const working = (sourceHash: string, state: 'machine' | 'draft' | 'in_review') => ({ sourceHash, state });

  it('is missing with nothing stored, and machine or draft text does not change what readers see', () => {
    expect(unitStatus('h', null)).toEqual({
      state: 'missing',
      freshness: 'missing',
      progress: 'missing',
      workingOutdated: false,
    });
    expect(unitStatus('h', { working: working('h', 'machine') })).toMatchObject({
      state: 'machine',
      freshness: 'missing',
      progress: 'missing',
    });
    expect(unitStatus('h', { working: working('h', 'draft') })).toMatchObject({
      state: 'draft',
      freshness: 'missing',
    });
  });

  it('is up to date when the approved text was made from the current French', () => {
    expect(unitStatus('h', { approved: approved('h') })).toEqual({
      state: 'approved',
      freshness: 'up_to_date',
      progress: 'approved',
      workingOutdated: false,
    });
  });

  it('is outdated when the French changed, and in review once an up-to-date text is submitted', () => {
    expect(unitStatus('h2', { approved: approved('h1') })).toMatchObject({
      state: 'approved',
      freshness: 'outdated',
      progress: 'outdated',
    });
    expect(unitStatus('h2', { approved: approved('h1'), working: working('h2', 'in_review') })).toMatchObject(
      { state: 'in_review', freshness: 'outdated', progress: 'in_review', workingOutdated: false },
    );
  });

  it('flags work in progress made from an older French text', () => {
    expect(unitStatus('h3', { approved: approved('h1'), working: working('h2', 'in_review') })).toMatchObject(
      {
        progress: 'outdated',
        workingOutdated: true,
      },
    );
  });

  it('stays up to date after a minor edit re-stamps the approved text', () => {
    const { restamps } = stampUnits(
      [{ id: 'how-1', hash: 'a', changedAt: 1 }],
      units(['how-1', 'a2']),
      2,
      true,
    );
    const sourceHash = restampedHash('how-1', 'a', restamps);
    expect(unitStatus('a2', { approved: approved(sourceHash) }).freshness).toBe('up_to_date');
  });
});

describe('word progress', () => {
  it('adds each unit to its bucket and the total', () => {
    const tally = emptyWordProgress();
    addWords(tally, 'approved', 10);
    addWords(tally, 'outdated', 4);
    addWords(tally, 'in_review', 3);
    addWords(tally, 'missing', 2);
    expect(tally).toEqual({ total: 19, approved: 10, inReview: 3, outdated: 4, missing: 2 });
  });
});
