import { Types } from 'mongoose';
import type { SECTION_KEYS } from '@reperes/shared';
import { HEADER_UNIT, type FicheContent, type LanguageCode, type UnitText } from '@reperes/shared';
import { unitWords } from '@reperes/shared/freshness';
import { AppError } from '../../errors/app-error.js';
import { FeedbackModel } from '../feedback/feedback.model.js';
import { FicheModel, type FicheDoc } from '../fiches/fiche.model.js';
import { unitHash } from '../fiches/hash.js';
import { isPublic } from '../fiches/publish.service.js';
import { UserModel } from '../users/user.model.js';
import { TranslationModel, type TranslationDoc } from './translation.model.js';

export type UnitSection = 'header' | (typeof SECTION_KEYS)[number];

/** One unit of the published French, as translators see it. */
export interface FrenchUnit {
  id: string;
  section: UnitSection;
  index: number;
  title: string;
  body: string;
  hash: string;
  changedAt: Date;
}

/** A published, public fiche (what translators translate and readers read). */
export type PublicFiche = FicheDoc & { published: NonNullable<FicheDoc['published']> };

/** Header first, then the section items in reading order, with the hash and change date publishing stamped. */
export function frenchUnitsOf(fiche: PublicFiche): FrenchUnit[] {
  const c: FicheContent = fiche.published.content;
  const stamps = new Map(fiche.published.units.map((u) => [u.id, u]));
  const unit = (id: string, section: UnitSection, index: number, text: UnitText): FrenchUnit => {
    const stamp = stamps.get(id);
    // Every published unit has a stamp; recompute defensively rather than fail a read.
    return {
      id,
      section,
      index,
      title: text.title,
      body: text.body,
      hash: stamp?.hash ?? unitHash(text),
      changedAt: stamp?.changedAt ?? fiche.published.publishedAt,
    };
  };
  return [
    unit(HEADER_UNIT, 'header', 0, { title: c.title, body: c.summary }),
    unit(c.sections.what.id, 'what', 0, c.sections.what),
    ...c.sections.why.map((it, i) => unit(it.id, 'why', i, it)),
    ...c.sections.how.map((it, i) => unit(it.id, 'how', i, it)),
    ...c.sections.next.map((it, i) => unit(it.id, 'next', i, it)),
  ];
}

/** The public fiche, or 404 FICHE_NOT_FOUND (never published, withdrawn, archived or deleted). */
export async function loadPublicFiche(ficheId: string): Promise<PublicFiche> {
  const fiche = await FicheModel.findById(ficheId).lean<FicheDoc>();
  if (!fiche || !isPublic(fiche)) {
    throw new AppError('FICHE_NOT_FOUND', 'This fiche is not published: there is nothing to translate.');
  }
  return fiche as PublicFiche;
}

/** Every public fiche, optionally of one theme (main or secondary). */
export async function loadPublicFiches(theme?: string): Promise<PublicFiche[]> {
  const filter: Record<string, unknown> = { published: { $exists: true } };
  if (theme) {
    filter.$or = [{ 'published.content.mainTheme': theme }, { 'published.content.secondaryThemes': theme }];
  }
  const fiches = await FicheModel.find(filter).lean<FicheDoc[]>();
  return fiches.filter(isPublic) as PublicFiche[];
}

export function findUnit(fiche: PublicFiche, unitId: string): FrenchUnit {
  const unit = frenchUnitsOf(fiche).find((u) => u.id === unitId);
  if (!unit) throw new AppError('NOT_FOUND', `This fiche has no unit "${unitId}" in its published version.`);
  return unit;
}

/** Translations of some fiches in one language, by fiche id then unit id. */
export async function translationsOf(
  ficheIds: Types.ObjectId[],
  lang: LanguageCode,
): Promise<Map<string, Map<string, TranslationDoc>>> {
  const docs = ficheIds.length
    ? await TranslationModel.find({ ficheId: { $in: ficheIds }, lang }).lean<TranslationDoc[]>()
    : [];
  const out = new Map<string, Map<string, TranslationDoc>>();
  for (const d of docs) {
    const key = String(d.ficheId);
    let units = out.get(key);
    if (!units) out.set(key, (units = new Map()));
    units.set(d.unitId, d);
  }
  return out;
}

const wordCache = new Map<string, number>();
/** French words of a unit, cached by its hash (a pure function of the text). */
export function wordsOf(unit: Pick<FrenchUnit, 'hash' | 'title' | 'body'>): number {
  let n = wordCache.get(unit.hash);
  if (n === undefined) {
    if (wordCache.size > 50_000) wordCache.clear();
    n = unitWords(unit);
    wordCache.set(unit.hash, n);
  }
  return n;
}

/**
 * How much a fiche is read. There is no read counter (reading happens offline, from packs): the reader
 * feedback received about a fiche is the signal available; ties go to the most recently published.
 */
export async function popularityOf(ficheIds: Types.ObjectId[]): Promise<Map<string, number>> {
  if (!ficheIds.length) return new Map();
  const rows = await FeedbackModel.aggregate<{ _id: Types.ObjectId; n: number }>([
    { $match: { ficheId: { $in: ficheIds } } },
    { $group: { _id: '$ficheId', n: { $sum: 1 } } },
  ]);
  return new Map(rows.map((r) => [String(r._id), r.n]));
}

/** Display names of people, by id. */
export async function namesOf(ids: (Types.ObjectId | undefined)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean).map(String))].map((id) => new Types.ObjectId(id));
  if (!unique.length) return new Map();
  const users = await UserModel.find({ _id: { $in: unique } }, { name: 1 }).lean<
    { _id: Types.ObjectId; name: string }[]
  >();
  return new Map(users.map((u) => [String(u._id), u.name]));
}

export const oid = (id: string) => new Types.ObjectId(id);
