import { Types } from 'mongoose';
import {
  getLanguage,
  type RequestUnitChangesBody,
  type ReviewItem,
  type ReviewQueue,
  type TargetLanguage,
  type TranslatorUnit,
  type UnitActionBody,
} from '@reperes/shared';
import { AppError } from '../../errors/app-error.js';
import { rebuildResolved } from '../fiches/publish.service.js';
import { UserModel } from '../users/user.model.js';
import { assertCanReview } from './access.js';
import { TranslationError, type TranslationContext } from './context.js';
import { TranslationModel, type TranslationDoc, type TranslationVersionDoc } from './translation.model.js';
import { findUnit, frenchUnitsOf, loadPublicFiche, namesOf, oid, type PublicFiche } from './units.js';
import { FicheModel, type FicheDoc } from '../fiches/fiche.model.js';
import { isPublic } from '../fiches/publish.service.js';
import { checkBase, unitUpdatedAt, versionGuard, versionView } from './views.js';
import { currentUnit } from './workspace.service.js';

/** GET /translations/:lang/review — texts waiting for a reviewer in the language, oldest first. */
export async function reviewQueue(ctx: TranslationContext, lang: TargetLanguage): Promise<ReviewQueue> {
  assertCanReview(ctx.actor, lang);
  const docs = await TranslationModel.find({ lang, 'working.state': 'in_review' })
    .sort({ 'working.at': 1 })
    .limit(1000)
    .lean<TranslationDoc[]>();
  const ficheIds = [...new Set(docs.map((d) => String(d.ficheId)))].map((id) => new Types.ObjectId(id));
  const fiches = new Map(
    (await FicheModel.find({ _id: { $in: ficheIds } }).lean<FicheDoc[]>())
      .filter(isPublic)
      .map((f) => [String(f._id), f as PublicFiche]),
  );
  const names = await namesOf(docs.flatMap((d) => [d.working?.by, d.working?.reviewedBy]));
  const items: ReviewItem[] = [];
  for (const doc of docs) {
    const fiche = fiches.get(String(doc.ficheId));
    const unit = fiche && frenchUnitsOf(fiche).find((u) => u.id === doc.unitId);
    if (!fiche || !unit || !doc.working) continue; // withdrawn fiche or removed item: nothing to publish
    items.push({
      ficheId: String(fiche._id),
      slug: fiche.slug,
      ficheTitle: fiche.published.content.title,
      unitId: unit.id,
      section: unit.section,
      index: unit.index,
      french: { title: unit.title, body: unit.body },
      approved: doc.approved
        ? {
            title: doc.approved.title,
            body: doc.approved.body,
            upToDate: doc.approved.sourceHash === unit.hash,
          }
        : null,
      working: versionView(doc.working, unit.hash, names),
      sourceChanged: doc.working.sourceHash !== unit.hash,
      updatedAt: unitUpdatedAt(doc) ?? doc.working.at.toISOString(),
    });
  }
  return { lang, items, total: items.length };
}

async function inReview(
  fiche: PublicFiche,
  lang: TargetLanguage,
  unitId: string,
  base: string | null | undefined,
): Promise<{
  doc: TranslationDoc & { working: TranslationVersionDoc };
  current: () => Promise<TranslatorUnit>;
}> {
  const unit = findUnit(fiche, unitId);
  const current = () => currentUnit(fiche, unit, lang);
  const doc = await TranslationModel.findOne({ ficheId: fiche._id, lang, unitId }).lean<TranslationDoc>();
  await checkBase(doc, base, current);
  if (!doc?.working || doc.working.state !== 'in_review') {
    throw new TranslationError('TRANSLATION_NOT_IN_REVIEW', 'This translation is not waiting for review.', {
      current: await current(),
    });
  }
  return { doc: doc as TranslationDoc & { working: TranslationVersionDoc }, current };
}

const stale = async (current: () => Promise<TranslatorUnit>) =>
  new AppError('STALE_REVISION', 'Someone changed this translation at the same time.', {
    current: await current(),
  });

/**
 * POST …/units/:unitId/approve — the text in review becomes the approved one and is public at once (the
 * reader documents are rebuilt). Refused when the French changed since it was made (Directus-style: never
 * promote a version whose base moved).
 */
export async function approveUnit(
  ctx: TranslationContext,
  lang: TargetLanguage,
  ficheId: string,
  unitId: string,
  body: UnitActionBody,
): Promise<TranslatorUnit> {
  assertCanReview(ctx.actor, lang);
  const fiche = await loadPublicFiche(ficheId);
  const unit = findUnit(fiche, unitId);
  const { doc, current } = await inReview(fiche, lang, unitId, body.baseUpdatedAt);
  if (doc.working.sourceHash !== unit.hash) {
    throw new TranslationError(
      'TRANSLATION_SOURCE_CHANGED',
      'The French text changed since this translation was submitted: ask the translator to update it.',
      { current: await current() },
    );
  }
  const w = doc.working;
  const approved: TranslationVersionDoc = {
    title: w.title,
    body: w.body,
    sourceHash: w.sourceHash,
    ...(w.sourceTitle !== undefined ? { sourceTitle: w.sourceTitle } : {}),
    ...(w.sourceBody !== undefined ? { sourceBody: w.sourceBody } : {}),
    state: 'approved',
    ...(w.by ? { by: w.by } : {}),
    at: new Date(),
    ...(w.origin ? { origin: w.origin } : {}),
    reviewedBy: oid(ctx.actor.id),
  };
  const res = await TranslationModel.updateOne(versionGuard(doc), {
    $set: { approved },
    $unset: { working: 1 },
  });
  if (res.matchedCount === 0) throw await stale(current);
  await rebuildResolved(fiche._id);
  await ctx.audit('translation.approve', `${String(fiche._id)}:${lang}:${unitId}`, {
    fromMachine: Boolean(w.fromMachine),
    origin: w.origin ?? 'workspace',
  });
  return current();
}

/** POST …/units/:unitId/request-changes — back to draft with the reviewer's comment; the translator is told. */
export async function requestUnitChanges(
  ctx: TranslationContext,
  lang: TargetLanguage,
  ficheId: string,
  unitId: string,
  body: RequestUnitChangesBody,
): Promise<TranslatorUnit> {
  assertCanReview(ctx.actor, lang);
  const fiche = await loadPublicFiche(ficheId);
  const unit = findUnit(fiche, unitId);
  const { doc, current } = await inReview(fiche, lang, unitId, body.baseUpdatedAt);
  const res = await TranslationModel.updateOne(versionGuard(doc), {
    $set: {
      'working.state': 'draft',
      'working.comment': body.comment,
      'working.reviewedBy': oid(ctx.actor.id),
      'working.at': new Date(),
    },
  });
  if (res.matchedCount === 0) throw await stale(current);
  await ctx.audit('translation.request_changes', `${String(fiche._id)}:${lang}:${unitId}`);
  await notifyTranslator(ctx, fiche, lang, unit.id, unit.title, doc.working.by, body.comment);
  return current();
}

async function notifyTranslator(
  ctx: TranslationContext,
  fiche: PublicFiche,
  lang: TargetLanguage,
  unitId: string,
  unitTitle: string,
  translatorId: Types.ObjectId | undefined,
  comment: string,
): Promise<void> {
  if (!translatorId || String(translatorId) === ctx.actor.id) return;
  const translator = await UserModel.findOne(
    { _id: translatorId, active: true },
    { email: 1, name: 1 },
  ).lean<{
    email: string;
    name: string;
  }>();
  if (!translator) return;
  const title = fiche.published.content.title;
  const language = getLanguage(lang).frenchName;
  const url = `${ctx.config.PUBLIC_URL}/admin/translation/${lang}/fiches/${String(fiche._id)}#unit-${unitId}`;
  try {
    await ctx.sendMail({
      to: translator.email,
      subject: `[Repères] Traduction à reprendre (${language}) : ${title}`,
      text:
        `Bonjour ${translator.name},\n\n${ctx.actor.name} demande des modifications sur votre traduction en ` +
        `${language} de « ${unitTitle} » (fiche « ${title} ») :\n\n« ${comment} »\n\n` +
        `Reprenez-la puis soumettez-la de nouveau : ${url}\n`,
    });
  } catch (err) {
    ctx.warn(err, 'could not send the "changes requested" mail to the translator');
  }
}
