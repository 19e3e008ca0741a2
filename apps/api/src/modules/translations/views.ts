import type { Types } from 'mongoose';
import { type FrenchDiff, type TranslatorUnit, type VersionView } from '@reperes/shared';
import { diffText } from '@reperes/shared/diff';
import { unitStatus } from '@reperes/shared/freshness';
import { AppError } from '../../errors/app-error.js';
import { RevisionModel } from '../editorial/revision.model.js';
import { frenchUnits, unitHash } from '../fiches/hash.js';
import type { TranslationDoc, TranslationVersionDoc } from './translation.model.js';
import { wordsOf, type FrenchUnit } from './units.js';

const person = (id: Types.ObjectId | undefined, names: Map<string, string>) =>
  id ? { id: String(id), name: names.get(String(id)) ?? '—' } : null;

export function versionView(
  v: TranslationVersionDoc,
  currentHash: string,
  names: Map<string, string>,
): VersionView {
  return {
    title: v.title,
    body: v.body,
    state: v.state,
    at: v.at.toISOString(),
    by: person(v.by, names),
    upToDate: v.sourceHash === currentHash,
    fromMachine: Boolean(v.fromMachine),
    ...(v.comment ? { comment: v.comment } : {}),
    ...(v.reviewedBy ? { reviewedBy: person(v.reviewedBy, names) } : {}),
  };
}

/** The unit's concurrency token: when its text or state last changed (null: nothing stored). */
export function unitUpdatedAt(
  doc: Pick<TranslationDoc, 'approved' | 'working'> | null | undefined,
): string | null {
  const times = [doc?.working?.at, doc?.approved?.at].filter((d): d is Date => d instanceof Date);
  if (!times.length) return null;
  return new Date(Math.max(...times.map((d) => d.getTime()))).toISOString();
}

/** Filter matching the document only if neither of its versions changed since it was read. */
export function versionGuard(doc: TranslationDoc): Record<string, unknown> {
  return {
    _id: doc._id,
    'working.at': doc.working ? doc.working.at : { $exists: false },
    'approved.at': doc.approved ? doc.approved.at : { $exists: false },
  };
}

/** Refuses an edit based on an older state of the unit: 409 STALE_REVISION with the current unit. */
export async function checkBase(
  doc: TranslationDoc | null,
  base: string | null | undefined,
  current: () => Promise<TranslatorUnit>,
): Promise<void> {
  if (base === undefined) return;
  const expected = base === null ? null : new Date(base).toISOString();
  if (expected === unitUpdatedAt(doc)) return;
  throw new AppError('STALE_REVISION', 'Someone changed this translation since you opened it.', {
    current: await current(),
  });
}

/** Finds the French text a translation was made from, by hash, in the fiche's revisions (loaded once). */
export type SourceLookup = (unitId: string, hash: string) => Promise<{ title: string; body: string } | null>;

export function sourceLookup(ficheId: Types.ObjectId): SourceLookup {
  let index: Promise<Map<string, { title: string; body: string }>> | undefined;
  const build = async () => {
    const map = new Map<string, { title: string; body: string }>();
    const revisions = await RevisionModel.find({ ficheId }, { content: 1 })
      .sort({ number: -1 })
      .limit(500)
      .lean<{ content: Parameters<typeof frenchUnits>[0] }[]>();
    for (const r of revisions) {
      for (const { id, text } of frenchUnits(r.content)) {
        const key = `${id}:${unitHash(text)}`;
        if (!map.has(key)) map.set(key, { title: text.title, body: text.body });
      }
    }
    return map;
  };
  return async (unitId, hash) => {
    index ??= build();
    return (await index).get(`${unitId}:${hash}`) ?? null;
  };
}

async function frenchDiffOf(
  unit: FrenchUnit,
  version: TranslationVersionDoc | undefined,
  lookup: SourceLookup,
): Promise<FrenchDiff | null> {
  if (!version || version.sourceHash === unit.hash) return null;
  const from =
    version.sourceTitle !== undefined && version.sourceBody !== undefined
      ? { title: version.sourceTitle, body: version.sourceBody }
      : await lookup(unit.id, version.sourceHash);
  if (!from) return null;
  return { from, title: diffText(from.title, unit.title), body: diffText(from.body, unit.body) };
}

/** One unit as the translator workspace shows it. */
export async function unitView(
  unit: FrenchUnit,
  doc: TranslationDoc | null | undefined,
  names: Map<string, string>,
  lookup: SourceLookup,
): Promise<TranslatorUnit> {
  const status = unitStatus(unit.hash, doc);
  // The diff that matters is the one since the text the translator will start from.
  const reference = doc?.working ?? doc?.approved;
  return {
    id: unit.id,
    section: unit.section,
    index: unit.index,
    french: { title: unit.title, body: unit.body, hash: unit.hash, changedAt: unit.changedAt.toISOString() },
    words: wordsOf(unit),
    approved: doc?.approved ? versionView(doc.approved, unit.hash, names) : null,
    working: doc?.working ? versionView(doc.working, unit.hash, names) : null,
    state: status.state,
    freshness: status.freshness,
    progress: status.progress,
    updatedAt: unitUpdatedAt(doc),
    frenchDiff: await frenchDiffOf(unit, reference, lookup),
  };
}
