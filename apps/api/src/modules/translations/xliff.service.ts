import {
  XLIFF_UNIT_STATUSES,
  type TargetLanguage,
  type XliffApplyResult,
  type XliffExportQuery,
  type XliffPreview,
  type XliffPreviewUnit,
} from '@reperes/shared';
import { diffText } from '@reperes/shared/diff';
import { unitStatus } from '@reperes/shared/freshness';
import { Types } from 'mongoose';
import { AppError } from '../../errors/app-error.js';
import { FicheModel, type FicheDoc } from '../fiches/fiche.model.js';
import { isPublic } from '../fiches/publish.service.js';
import { assertCanExchange } from './access.js';
import { TranslationError, type TranslationContext } from './context.js';
import type { TranslationDoc } from './translation.model.js';
import { frenchUnitsOf, oid, translationsOf, type FrenchUnit, type PublicFiche } from './units.js';
import { writeWorking } from './workspace.service.js';
import {
  readXliff,
  writeXliff,
  type ExportFile,
  type ImportedXliff,
  type SegmentState,
} from './xliff/xliff.js';
import { XmlError } from './xliff/xml.js';

const SEGMENT_STATE: Record<string, SegmentState> = {
  machine: 'translated',
  draft: 'translated',
  in_review: 'reviewed',
  approved: 'final',
};

const label = (u: FrenchUnit) => (u.section === 'header' ? 'header' : `${u.section} ${u.index + 1}`);

async function publicFiches(ids: string[]): Promise<Map<string, PublicFiche>> {
  const valid = ids.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
  const fiches = await FicheModel.find({ _id: { $in: valid } }).lean<FicheDoc[]>();
  return new Map(fiches.filter(isPublic).map((f) => [String(f._id), f as PublicFiche]));
}

/**
 * GET /translations/:lang/xliff?ficheIds= — the fiches' French units with the current translation as target
 * (work in progress first, else the approved text when up to date). `scope=todo` keeps the units readers do
 * not yet see up to date.
 */
export async function exportXliff(
  ctx: TranslationContext,
  lang: TargetLanguage,
  query: XliffExportQuery,
): Promise<{ xml: string; filename: string }> {
  assertCanExchange(ctx.actor, lang);
  const fiches = await publicFiches(query.ficheIds);
  const missing = query.ficheIds.filter((id) => !fiches.has(id));
  if (missing.length)
    throw new AppError('FICHE_NOT_FOUND', `Not published: ${missing.join(', ')}.`, { missing });
  const translations = await translationsOf(
    [...fiches.values()].map((f) => f._id),
    lang,
  );
  const files: ExportFile[] = query.ficheIds.map((id) => {
    const fiche = fiches.get(id)!;
    const docs = translations.get(id);
    const units = frenchUnitsOf(fiche).flatMap((u) => {
      const doc = docs?.get(u.id);
      const status = unitStatus(u.hash, doc);
      if (query.scope === 'todo' && status.progress === 'approved') return [];
      const current =
        doc?.working && doc.working.sourceHash === u.hash
          ? doc.working
          : doc?.approved && doc.approved.sourceHash === u.hash
            ? doc.approved
            : undefined;
      return [
        {
          unitId: u.id,
          sourceHash: u.hash,
          label: label(u),
          source: { title: u.title, body: u.body },
          ...(current
            ? {
                target: {
                  title: current.title,
                  body: current.body,
                  state: SEGMENT_STATE[current.state] ?? 'translated',
                },
              }
            : {}),
        },
      ];
    });
    return { ficheId: id, slug: fiche.slug, title: fiche.published.content.title, units };
  });
  const day = new Date().toISOString().slice(0, 10);
  const name = files.length === 1 ? files[0]!.slug : `${files.length}-fiches`;
  return { xml: writeXliff(lang, files), filename: `reperes-${lang}-${name}-${day}.xlf` };
}

function parse(lang: TargetLanguage, xml: string): ImportedXliff {
  let doc: ImportedXliff;
  try {
    doc = readXliff(xml);
  } catch (err) {
    if (err instanceof XmlError) {
      throw new TranslationError('XLIFF_INVALID', `This file cannot be read: ${err.message}.`, {
        line: err.line,
      });
    }
    throw err;
  }
  const trg = doc.trgLang.toLowerCase();
  if (trg !== lang && !trg.startsWith(`${lang}-`)) {
    throw new TranslationError(
      'XLIFF_INVALID',
      `This file is a translation into "${doc.trgLang}", not "${lang}".`,
      { trgLang: doc.trgLang },
    );
  }
  return doc;
}

interface Planned extends XliffPreviewUnit {
  fiche?: PublicFiche;
  unit?: FrenchUnit;
  doc?: TranslationDoc | null;
}

async function plan(lang: TargetLanguage, imported: ImportedXliff): Promise<Planned[]> {
  const ids = [...new Set(imported.files.map((f) => f.ficheId))];
  const fiches = await publicFiches(ids);
  const translations = await translationsOf(
    [...fiches.values()].map((f) => f._id),
    lang,
  );
  const out: Planned[] = [];
  for (const file of imported.files) {
    const fiche = fiches.get(file.ficheId);
    const units = fiche ? new Map(frenchUnitsOf(fiche).map((u) => [u.id, u])) : new Map<string, FrenchUnit>();
    for (const u of file.units) {
      const key = `${file.ficheId}:${u.unitId}`;
      const unit = units.get(u.unitId);
      const doc = fiche ? (translations.get(file.ficheId)?.get(u.unitId) ?? null) : null;
      const current = doc?.working ?? doc?.approved;
      const old = current
        ? { title: current.title, body: current.body, state: unitStatus(unit?.hash ?? '', doc).state }
        : null;
      const next = { title: (u.title ?? '').trim(), body: u.body ?? '' };
      let status: XliffPreviewUnit['status'];
      if (!fiche || !unit) status = 'unknown';
      else if (u.title === null || u.body === null || !next.title || !next.body.trim()) status = 'incomplete';
      else if (u.sourceHash !== unit.hash) status = 'source_changed';
      else if (old && old.title === next.title && old.body === next.body) status = 'unchanged';
      else status = 'changed';
      out.push({
        key,
        ficheId: file.ficheId,
        slug: fiche?.slug ?? null,
        unitId: u.unitId,
        status,
        old,
        new: next,
        diff: old ? { title: diffText(old.title, next.title), body: diffText(old.body, next.body) } : null,
        ...(fiche ? { fiche } : {}),
        ...(unit ? { unit } : {}),
        doc,
      });
    }
  }
  return out;
}

const publicView = ({ fiche: _f, unit: _u, doc: _d, ...rest }: Planned): XliffPreviewUnit => rest;

/** POST /translations/:lang/xliff/preview — what an import would change, unit by unit (nothing is written). */
export async function previewXliff(
  ctx: TranslationContext,
  lang: TargetLanguage,
  xml: string,
): Promise<XliffPreview> {
  assertCanExchange(ctx.actor, lang);
  const units = await plan(lang, parse(lang, xml));
  const counts = Object.fromEntries(XLIFF_UNIT_STATUSES.map((s) => [s, 0])) as XliffPreview['counts'];
  for (const u of units) counts[u.status] += 1;
  return { lang, units: units.map(publicView), counts };
}

/**
 * POST /translations/:lang/xliff/apply — imports the changed units (or the selected ones) as texts waiting
 * for review: professional or not, a reviewer approves before readers see them.
 */
export async function applyXliff(
  ctx: TranslationContext,
  lang: TargetLanguage,
  xml: string,
  only?: string[],
): Promise<XliffApplyResult> {
  assertCanExchange(ctx.actor, lang);
  const units = await plan(lang, parse(lang, xml));
  const selected = only ? new Set(only) : null;
  const applied: string[] = [];
  const skipped: XliffApplyResult['skipped'] = [];
  for (const u of units) {
    if (selected && !selected.has(u.key)) continue;
    if (u.status !== 'changed' || !u.fiche || !u.unit) {
      skipped.push({ key: u.key, status: u.status });
      continue;
    }
    try {
      await writeWorking(u.fiche, u.unit, lang, u.doc ?? null, {
        title: u.new.title,
        body: u.new.body,
        sourceHash: u.unit.hash,
        sourceTitle: u.unit.title,
        sourceBody: u.unit.body,
        state: 'in_review',
        by: oid(ctx.actor.id),
        at: new Date(),
        origin: 'xliff',
      });
      applied.push(u.key);
    } catch (err) {
      if (err instanceof AppError && err.code === 'STALE_REVISION')
        skipped.push({ key: u.key, status: 'changed' });
      else throw err;
    }
  }
  if (applied.length) await ctx.audit('translation.xliff_import', lang, { units: applied.length });
  return { applied, skipped };
}
