import { SEED_FICHES } from './data/index.js';
import type { SeedFiche } from './data/types.js';

/** Deterministic pseudo-random numbers (mulberry32), so generated corpora are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Lyon',
  'Lille',
  'Nantes',
  'Rennes',
  'Metz',
  'Dijon',
  'Tours',
  'Pau',
  'Brest',
  'Nîmes',
  'Caen',
  'Amiens',
];

/**
 * A larger corpus for benchmarks: `n` fiches built from the seed fiches, each with its own slug, a
 * varied title and summary and a sentence of its own in every item, translations kept as in the seed.
 * The sentences are reused, so compression ratios are somewhat better than for real content.
 */
export function generateCorpus(n: number, seed = 42): SeedFiche[] {
  const rnd = random(seed);
  const out: SeedFiche[] = [];
  for (let i = 0; i < n; i += 1) {
    const base = SEED_FICHES[i % SEED_FICHES.length]!;
    const city = PLACES[Math.floor(rnd() * PLACES.length)]!;
    const code = Math.floor(rnd() * 1e6).toString(36);
    const tag = ` (${city} ${code})`;
    const addSentence = <T extends { title: string; body: string }>(item: T): T => ({
      ...item,
      body: `${item.body}\n\nÀ ${city}, permanence n° ${code}-${Math.floor(rnd() * 1000)}.`,
    });
    const content = structuredClone(base.content);
    content.title = (content.title + tag).slice(0, 120);
    content.summary = `${content.summary.slice(0, 90)}${tag}`.slice(0, 110);
    content.sections = {
      ...content.sections,
      what: addSentence(content.sections.what),
      why: (content.sections.why ?? []).map(addSentence),
      how: (content.sections.how ?? []).map(addSentence),
      next: (content.sections.next ?? []).map(addSentence),
    };
    out.push({
      slug: `${base.slug}-${i}-${code}`.slice(0, 120),
      content,
      translations: base.translations,
      publishedDaysAgo: Math.floor(rnd() * 400),
    });
  }
  return out;
}
