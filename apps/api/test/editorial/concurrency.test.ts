import { describe, expect, it } from 'vitest';
import { FicheModel } from '../../src/modules/fiches/fiche.model.js';
import { RevisionModel } from '../../src/modules/editorial/revision.model.js';
import { demarche } from '../support/fixtures.js';
import {
  FICHES,
  createDraft,
  createOrganisation,
  oid,
  signedIn,
  skeleton,
  useEditorialApp,
} from './harness.js';

const app = useEditorialApp();

describe('optimistic concurrency on saves', () => {
  it('lets exactly one of 200 simultaneous saves from the same revision win, answers 409 to the 199 others and stores the winner’s content', async () => {
    const org = await createOrganisation();
    const amina = await signedIn(app(), ['contributor'], [org]);
    const editor = await signedIn(app(), ['editor']);
    const fiche = await createDraft(amina.client);
    const url = `${FICHES}/${fiche.id}`;

    const saves = Array.from({ length: 200 }, (_, i) =>
      (i % 2 ? amina : editor).client.put(url, {
        revision: fiche.revision,
        content: demarche({ summary: `Version ${i}` }),
      }),
    );
    const answers = await Promise.all(saves);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);

    const winner = answers.findIndex((a) => a.status === 200);
    const stored = await FicheModel.findById(fiche.id).lean();
    expect(stored?.draft.summary).toBe(`Version ${winner}`);
    expect(stored?.revision).toBe(fiche.revision + 1);

    // Every loser was told what is stored now: the winner's content and revision.
    for (const loser of answers.filter((a) => a.status === 409)) {
      expect(loser.body.error.code).toBe('STALE_REVISION');
      expect(loser.body.error.details).toMatchObject({ revision: fiche.revision + 1 });
      expect(loser.body.error.details.content.summary).toBe(`Version ${winner}`);
    }
    const revisions = await RevisionModel.find({ ficheId: oid(fiche.id) })
      .sort({ number: 1 })
      .lean();
    expect(revisions.map((r) => [r.number, r.event])).toEqual([
      [1, 'created'],
      [2, 'saved'],
    ]);
    expect(revisions[1]?.content.summary).toBe(`Version ${winner}`);
  }, 120_000);

  it('gives each of 10 fiches created at once with the same title its own slug', async () => {
    const editor = await signedIn(app(), ['editor']);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => editor.client.post(FICHES, { content: skeleton('Ouvrir un compte') })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(answers.map((a) => a.body.slug as string).sort()).toEqual(
      ['ouvrir-un-compte', ...Array.from({ length: 9 }, (_, i) => `ouvrir-un-compte-${i + 2}`)].sort(),
    );
  });
});
