import {
  POPULARITY_SOURCE,
  getLanguage,
  type SaveUnitBody,
  type TargetLanguage,
  type TranslatorFiche,
  type TranslatorFicheList,
  type TranslatorFicheSummary,
  type TranslatorUnit,
  type UnitActionBody,
} from '@reperes/shared';
import { addWords, emptyWordProgress, unitStatus } from '@reperes/shared/freshness';
import { AppError } from '../../errors/app-error.js';
import { assertCanTranslate } from './access.js';
import type { TranslationContext } from './context.js';
import { TranslationError } from './context.js';
import { machineEnabledFor } from './machine/machine.service.js';
import { TranslationModel, type TranslationDoc, type TranslationVersionDoc } from './translation.model.js';
import {
  findUnit,
  frenchUnitsOf,
  loadPublicFiche,
  loadPublicFiches,
  namesOf,
  oid,
  popularityOf,
  translationsOf,
  wordsOf,
  type FrenchUnit,
  type PublicFiche,
} from './units.js';
import { checkBase, sourceLookup, unitView, versionGuard } from './views.js';

/** Summary of one fiche's translation in one language (word progress, unit counts). */
export function summarize(
  fiche: PublicFiche,
  units: Map<string, TranslationDoc> | undefined,
  popularity: number,
): TranslatorFicheSummary {
  const c = fiche.published.content;
  const words = emptyWordProgress();
  const counts = { total: 0, approved: 0, inReview: 0, outdated: 0, missing: 0, draft: 0, machine: 0 };
  let outdatedSince: Date | undefined;
  for (const unit of frenchUnitsOf(fiche)) {
    const status = unitStatus(unit.hash, units?.get(unit.id));
    addWords(words, status.progress, wordsOf(unit));
    counts.total += 1;
    if (status.progress === 'approved') counts.approved += 1;
    else if (status.progress === 'in_review') counts.inReview += 1;
    else if (status.progress === 'outdated') counts.outdated += 1;
    else counts.missing += 1;
    if (status.progress !== 'approved' && status.state === 'draft') counts.draft += 1;
    if (status.progress !== 'approved' && status.state === 'machine') counts.machine += 1;
    if (status.freshness === 'outdated' && (!outdatedSince || unit.changedAt < outdatedSince)) {
      outdatedSince = unit.changedAt;
    }
  }
  return {
    id: String(fiche._id),
    slug: fiche.slug,
    type: c.type,
    title: c.title,
    ...(c.mainTheme ? { mainTheme: c.mainTheme } : {}),
    themes: [c.mainTheme, ...c.secondaryThemes].filter((t): t is string => Boolean(t)),
    publishedAt: fiche.published.publishedAt.toISOString(),
    popularity,
    words,
    units: counts,
    ...(outdatedSince ? { outdatedSince: outdatedSince.toISOString() } : {}),
  };
}

/** Outdated work first (readers see an old text), then the most read, then the most recently published. */
export function byPriority(a: TranslatorFicheSummary, b: TranslatorFicheSummary): number {
  return (
    Number(b.words.outdated > 0) - Number(a.words.outdated > 0) ||
    b.popularity - a.popularity ||
    b.publishedAt.localeCompare(a.publishedAt) ||
    a.title.localeCompare(b.title, 'fr')
  );
}

/** GET /translations/:lang/fiches — every public fiche with its word progress in the language. */
export async function listTranslatorFiches(
  ctx: TranslationContext,
  lang: TargetLanguage,
  query: { theme?: string | undefined },
): Promise<TranslatorFicheList> {
  assertCanTranslate(ctx.actor, lang);
  const fiches = await loadPublicFiches(query.theme);
  const ids = fiches.map((f) => f._id);
  const [translations, popularity] = await Promise.all([translationsOf(ids, lang), popularityOf(ids)]);
  const items = fiches
    .map((f) => summarize(f, translations.get(String(f._id)), popularity.get(String(f._id)) ?? 0))
    .sort(byPriority);
  return { lang, items, total: items.length, orderedBy: POPULARITY_SOURCE };
}

async function unitsViews(fiche: PublicFiche, docs: Map<string, TranslationDoc>): Promise<TranslatorUnit[]> {
  const lookup = sourceLookup(fiche._id);
  const names = await namesOf(
    [...docs.values()].flatMap((d) => [
      d.working?.by,
      d.working?.reviewedBy,
      d.approved?.by,
      d.approved?.reviewedBy,
    ]),
  );
  return Promise.all(frenchUnitsOf(fiche).map((u) => unitView(u, docs.get(u.id), names, lookup)));
}

/** GET /translations/:lang/fiches/:ficheId — every unit: French, approved and working texts, French diff. */
export async function getTranslatorFiche(
  ctx: TranslationContext,
  lang: TargetLanguage,
  ficheId: string,
): Promise<TranslatorFiche> {
  assertCanTranslate(ctx.actor, lang);
  const fiche = await loadPublicFiche(ficheId);
  const docs = (await translationsOf([fiche._id], lang)).get(String(fiche._id)) ?? new Map();
  const units = await unitsViews(fiche, docs);
  const words = summarize(fiche, docs, 0).words;
  const c = fiche.published.content;
  return {
    id: String(fiche._id),
    slug: fiche.slug,
    type: c.type,
    title: c.title,
    lang,
    dir: getLanguage(lang).dir,
    publishedAt: fiche.published.publishedAt.toISOString(),
    units,
    words,
    machineTranslation: machineEnabledFor(lang),
  };
}

/** The current view of one unit (after a write, or for a 409). */
export async function currentUnit(
  fiche: PublicFiche,
  unit: FrenchUnit,
  lang: TargetLanguage,
): Promise<TranslatorUnit> {
  const doc = await TranslationModel.findOne({
    ficheId: fiche._id,
    lang,
    unitId: unit.id,
  }).lean<TranslationDoc>();
  const names = await namesOf([
    doc?.working?.by,
    doc?.working?.reviewedBy,
    doc?.approved?.by,
    doc?.approved?.reviewedBy,
  ]);
  return unitView(unit, doc, names, sourceLookup(fiche._id));
}

const isDuplicateKey = (err: unknown) => (err as { code?: number }).code === 11000;

/**
 * Writes a new working version, guarded: only if the unit did not change since `doc` was read (or, for a
 * unit never stored, if nobody stored it meanwhile). Answers 409 STALE_REVISION otherwise.
 */
export async function writeWorking(
  fiche: PublicFiche,
  unit: FrenchUnit,
  lang: TargetLanguage,
  doc: TranslationDoc | null,
  working: TranslationVersionDoc,
): Promise<void> {
  const stale = async () =>
    new AppError('STALE_REVISION', 'Someone changed this translation at the same time.', {
      current: await currentUnit(fiche, unit, lang),
    });
  if (doc) {
    const res = await TranslationModel.updateOne(versionGuard(doc), { $set: { working } });
    if (res.matchedCount === 0) throw await stale();
    return;
  }
  try {
    await TranslationModel.create({ ficheId: fiche._id, lang, unitId: unit.id, working });
  } catch (err) {
    if (isDuplicateKey(err)) throw await stale();
    throw err;
  }
}

/** PUT /translations/:lang/fiches/:ficheId/units/:unitId — save a draft made from the current French. */
export async function saveDraft(
  ctx: TranslationContext,
  lang: TargetLanguage,
  ficheId: string,
  unitId: string,
  body: SaveUnitBody,
): Promise<TranslatorUnit> {
  assertCanTranslate(ctx.actor, lang);
  const fiche = await loadPublicFiche(ficheId);
  const unit = findUnit(fiche, unitId);
  const doc = await TranslationModel.findOne({ ficheId: fiche._id, lang, unitId }).lean<TranslationDoc>();
  await checkBase(doc, body.baseUpdatedAt, () => currentUnit(fiche, unit, lang));
  const previous = doc?.working;
  await writeWorking(fiche, unit, lang, doc, {
    title: body.title.trim(),
    body: body.body,
    // Saving acknowledges the current French: the draft is made from it.
    sourceHash: unit.hash,
    sourceTitle: unit.title,
    sourceBody: unit.body,
    state: 'draft',
    by: oid(ctx.actor.id),
    at: new Date(),
    // Machine text stays labelled as such until a reviewer approves it, even once edited.
    ...(previous?.fromMachine ? { fromMachine: true } : {}),
    ...(previous?.origin ? { origin: previous.origin } : {}),
  });
  return currentUnit(fiche, unit, lang);
}

/** POST …/units/:unitId/submit — the draft (or machine text) goes to the reviewers. */
export async function submitUnit(
  ctx: TranslationContext,
  lang: TargetLanguage,
  ficheId: string,
  unitId: string,
  body: UnitActionBody,
): Promise<TranslatorUnit> {
  assertCanTranslate(ctx.actor, lang);
  const fiche = await loadPublicFiche(ficheId);
  const unit = findUnit(fiche, unitId);
  const doc = await TranslationModel.findOne({ ficheId: fiche._id, lang, unitId }).lean<TranslationDoc>();
  await checkBase(doc, body.baseUpdatedAt, () => currentUnit(fiche, unit, lang));
  const working = doc?.working;
  if (!doc || !working) {
    throw new TranslationError('TRANSLATION_INCOMPLETE', 'There is no draft to submit: save one first.');
  }
  if (working.state === 'in_review') return currentUnit(fiche, unit, lang);
  if (working.sourceHash !== unit.hash) {
    throw new TranslationError(
      'TRANSLATION_SOURCE_CHANGED',
      'The French text changed since this draft was made: check the changes, update the draft and save it.',
      { current: await currentUnit(fiche, unit, lang) },
    );
  }
  if (!working.title.trim() || !working.body.trim()) {
    throw new TranslationError(
      'TRANSLATION_INCOMPLETE',
      'Translate both the title and the text before review.',
    );
  }
  const res = await TranslationModel.updateOne(versionGuard(doc), {
    $set: { 'working.state': 'in_review', 'working.at': new Date() },
    $unset: { 'working.comment': 1 },
  });
  if (res.matchedCount === 0) {
    throw new AppError('STALE_REVISION', 'Someone changed this translation at the same time.', {
      current: await currentUnit(fiche, unit, lang),
    });
  }
  return currentUnit(fiche, unit, lang);
}
