import { describe, expect, it } from 'vitest';
import { stampUnits, unitHash as sharedUnitHash } from '@reperes/shared/freshness';
import { frenchUnits, unitHash } from '../fiches/hash.js';
import { SEED_FICHES } from '../../seed/data/index.js';
import { ficheContentSchema } from '@reperes/shared';

describe('the shared freshness logic and the API agree', () => {
  it('hashes every unit of the seed corpus exactly as publishing does', () => {
    let n = 0;
    for (const seed of SEED_FICHES) {
      for (const { text } of frenchUnits(ficheContentSchema.parse(seed.content))) {
        expect(sharedUnitHash(text)).toBe(unitHash(text));
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  it('stamps a reordered fiche like publishFiche: nothing changed', () => {
    const seed = ficheContentSchema.parse(SEED_FICHES[0]!.content);
    const before = frenchUnits(seed).map(({ id, text }) => ({ id, hash: unitHash(text), changedAt: 1 }));
    const reordered = { ...seed, sections: { ...seed.sections, how: [...seed.sections.how].reverse() } };
    const after = frenchUnits(reordered).map(({ id, text }) => ({ id, hash: unitHash(text) }));
    const { units, restamps } = stampUnits(before, after, 2);
    expect(units.every((u) => u.changedAt === 1)).toBe(true);
    expect(restamps).toEqual([]);
  });
});
