import { describe, expect, it } from 'vitest';
import type { AdminFiche, Revision, RevisionSummary } from '@reperes/shared';
import type { FicheDiff } from '@reperes/shared/diff';
import { RevisionModel } from '../../src/modules/editorial/revision.model.js';
import { demarche } from '../support/fixtures.js';
import { FICHES, createDraft, oid, signedIn, useEditorialApp } from './harness.js';

const app = useEditorialApp();

interface DiffAnswer {
  from: RevisionSummary;
  to: RevisionSummary;
  diff: FicheDiff;
}

describe('revisions, diff and restore', () => {
  it('lists every revision, diffs two of them word by word, reports a reordering as a move, and restores an old one as a new draft', async () => {
    const editor = await signedIn(app(), ['editor'], [], 'Éditrice');
    const fiche = await createDraft(editor.client);
    const url = `${FICHES}/${fiche.id}`;
    const base = demarche();
    const put = async (revision: number, content: ReturnType<typeof demarche>) => {
      const res = await editor.client.put<AdminFiche>(url, { revision, content });
      expect(res.status).toBe(200);
      return res.body.revision;
    };
    const r2 = await put(1, base);
    const [how1, how2] = base.sections.how as [(typeof base.sections.how)[0], (typeof base.sections.how)[0]];
    const r3 = await put(r2, demarche({ sections: { ...base.sections, how: [how2, how1] } }));
    const r4 = await put(
      r3,
      demarche({
        sections: {
          ...base.sections,
          how: [how2, { ...how1, body: 'Allez sur [ameli.fr](https://www.ameli.fr) avec votre numéro.' }],
        },
      }),
    );

    const list = await editor.client.get<{ items: RevisionSummary[] }>(`${url}/revisions`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((r) => [r.number, r.event])).toEqual([
      [4, 'saved'],
      [3, 'saved'],
      [2, 'saved'],
      [1, 'created'],
    ]);
    expect(list.body.items[0]?.author).toEqual({ id: editor.user.id, name: 'Éditrice' });
    expect(list.body.items[0]).not.toHaveProperty('content');

    const one = await editor.client.get<Revision>(`${url}/revisions/2`);
    expect(one.body.content.sections.how.map((i) => i.id)).toEqual(['how-1', 'how-2']);

    // Reordering: a move, not a change.
    const moved = await editor.client.get<DiffAnswer>(`${url}/diff?from=${r2}&to=${r3}`);
    expect(moved.status).toBe(200);
    const how = moved.body.diff.lists.find((l) => l.key === 'how');
    expect(how?.items.map((i) => i.kind).sort()).toEqual(['moved', 'unchanged']);
    expect(moved.body.diff.stats).toMatchObject({ changed: 0, moved: 1, added: 0, removed: 0 });
    expect(moved.body.diff.fields).toEqual([]);

    // One sentence edited: word-level operations inside that item only.
    const edited = await editor.client.get<DiffAnswer>(`${url}/diff`);
    expect(edited.body.from.number).toBe(r3);
    expect(edited.body.to.number).toBe(r4);
    const item = edited.body.diff.lists.find((l) => l.key === 'how')?.items.find((i) => i.id === 'how-1');
    expect(item?.kind).toBe('changed');
    expect(item?.fields[0]?.path).toBe('body');
    expect(item?.fields[0]?.ops).toContainEqual({ type: 'added', text: ' avec votre numéro' });
    expect(edited.body.diff.stats.changed).toBe(1);

    expect((await editor.client.get(`${url}/diff?from=99`)).status).toBe(404);

    // Restore revision 2: a new revision with its content; history is kept.
    const restored = await editor.client.post<AdminFiche>(`${url}/revisions/2/restore`, { revision: r4 });
    expect(restored.status).toBe(200);
    expect(restored.body.revision).toBe(5);
    expect(restored.body.content).toEqual(one.body.content);
    const after = await editor.client.get<{ items: RevisionSummary[] }>(`${url}/revisions`);
    expect(after.body.items[0]).toMatchObject({ number: 5, event: 'restored', restoredFrom: 2 });
    expect(after.body.items).toHaveLength(5);

    // A restore based on an old revision is refused like any stale save.
    expect((await editor.client.post(`${url}/revisions/3/restore`, { revision: r4 })).status).toBe(409);
  });

  it('never lets a revision be rewritten or removed through the model', async () => {
    const editor = await signedIn(app(), ['editor']);
    const fiche = await createDraft(editor.client);
    await expect(
      RevisionModel.updateOne({ ficheId: oid(fiche.id) }, { $set: { event: 'saved' } }),
    ).rejects.toThrow(/immutable/);
    await expect(RevisionModel.deleteMany({ ficheId: oid(fiche.id) })).rejects.toThrow(/immutable/);
    expect(await RevisionModel.countDocuments({ ficheId: oid(fiche.id) })).toBe(1);
  });
});
