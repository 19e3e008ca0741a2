import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageCode } from '@reperes/shared/languages';
import type { FicheList, PackSyncResponse, ResolvedFiche } from '@reperes/shared/schemas/api';
import { FRENCH_LEVELS, LEGAL_STATUSES } from '@reperes/shared/schemas/taxonomy';
import { facetsOf, listFromCards, listSearchParams, summaryOf, type ListQuery } from '../src/data/filter';
import type { Facets } from '../src/store/db';
import { startServer, type RunningServer } from './support/server';

// The on-device list (src/data/filter.ts) must answer exactly what GET /api/v1/fiches answers: same
// items, same order, same totals, for every facet. These tests run in Node (no browser needed) against
// the real API with the seed corpus.

const card = (id: string, facets: Partial<Facets>, title = id, updatedAt = '2025-01-01T00:00:00.000Z') => ({
  id,
  facets: {
    themes: [],
    needs: [],
    type: 'demarche',
    departments: ['*'],
    ageMin: 0,
    ageMax: 120,
    frenchLevels: ['*'],
    legalStatuses: ['*'],
    ...facets,
  },
  summary: {
    id,
    slug: `slug-${id}`,
    type: 'demarche' as const,
    lang: 'fr' as const,
    title,
    summary: '',
    textLang: 'fr' as const,
    needs: [],
    hash: id,
    updatedAt,
  },
});

describe('the offline list filter', () => {
  it("treats '*' as any value and a listed value as that value only", () => {
    const cards = [
      card('a', { departments: ['*'], frenchLevels: ['*'], legalStatuses: ['*'] }),
      card('b', { departments: ['75', '93'], frenchLevels: ['A1'], legalStatuses: ['refugee'] }),
    ];
    const ids = (q: Partial<ListQuery>) => listFromCards(cards, { lang: 'fr', ...q }).items.map((i) => i.id);
    expect(ids({ department: '75' })).toEqual(['a', 'b']);
    expect(ids({ department: '13' })).toEqual(['a']);
    expect(ids({ frenchLevel: 'B2' })).toEqual(['a']);
    expect(ids({ legalStatus: 'refugee', frenchLevel: 'A1' })).toEqual(['a', 'b']);
    expect(ids({ legalStatus: 'asylum_seeker' })).toEqual(['a']);
  });

  it('keeps an age inside the inclusive range, 0–120 when none is given', () => {
    const cards = [card('a', {}), card('b', { ageMin: 18, ageMax: 25 })];
    const ids = (age: number) => listFromCards(cards, { lang: 'fr', age }).items.map((i) => i.id);
    expect(ids(17)).toEqual(['a']);
    expect(ids(18)).toEqual(['a', 'b']);
    expect(ids(25)).toEqual(['a', 'b']);
    expect(ids(26)).toEqual(['a']);
  });

  it('sorts recent first then by id, or by title then id, and pages like the API', () => {
    const cards = [
      card('c', {}, 'Été', '2025-01-02T00:00:00.000Z'),
      card('a', {}, 'Zèbre', '2025-01-01T00:00:00.000Z'),
      card('b', {}, 'Abri', '2025-01-02T00:00:00.000Z'),
    ];
    expect(listFromCards(cards, { lang: 'fr' }).items.map((i) => i.id)).toEqual(['b', 'c', 'a']);
    expect(listFromCards(cards, { lang: 'fr', sort: 'title' }).items.map((i) => i.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
    const page2 = listFromCards(cards, { lang: 'fr', page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(page2.items.map((i) => i.id)).toEqual(['a']);
  });

  it('matches theme and need exactly, and a list of ids', () => {
    const cards = [
      card('a', { themes: ['sante'], needs: ['se-soigner'] }),
      card('b', { themes: ['logement'] }),
    ];
    const ids = (q: Partial<ListQuery>) => listFromCards(cards, { lang: 'fr', ...q }).items.map((i) => i.id);
    expect(ids({ theme: 'sante' })).toEqual(['a']);
    expect(ids({ need: 'se-soigner' })).toEqual(['a']);
    expect(ids({ theme: 'emploi' })).toEqual([]);
    expect(ids({ ids: ['b'] })).toEqual(['b']);
  });
});

describe('the offline list filter against the API', () => {
  let server: RunningServer;
  const docs = new Map<LanguageCode, ResolvedFiche[]>();

  beforeAll(async () => {
    server = await startServer();
    for (const lang of ['fr', 'ar'] as const) {
      const response = await fetch(`${server.url}/api/v1/packs/${lang}/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ have: {} }),
      });
      docs.set(lang, ((await response.json()) as PackSyncResponse).upserts);
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  function queries(all: ResolvedFiche[]): ListQuery[] {
    const themes = [...new Set(all.flatMap((d) => [d.mainTheme ?? '', ...d.secondaryThemes]))].filter(
      Boolean,
    );
    const needs = [...new Set(all.flatMap((d) => d.needs))];
    const departments = [
      ...new Set(
        all.flatMap((d) =>
          typeof d.eligibility.location === 'object' && d.eligibility.location.kind === 'departments'
            ? d.eligibility.location.departments
            : [],
        ),
      ),
      '2A',
      '976',
    ];
    const out: Omit<ListQuery, 'lang'>[] = [
      {},
      { sort: 'title' },
      { sort: 'title', page: 2, pageSize: 7 },
      { page: 3, pageSize: 5 },
      { type: 'dispositif' },
      { type: 'demarche', sort: 'title' },
      { ids: all.slice(0, 4).map((d) => d.id) },
      ...themes.map((theme) => ({ theme })),
      ...needs.map((need) => ({ need })),
      ...departments.map((department) => ({ department })),
      ...[0, 15, 17, 18, 25, 26, 60, 120].map((age) => ({ age })),
      ...FRENCH_LEVELS.map((frenchLevel) => ({ frenchLevel })),
      ...LEGAL_STATUSES.map((legalStatus) => ({ legalStatus })),
      { theme: themes[0]!, legalStatus: 'refugee', age: 30, frenchLevel: 'A1', sort: 'title' },
      { department: departments[0]!, type: 'dispositif', age: 20 },
    ];
    return out.map((q) => ({ lang: all[0]!.lang, pageSize: 100, ...q }));
  }

  it('derives the same list entry from a pack document as the API stores at publish time', async () => {
    for (const lang of ['fr', 'ar'] as const) {
      const api = (await (
        await fetch(`${server.url}/api/v1/fiches?lang=${lang}&pageSize=100`)
      ).json()) as FicheList;
      const derived = new Map(docs.get(lang)!.map((d) => [d.id, summaryOf(d)]));
      expect(api.items.length).toBe(derived.size);
      for (const item of api.items) expect(derived.get(item.id)).toEqual(item);
    }
  });

  it('answers every facet, sort and page exactly like GET /api/v1/fiches, in French and Arabic', async () => {
    let compared = 0;
    for (const lang of ['fr', 'ar'] as const) {
      const all = docs.get(lang)!;
      const cards = all.map((d) => ({ id: d.id, summary: summaryOf(d), facets: facetsOf(d) }));
      for (const query of queries(all)) {
        const response = await fetch(`${server.url}/api/v1/fiches?${listSearchParams(query).toString()}`);
        expect(response.status, JSON.stringify(query)).toBe(200);
        const api = (await response.json()) as FicheList;
        const local = listFromCards(cards, query);
        expect({ ...local, items: local.items.map((i) => i.id) }, JSON.stringify(query)).toEqual({
          ...api,
          items: api.items.map((i) => i.id),
        });
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(60);
  });
});
