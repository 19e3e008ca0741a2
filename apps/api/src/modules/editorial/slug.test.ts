import { describe, expect, it } from 'vitest';
import { slugSchema } from '@reperes/shared';
import { escapeRegex, slugCandidate, slugify } from './slug.js';

describe('slugify', () => {
  it('makes a readable slug from a French title', () => {
    expect(slugify("Demander l'asile à l'OFPRA")).toBe('demander-l-asile-a-l-ofpra');
    expect(slugify('  Œuvres & cœur : Ça marche !  ')).toBe('oeuvres-coeur-ca-marche');
  });

  it('always gives a valid slug, even from a title with no Latin letters or a very long one', () => {
    for (const title of ['طلب اللجوء', 'ab', 'x'.repeat(300), '---', 'Été 2026']) {
      expect(slugSchema.safeParse(slugify(title)).success, title).toBe(true);
      expect(slugSchema.safeParse(slugCandidate(slugify(title), 12)).success, title).toBe(true);
    }
  });

  it('numbers the candidates after the first', () => {
    expect(slugCandidate('carte-vitale', 1)).toBe('carte-vitale');
    expect(slugCandidate('carte-vitale', 3)).toBe('carte-vitale-3');
  });
});

describe('escapeRegex', () => {
  it('makes user text match literally', () => {
    expect(new RegExp(escapeRegex('a.b*(c)')).test('xa.b*(c)y')).toBe(true);
    expect(new RegExp(escapeRegex('a.b')).test('axb')).toBe(false);
  });
});
