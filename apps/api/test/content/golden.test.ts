import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedFiche } from '@reperes/shared';
import { seedDatabase } from '../../src/seed/seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Expected API outputs are stored as golden files and compared on every run (conventions.md).
// After an intended change, regenerate them with UPDATE_GOLDEN=1 and review the diff.
const GOLDEN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');
const NOW = new Date('2026-06-01T08:00:00Z');

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDatabase(NOW);
});
afterAll(async () => {
  await t.close();
});

function golden(name: string, actual: unknown): void {
  const file = path.join(GOLDEN_DIR, `${name}.json`);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(file, text);
  }
  expect(fs.existsSync(file), `missing golden file ${file}: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(text).toBe(fs.readFileSync(file, 'utf8'));
}

async function fiche(slug: string, lang: string): Promise<ResolvedFiche> {
  const res = await t.api(`/api/v1/fiches/${slug}?lang=${lang}`);
  expect(res.status).toBe(200);
  return (await res.json()) as ResolvedFiche;
}

describe('golden reader documents of the seed corpus', () => {
  it('resolves the asylum fiche in French exactly as recorded', async () => {
    golden('demander-l-asile.fr', await fiche('demander-l-asile', 'fr'));
  });

  it('resolves the health cover fiche in Arabic exactly as recorded, one item outdated', async () => {
    const doc = await fiche('couverture-sante', 'ar');
    expect(doc.dir).toBe('rtl');
    const states = [doc.sections.what, ...doc.sections.how, ...doc.sections.next].map((i) => i.state);
    expect(states.filter((s) => s === 'outdated')).toHaveLength(1);
    expect(states.filter((s) => s === 'missing')).toHaveLength(0);
    golden('couverture-sante.ar', doc);
  });

  it('resolves the partly translated asylum fiche in Pashto with every state, exactly as recorded', async () => {
    const doc = await fiche('demander-l-asile', 'ps');
    const items = [doc.sections.what, ...doc.sections.how, ...doc.sections.next];
    expect(doc.header.state).toBe('up_to_date');
    expect(new Set(items.map((i) => i.state))).toEqual(new Set(['up_to_date', 'outdated', 'missing']));
    for (const item of items.filter((i) => i.state === 'missing')) expect(item.lang).toBe('fr');
    expect(doc.availableLanguages).toContain('ps');
    golden('demander-l-asile.ps', doc);
  });

  it('lists every seed fiche in the ar pack manifest and the seed covers every theme', async () => {
    const manifest = (await (await t.api('/api/v1/packs/ar/manifest')).json()) as { fiches: unknown[] };
    expect(manifest.fiches.length).toBeGreaterThanOrEqual(24);
    const themes = (await (await t.api('/api/v1/themes?lang=ti')).json()) as {
      themes: { ficheCount: number; lang: string }[];
    };
    expect(themes.themes).toHaveLength(10);
    for (const theme of themes.themes) {
      expect(theme.ficheCount).toBeGreaterThanOrEqual(2);
      expect(theme.lang).toBe('ti');
    }
  });
});
