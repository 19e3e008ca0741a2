import {
  TARGET_LANGUAGE_CODES,
  type AuthUser,
  type LanguageCode,
  type MachineResult,
  type MachineTranslateBody,
  type TargetLanguage,
  type TranslationConfig,
} from '@reperes/shared';
import { unitStatus } from '@reperes/shared/freshness';
import type { Config } from '../../../config.js';
import { AppError } from '../../../errors/app-error.js';
import { assertCanTranslate, canReview, canTranslate } from '../access.js';
import { TranslationError, type TranslationContext } from '../context.js';
import { TranslationModel, type TranslationDoc } from '../translation.model.js';
import { frenchUnitsOf, loadPublicFiche, oid, type FrenchUnit } from '../units.js';
import { writeWorking } from '../workspace.service.js';
import { budgetInfo, reserveCharacters } from './budget.service.js';
import { DeepLProvider } from './deepl.provider.js';
import { checkStructure, protectMarkdown, restoreMarkdown } from './protect.js';
import { configureProvider, translationProvider } from './provider.js';

/** DeepL when DEEPL_API_KEY is set; otherwise no provider: the feature is hidden and nothing calls out. */
export function configureMachineTranslation(config: Config): void {
  configureProvider(config.DEEPL_API_KEY ? new DeepLProvider(config.DEEPL_API_KEY) : null);
}

/** Target languages the configured provider translates into (none when the feature is off). */
export function machineLanguages(): TargetLanguage[] {
  const provider = translationProvider();
  return provider ? TARGET_LANGUAGE_CODES.filter((l) => provider.languages.includes(l)) : [];
}

export function machineEnabledFor(lang: LanguageCode): boolean {
  return Boolean(translationProvider()?.languages.includes(lang));
}

interface Job {
  unit: FrenchUnit;
  doc: TranslationDoc | null;
  title: ReturnType<typeof protectMarkdown>;
  body: ReturnType<typeof protectMarkdown>;
}

/**
 * POST /translations/:lang/fiches/:ficheId/machine — pre-fills drafts with machine translation: units that
 * are missing or outdated and have no human work in progress. Markdown structure is protected before and
 * checked after; a unit whose structure broke is rejected (never stored). The characters sent are taken from
 * the monthly budget first (atomically); the text stays labelled "machine" until a reviewer approves it.
 */
export async function preTranslate(
  ctx: TranslationContext,
  lang: TargetLanguage,
  ficheId: string,
  body: MachineTranslateBody,
): Promise<MachineResult> {
  assertCanTranslate(ctx.actor, lang);
  const provider = translationProvider();
  if (!provider) {
    throw new TranslationError('MACHINE_TRANSLATION_DISABLED', 'Machine translation is not configured.');
  }
  if (!provider.languages.includes(lang)) {
    throw new TranslationError(
      'MACHINE_TRANSLATION_UNSUPPORTED_LANGUAGE',
      `The machine translation service does not translate into "${lang}".`,
    );
  }
  const fiche = await loadPublicFiche(ficheId);
  const all = frenchUnitsOf(fiche);
  let units = all;
  if (body.unitIds) {
    const wanted = new Set(body.unitIds);
    const unknown = body.unitIds.filter((id) => !all.some((u) => u.id === id));
    if (unknown.length) throw new AppError('NOT_FOUND', `Unknown units: ${unknown.join(', ')}.`);
    units = all.filter((u) => wanted.has(u.id));
  }
  const docs = new Map(
    (await TranslationModel.find({ ficheId: fiche._id, lang }).lean<TranslationDoc[]>()).map((d) => [
      d.unitId,
      d,
    ]),
  );

  const skipped: MachineResult['skipped'] = [];
  const jobs: Job[] = [];
  for (const unit of units) {
    const doc = docs.get(unit.id) ?? null;
    const status = unitStatus(unit.hash, doc);
    if (status.progress === 'approved') skipped.push({ unitId: unit.id, reason: 'up_to_date' });
    else if (doc?.working && doc.working.state !== 'machine')
      skipped.push({ unitId: unit.id, reason: 'human_work' });
    else if (doc?.working && !status.workingOutdated) skipped.push({ unitId: unit.id, reason: 'up_to_date' });
    else if (!unit.title.trim() && !unit.body.trim()) skipped.push({ unitId: unit.id, reason: 'empty' });
    else jobs.push({ unit, doc, title: protectMarkdown(unit.title), body: protectMarkdown(unit.body) });
  }

  const texts = jobs.flatMap((j) => [j.title.text, j.body.text]);
  const characters = texts.reduce((n, t) => n + t.length, 0);
  if (!jobs.length)
    return { translated: [], skipped, rejected: [], characters: 0, budget: await budgetInfo() };

  const refund = await reserveCharacters(characters);
  let output: string[];
  try {
    output = await provider.translate(texts, lang);
  } catch (err) {
    await refund();
    ctx.warn(err, `machine translation by ${provider.name} failed`);
    throw new TranslationError(
      'MACHINE_TRANSLATION_FAILED',
      'The machine translation service did not answer; try again later.',
    );
  }
  if (output.length !== texts.length) {
    throw new TranslationError(
      'MACHINE_TRANSLATION_FAILED',
      'The machine translation service answered badly.',
    );
  }
  await ctx.audit('translation.machine', `${String(fiche._id)}:${lang}`, {
    provider: provider.name,
    characters,
    units: jobs.map((j) => j.unit.id),
  });

  const translated: string[] = [];
  const rejected: MachineResult['rejected'] = [];
  for (const [i, job] of jobs.entries()) {
    const title = restoreMarkdown(output[i * 2]!, job.title);
    const text = restoreMarkdown(output[i * 2 + 1]!, job.body);
    const problems = [
      ...title.problems.map((p) => `title: ${p}`),
      ...text.problems,
      ...(text.problems.length ? [] : checkStructure(job.unit.body, text.markdown)),
    ];
    if (problems.length) {
      rejected.push({ unitId: job.unit.id, problems });
      continue;
    }
    try {
      await writeWorking(fiche, job.unit, lang, job.doc, {
        title: title.markdown.trim(),
        body: text.markdown,
        sourceHash: job.unit.hash,
        sourceTitle: job.unit.title,
        sourceBody: job.unit.body,
        state: 'machine',
        by: oid(ctx.actor.id),
        at: new Date(),
        fromMachine: true,
        origin: 'machine',
      });
      translated.push(job.unit.id);
    } catch (err) {
      // Someone saved a draft meanwhile: their work wins.
      if (err instanceof AppError && err.code === 'STALE_REVISION') {
        skipped.push({ unitId: job.unit.id, reason: 'human_work' });
      } else throw err;
    }
  }
  if (!translated.length && rejected.length) {
    throw new TranslationError(
      'MACHINE_TRANSLATION_BROKE_STRUCTURE',
      'The machine translation lost links, callouts or list items: nothing was kept. Translate these parts by hand.',
      { rejected, characters },
    );
  }
  return { translated, skipped, rejected, characters, budget: await budgetInfo() };
}

/** GET /translations/config — what the back-office shows: machine translation, budget, the person's languages. */
export async function translationConfig(actor: AuthUser): Promise<TranslationConfig> {
  const machineTranslation = translationProvider() !== null;
  const languages = TARGET_LANGUAGE_CODES.filter((l) => canTranslate(actor, l));
  return {
    machineTranslation,
    machineLanguages: machineLanguages(),
    budget: machineTranslation || actor.roles.includes('admin') ? await budgetInfo() : null,
    languages,
    canTranslate: languages.length > 0,
    canReview: languages.some((l) => canReview(actor, l)),
  };
}
