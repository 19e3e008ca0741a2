import type { Types } from 'mongoose';
import { HEADER_UNIT, LANGUAGE_CODES, SOURCE_LANGUAGE, type LanguageCode } from '@reperes/shared';
import { AppError } from '../../errors/app-error.js';
import { TranslationModel } from '../translations/translation.model.js';
import { bumpContentVersion } from './content-cache.js';
import { FicheModel, type FicheDoc, type PublishedUnit } from './fiche.model.js';
import { frenchUnits, unitHash } from './hash.js';
import { resolveFiche, type ApprovedTexts, type PublishedFiche, type RenderCache } from './resolve.js';
import { ResolvedModel } from './resolved.model.js';
import { RemovalModel, nextSyncSeq } from './sync-log.js';

const PUBLIC_STATUSES = new Set(['published', 'in_review', 'draft']);

/** A fiche is public when it has a published version and has not been unpublished, archived or deleted
 * (a pending draft or review of a published fiche leaves the published version public). A withdrawn
 * version stays offline through a restore and later edits, until the next publish. */
export function isPublic(fiche: Pick<FicheDoc, 'status' | 'published'>): boolean {
  return Boolean(fiche.published) && !fiche.published?.withdrawnAt && PUBLIC_STATUSES.has(fiche.status);
}

/**
 * Publishes the current draft: records each French unit's hash and the date it last changed.
 * `minor` (typo, link, punctuation): translations made from the previous text of a changed unit are
 * re-stamped with the new hash, so they stay up to date.
 */
export async function publishFiche(
  ficheId: Types.ObjectId | string,
  opts: {
    minor?: boolean;
    at?: Date;
    expectedRevision?: number;
    /** Who publishes (recorded as the fiche's last editor). */
    by?: { id: Types.ObjectId; name: string };
  } = {},
): Promise<void> {
  const at = opts.at ?? new Date();
  const fiche = await FicheModel.findById(ficheId).lean<FicheDoc>();
  if (!fiche) throw new AppError('FICHE_NOT_FOUND', 'This fiche does not exist.');
  const previous = new Map((fiche.published?.units ?? []).map((u) => [u.id, u]));
  const units: PublishedUnit[] = frenchUnits(fiche.draft).map(({ id, text }) => {
    const hash = unitHash(text);
    const prev = previous.get(id);
    return prev && prev.hash === hash ? prev : { id, hash, changedAt: at };
  });
  const expected = opts.expectedRevision ?? fiche.revision;
  const updated = await FicheModel.findOneAndUpdate(
    { _id: fiche._id, revision: expected },
    {
      $set: {
        status: 'published',
        published: { content: fiche.draft, revision: expected + 1, publishedAt: at, units },
        ...(opts.by ? { updatedBy: opts.by } : {}),
      },
      $inc: { revision: 1 },
    },
    { returnDocument: 'after' },
  ).lean();
  if (!updated) throw new AppError('STALE_REVISION', 'The fiche changed since it was read.');

  if (opts.minor) {
    for (const unit of units) {
      const prev = previous.get(unit.id);
      if (!prev || prev.hash === unit.hash) continue;
      for (const version of ['approved', 'working'] as const) {
        await TranslationModel.updateMany(
          { ficheId: fiche._id, unitId: unit.id, [`${version}.sourceHash`]: prev.hash },
          { $set: { [`${version}.sourceHash`]: unit.hash } },
        );
      }
      // The French text changed, but translations stay current: keep the earlier change date.
      unit.changedAt = prev.changedAt;
    }
    await FicheModel.updateOne({ _id: fiche._id }, { $set: { 'published.units': units } });
  }
  await rebuildResolved(fiche._id);
}

/** Recomputes the reader documents of one fiche in every language (after a publish or an approval). */
export async function rebuildResolved(ficheId: Types.ObjectId | string): Promise<void> {
  const fiche = await FicheModel.findById(ficheId).lean<FicheDoc>();
  if (!fiche || !fiche.published || !isPublic(fiche)) {
    await removeResolved(await ResolvedModel.find({ ficheId }, { _id: 1, ficheId: 1, lang: 1 }).lean());
    await bumpContentVersion();
    return;
  }
  const translations = await TranslationModel.find(
    { ficheId: fiche._id, approved: { $exists: true } },
    { lang: 1, unitId: 1, approved: 1 },
  ).lean();
  const byLang = new Map<LanguageCode, ApprovedTexts>();
  for (const t of translations) {
    if (!t.approved) continue;
    let texts = byLang.get(t.lang);
    if (!texts) byLang.set(t.lang, (texts = new Map()));
    texts.set(t.unitId, { ...t.approved, at: t.approved.at });
  }
  const available: LanguageCode[] = LANGUAGE_CODES.filter(
    (code) => code === SOURCE_LANGUAGE || byLang.get(code)?.has(HEADER_UNIT),
  );
  const published: PublishedFiche = {
    id: String(fiche._id),
    slug: fiche.slug,
    content: fiche.published.content,
    publishedAt: fiche.published.publishedAt,
    units: new Map(fiche.published.units.map((u) => [u.id, { hash: u.hash, changedAt: u.changedAt }])),
  };
  const cache: RenderCache = new Map();
  const before = new Map(
    (
      await ResolvedModel.find(
        { ficheId: fiche._id },
        { _id: 1, ficheId: 1, lang: 1, hash: 1, seq: 1 },
      ).lean()
    ).map((d) => [d._id, d]),
  );
  const docs = LANGUAGE_CODES.map((lang) => {
    const out = resolveFiche(published, lang, byLang.get(lang) ?? new Map(), available, cache);
    return {
      _id: `${published.id}:${lang}`,
      ficheId: fiche._id,
      lang,
      slug: fiche.slug,
      hash: out.hash,
      json: out.json,
      size: Buffer.byteLength(out.json),
      summary: out.summary,
      facets: out.facets,
      updatedAt: new Date(out.doc.updatedAt),
      seq: before.get(`${published.id}:${lang}`)?.seq ?? 0,
    };
  });
  const changed = docs.filter((d) => before.get(d._id)?.hash !== d.hash);
  if (changed.length) {
    // Only documents whose content changed take a new sequence number: devices fetch exactly those.
    const seq = await nextSyncSeq();
    for (const doc of changed) doc.seq = seq;
    await ResolvedModel.bulkWrite(
      changed.map((doc) => ({ replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true } })),
      { ordered: true },
    );
  }
  // A document id is `<ficheId>:<lang>`: anything else of this fiche is a leftover to remove.
  const current = new Set(docs.map((d) => d._id));
  await removeResolved([...before.values()].filter((d) => !current.has(d._id)));
  await bumpContentVersion();
}

/** Deletes reader documents and records their removal for delta syncs. */
async function removeResolved(
  docs: { _id: string; ficheId: Types.ObjectId; lang: LanguageCode }[],
): Promise<void> {
  if (!docs.length) return;
  const seq = await nextSyncSeq();
  await RemovalModel.bulkWrite(
    docs.map((d) => ({
      replaceOne: {
        filter: { _id: d._id },
        replacement: { _id: d._id, ficheId: d.ficheId, lang: d.lang, seq },
        upsert: true,
      },
    })),
    { ordered: true },
  );
  await ResolvedModel.deleteMany({ _id: { $in: docs.map((d) => d._id) } });
}
