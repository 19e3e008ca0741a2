import { createHash } from 'node:crypto';
import mongoose, { Types } from 'mongoose';
import { ficheContentSchema, themeSchema, type LanguageCode } from '@reperes/shared';
import { FicheModel } from '../modules/fiches/fiche.model.js';
import { frenchUnits, unitHash } from '../modules/fiches/hash.js';
import { publishFiche } from '../modules/fiches/publish.service.js';
import { ResolvedModel } from '../modules/fiches/resolved.model.js';
import { ThemeModel } from '../modules/themes/theme.model.js';
import { TranslationModel } from '../modules/translations/translation.model.js';
import { SEED_FICHES, SEED_THEMES } from './data/index.js';
import type { SeedFiche } from './data/types.js';

const DAY = 86_400_000;

export interface SeedResult {
  themes: number;
  fiches: number;
  translations: number;
}

/** Loads the illustrative seed corpus: themes, published fiches and their translations. */
export async function seedDatabase(now = new Date()): Promise<SeedResult> {
  await Promise.all([FicheModel.init(), TranslationModel.init(), ThemeModel.init(), ResolvedModel.init()]);
  await ThemeModel.insertMany(
    SEED_THEMES.map((t) => {
      const { id, ...rest } = themeSchema.parse(t);
      return { _id: id, ...rest };
    }),
  );
  const translations = await seedFiches(SEED_FICHES, now);
  return { themes: SEED_THEMES.length, fiches: SEED_FICHES.length, translations };
}

/** Inserts and publishes fiches with their translations; returns the number of translated units. */
export async function seedFiches(fiches: readonly SeedFiche[], now = new Date()): Promise<number> {
  let translations = 0;
  for (const seed of fiches) translations += await seedFiche(seed, now);
  return translations;
}

/** Seed ids derive from the slug, so a seeded database is the same on every machine (golden files). */
export function seedId(slug: string): Types.ObjectId {
  return new Types.ObjectId(createHash('sha256').update(`fiche:${slug}`).digest('hex').slice(0, 24));
}

async function seedFiche(seed: SeedFiche, now: Date): Promise<number> {
  const content = ficheContentSchema.parse(seed.content);
  const publishedAt = new Date(now.getTime() - seed.publishedDaysAgo * DAY);
  const translatedAt = new Date(publishedAt.getTime() - 20 * DAY);
  const [fiche] = await FicheModel.create([
    { _id: seedId(seed.slug), slug: seed.slug, status: 'draft', revision: 0, draft: content },
  ]);
  if (!fiche) throw new Error(`could not create ${seed.slug}`);

  const french = new Map(frenchUnits(content).map((u) => [u.id, u.text]));
  const docs = [];
  for (const [lang, units] of Object.entries(seed.translations) as [
    LanguageCode,
    SeedFiche['translations']['en'],
  ][]) {
    for (const [unitId, t] of Object.entries(units ?? {})) {
      const source = french.get(unitId);
      if (!source) throw new Error(`${seed.slug}: translation of unknown unit ${unitId} in ${lang}`);
      const sourceHash = unitHash(t.outdatedFrom ?? source);
      docs.push({
        ficheId: fiche._id,
        lang,
        unitId,
        approved: { title: t.title, body: t.body, sourceHash, state: 'approved', at: translatedAt },
      });
    }
  }
  if (docs.length) await TranslationModel.insertMany(docs);
  // Outdated translations were made from an older French text: that unit changed at the publish date.
  await publishFiche(fiche._id, { at: publishedAt });
  return docs.length;
}

/** Seeds on first start: only when there is no fiche and no theme at all. */
export async function seedIfEmpty(): Promise<SeedResult | null> {
  const [fiches, themes] = await Promise.all([
    FicheModel.estimatedDocumentCount(),
    ThemeModel.estimatedDocumentCount(),
  ]);
  if (fiches > 0 || themes > 0) return null;
  return seedDatabase();
}

/** Removes all content (used by `npm run seed -- --reset`). */
export async function wipeContent(): Promise<void> {
  for (const name of ['fiches', 'translations', 'themes', 'resolved']) {
    await mongoose.connection.db?.collection(name).deleteMany({});
  }
}
