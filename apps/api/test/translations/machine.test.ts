import { afterEach, describe, expect, it } from 'vitest';
import type {
  BudgetInfo,
  ErrorBody,
  MachineResult,
  TranslationConfig,
  TranslatorFiche,
  TranslatorUnit,
} from '@reperes/shared';
import { Types } from 'mongoose';
import { setTranslationProvider, type TranslationProvider } from '../../src/modules/translations/index.js';
import { TranslationModel } from '../../src/modules/translations/translation.model.js';
import { demarche } from '../support/fixtures.js';
import { T, person, publishThroughApi, readerFiche, unitUrl, useTranslationApp } from './harness.js';

const app = useTranslationApp();

/** A fake engine (never a network call): prefixes each run of text outside tags with «ar», keeps the tags. */
class FakeProvider implements TranslationProvider {
  readonly name = 'fake';
  readonly languages = ['ar', 'en'] as const;
  calls: { texts: string[]; target: string }[] = [];
  constructor(private readonly mangle: (xml: string) => string = (x) => x) {}
  async translate(texts: string[], target: string): Promise<string[]> {
    this.calls.push({ texts, target });
    return texts.map((t) =>
      this.mangle(
        t.replace(/(^|>)([^<]*[^<\s][^<]*)/g, (_m, gt: string, s: string) => `${gt}«${target}» ${s}`),
      ),
    );
  }
}

afterEach(() => setTranslationProvider(undefined));

const WHAT_BODY =
  '> [!IMPORTANT]\n> Ne payez **jamais** : voir [le site officiel](https://www.ameli.fr/assure "Ameli").\n\n' +
  '- une photo\n- un justificatif';

const content = () =>
  demarche({
    sections: {
      what: { id: 'what', title: 'Une carte pour la santé', body: WHAT_BODY },
      how: [
        { id: 'how-1', title: 'Créer un compte', body: 'Écrivez à aide@ameli.fr ou allez sur www.ameli.fr.' },
      ],
      next: [{ id: 'next-1', title: 'Recevoir la carte', body: 'Vous recevez la carte par la poste.' }],
    },
  });

async function setup(budget = 100_000) {
  const t = app();
  const admin = await person(t, ['admin']);
  const editor = await person(t, ['editor']);
  const translator = await person(t, ['translator'], ['ar', 'ps'], 'Amal');
  const reviewer = await person(t, ['reviewer'], ['ar']);
  await admin.client.put('/api/v1/admin/translation-budget', { monthlyCharacters: budget });
  const fiche = await publishThroughApi(editor.client, content());
  return { admin, editor, translator, reviewer, fiche };
}

describe('machine pre-translation', () => {
  it('is hidden without a provider and calls nothing', async () => {
    const { translator, fiche } = await setup();
    const config = await translator.client.get<TranslationConfig>(`${T}/config`);
    expect(config.body).toMatchObject({ machineTranslation: false, machineLanguages: [], budget: null });
    const res = await translator.client.post<ErrorBody>(`${T}/ar/fiches/${fiche.id}/machine`, {});
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('MACHINE_TRANSLATION_DISABLED');
  });

  it('keeps links, URLs, callouts, lists and emphasis, and labels the text "machine" until a reviewer approves it', async () => {
    const fake = new FakeProvider();
    setTranslationProvider(fake);
    const { translator, reviewer, fiche } = await setup();
    const config = (await translator.client.get<TranslationConfig>(`${T}/config`)).body;
    expect(config).toMatchObject({ machineTranslation: true, machineLanguages: ['en', 'ar'] });
    expect(config.budget).toMatchObject({ monthlyCharacters: 100_000, used: 0 });

    const res = await translator.client.post<MachineResult>(`${T}/ar/fiches/${fiche.id}/machine`, {});
    expect(res.status).toBe(200);
    expect(res.body.translated).toEqual(['header', 'what', 'how-1', 'next-1']);
    expect(res.body.rejected).toEqual([]);
    expect(res.body.budget.used).toBe(res.body.characters);
    // What left the server had no URL, no address and no callout marker in it.
    const sent = fake.calls.flatMap((c) => c.texts).join('\n');
    expect(sent).not.toMatch(/https?:|www\.|@ameli|\[!IMPORTANT\]/);
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]?.target).toBe('ar');

    const ws = await translator.client.get<TranslatorFiche>(`${T}/ar/fiches/${fiche.id}`);
    const what = ws.body.units.find((u) => u.id === 'what')!;
    expect(what.state).toBe('machine');
    expect(what.working).toMatchObject({
      state: 'machine',
      fromMachine: true,
      upToDate: true,
      by: { name: 'Amal' },
    });
    expect(what.working?.body).toBe(
      '> [!IMPORTANT]\n> «ar» Ne payez **«ar» jamais**«ar»  : voir [«ar» le site officiel](https://www.ameli.fr/assure "Ameli")«ar» .\n\n' +
        '- «ar» une photo\n- «ar» un justificatif',
    );
    expect(ws.body.units.find((u) => u.id === 'how-1')?.working?.body).toBe(
      '«ar» Écrivez à aide@ameli.fr «ar»  ou allez sur www.ameli.fr «ar» .',
    );
    // Readers never see machine text.
    const before = await readerFiche(app(), fiche.slug, 'ar');
    expect(JSON.stringify(before.body)).not.toContain('«ar»');

    // A human edit keeps the label; the reviewer approves; the label goes, readers get the text.
    const url = unitUrl('ar', fiche.id, 'what');
    const edited = await translator.client.put<TranslatorUnit>(url, {
      title: 'بطاقة للصحة',
      body: what.working!.body.replace(/«ar» /g, ''),
      baseUpdatedAt: what.updatedAt,
    });
    expect(edited.body.working).toMatchObject({ state: 'draft', fromMachine: true });
    await translator.client.post(`${url}/submit`, {});
    const approved = await reviewer.client.post<TranslatorUnit>(`${url}/approve`, {});
    expect(approved.body.approved).toMatchObject({ state: 'approved', fromMachine: false });
    const after = await readerFiche(app(), fiche.slug, 'ar');
    expect(after.body.sections.what).toMatchObject({ state: 'up_to_date', lang: 'ar', title: 'بطاقة للصحة' });
    expect(after.body.sections.what.html).toContain('data-callout="important"');
    expect(after.body.sections.what.html).toContain('href="https://www.ameli.fr/assure"');
    expect(after.body.sections.what.html).toContain('<li>');
  });

  it('rejects a result whose structure broke, with a clear message, and keeps nothing of it', async () => {
    // This engine drops links and callout markers (their placeholders) but keeps the words.
    setTranslationProvider(
      new FakeProvider((x) => x.replace(/<a id="\d+">([^<]*)<\/a>/g, '$1').replace(/<n id="0"\/>/, '')),
    );
    const { translator, fiche } = await setup();
    const all = await translator.client.post<ErrorBody>(`${T}/ar/fiches/${fiche.id}/machine`, {
      unitIds: ['what'],
    });
    expect(all.status).toBe(422);
    expect(all.body.error.code).toBe('MACHINE_TRANSLATION_BROKE_STRUCTURE');
    expect(all.body.error.message).toMatch(/lost links, callouts or list items/);
    const details = all.body.error.details as { rejected: { unitId: string; problems: string[] }[] };
    expect(details.rejected[0]?.unitId).toBe('what');
    expect(details.rejected[0]?.problems).toContain('link to https://www.ameli.fr/assure "Ameli" lost');
    const ws = await translator.client.get<TranslatorFiche>(`${T}/ar/fiches/${fiche.id}`);
    expect(ws.body.units.find((u) => u.id === 'what')?.working).toBeNull();

    // Several units: the broken ones are listed, the sound ones kept.
    const some = await translator.client.post<MachineResult>(`${T}/ar/fiches/${fiche.id}/machine`, {});
    expect(some.status).toBe(200);
    expect(some.body.rejected.map((r) => r.unitId)).toEqual(['what']);
    expect(some.body.translated).toEqual(['header', 'how-1', 'next-1']);
  });

  it('stops calling the provider once the monthly budget is spent, and never overspends under concurrency', async () => {
    const fake = new FakeProvider();
    setTranslationProvider(fake);
    const { admin, editor, translator, fiche } = await setup(0);
    const none = await translator.client.post<ErrorBody>(`${T}/ar/fiches/${fiche.id}/machine`, {});
    expect(none.status).toBe(429);
    expect(none.body.error.code).toBe('TRANSLATION_BUDGET_EXHAUSTED');
    expect(none.body.error.message).toContain('No machine translation budget is set');
    expect(fake.calls).toHaveLength(0);

    // Enough for one fiche's units, not for two: of two parallel requests exactly one goes through.
    const second = await publishThroughApi(editor.client, { ...content(), title: 'Une autre carte' });
    const one = (
      await admin.client.put<BudgetInfo>('/api/v1/admin/translation-budget', { monthlyCharacters: 600 })
    ).body;
    expect(one.remaining).toBe(600);
    const results = await Promise.all(
      [fiche.id, second.id].map((id) =>
        translator.client.post<MachineResult & ErrorBody>(`${T}/ar/fiches/${id}/machine`, {}),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 429]);
    const ok = results.find((r) => r.status === 200)!;
    expect(ok.body.characters).toBeGreaterThan(300);
    expect(ok.body.budget.used).toBe(ok.body.characters);
    expect(fake.calls).toHaveLength(1);
    const refused = results.find((r) => r.status === 429)!;
    expect(refused.body.error.details).toMatchObject({ monthlyCharacters: 600, used: ok.body.characters });

    // Spent: no further call.
    const again = await translator.client.post<ErrorBody>(`${T}/ar/fiches/${second.id}/machine`, {});
    expect(again.status).toBe(429);
    expect(fake.calls).toHaveLength(1);
  });

  it('leaves human work and up-to-date texts alone, refuses unsupported languages, and refunds a failed call', async () => {
    const fake = new FakeProvider();
    setTranslationProvider(fake);
    const { translator, fiche } = await setup();
    await translator.client.put(unitUrl('ar', fiche.id, 'how-1'), { title: 'حساب', body: 'نص' });
    const res = await translator.client.post<MachineResult>(`${T}/ar/fiches/${fiche.id}/machine`, {});
    expect(res.body.translated).toEqual(['header', 'what', 'next-1']);
    expect(res.body.skipped).toEqual([{ unitId: 'how-1', reason: 'human_work' }]);
    const rerun = await translator.client.post<MachineResult>(`${T}/ar/fiches/${fiche.id}/machine`, {});
    expect(rerun.body.translated).toEqual([]);
    expect(rerun.body.characters).toBe(0);
    expect(fake.calls).toHaveLength(1);

    const ps = await translator.client.post<ErrorBody>(`${T}/ps/fiches/${fiche.id}/machine`, {});
    expect(ps.status).toBe(400);
    expect(ps.body.error.code).toBe('MACHINE_TRANSLATION_UNSUPPORTED_LANGUAGE');

    setTranslationProvider({
      name: 'down',
      languages: ['ar'],
      translate: () => Promise.reject(new Error('ECONNRESET')),
    });
    const used = (await translator.client.get<TranslationConfig>(`${T}/config`)).body.budget!.used;
    await TranslationModel.deleteOne({ ficheId: new Types.ObjectId(fiche.id), lang: 'ar', unitId: 'next-1' });
    const down = await translator.client.post<ErrorBody>(`${T}/ar/fiches/${fiche.id}/machine`, {
      unitIds: ['next-1'],
    });
    expect(down.status).toBe(502);
    expect(down.body.error.code).toBe('MACHINE_TRANSLATION_FAILED');
    expect((await translator.client.get<TranslationConfig>(`${T}/config`)).body.budget!.used).toBe(used);
  });
});
