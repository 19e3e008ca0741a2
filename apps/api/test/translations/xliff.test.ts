import { describe, expect, it } from 'vitest';
import type {
  ErrorBody,
  ReviewQueue,
  TranslatorFiche,
  XliffApplyResult,
  XliffPreview,
} from '@reperes/shared';
import {
  T,
  editAndPublish,
  person,
  publishThroughApi,
  readerFiche,
  translateAll,
  useTranslationApp,
} from './harness.js';

const app = useTranslationApp();
const XML = { 'content-type': 'application/xml' };

/** What a professional translator's tool sends back: every empty segment translated ("AR " + French). */
const translated = (xliff: string) =>
  xliff.replace(
    /<segment state="initial"><source xml:space="preserve">([\s\S]*?)<\/source><\/segment>/g,
    (_m, src: string) =>
      `<segment state="translated"><source xml:space="preserve">${src}</source>` +
      `<target xml:space="preserve">AR ${src}</target></segment>`,
  );

async function setup() {
  const editor = await person(app(), ['editor']);
  const translator = await person(app(), ['translator'], ['ar']);
  const reviewer = await person(app(), ['reviewer'], ['ar']);
  const fiche = await publishThroughApi(editor.client);
  return { editor, translator, reviewer, fiche };
}

describe('XLIFF exchange with professional translators', () => {
  it('exports a fiche, previews the returned file unit by unit, and imports it for review', async () => {
    const { translator, reviewer, fiche } = await setup();
    const exported = await translator.client.get(`${T}/ar/xliff?ficheIds=${fiche.id}`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('application/xliff+xml');
    expect(exported.headers.get('content-disposition')).toMatch(
      /^attachment; filename="reperes-ar-demander-la-carte-vitale-\d{4}-\d{2}-\d{2}\.xlf"$/,
    );
    const xliff = exported.text;
    expect(xliff).toContain('version="2.0" srcLang="fr" trgLang="ar"');
    expect(xliff).toContain(`rp:ficheId="${fiche.id}"`);
    expect(xliff).toContain('Allez sur [ameli.fr](https://www.ameli.fr).');
    const back = translated(xliff);

    // Preview, raw XML or JSON-wrapped: nothing is written.
    const preview = await translator.client.post<XliffPreview>(`${T}/ar/xliff/preview`, back, XML);
    expect(preview.status).toBe(200);
    expect(preview.body.counts).toMatchObject({ changed: 5, unchanged: 0, source_changed: 0 });
    const how1 = preview.body.units.find((u) => u.unitId === 'how-1')!;
    expect(how1).toMatchObject({
      key: `${fiche.id}:how-1`,
      slug: fiche.slug,
      status: 'changed',
      old: null,
      new: { title: 'AR Créer un compte', body: 'AR Allez sur [ameli.fr](https://www.ameli.fr).' },
    });
    const wrapped = await translator.client.post<XliffPreview>(`${T}/ar/xliff/preview`, { xliff: back });
    expect(wrapped.body.counts.changed).toBe(5);
    const ws = await translator.client.get<TranslatorFiche>(`${T}/ar/fiches/${fiche.id}`);
    expect(ws.body.units.every((u) => u.working === null)).toBe(true);

    // Apply two selected units: they arrive in review, readers still see French until approval.
    const applied = await translator.client.post<XliffApplyResult>(`${T}/ar/xliff/apply`, {
      xliff: back,
      units: [`${fiche.id}:how-1`, `${fiche.id}:what`],
    });
    expect(applied.status).toBe(200);
    expect(applied.body.applied).toEqual([`${fiche.id}:what`, `${fiche.id}:how-1`]);
    const queue = await reviewer.client.get<ReviewQueue>(`${T}/ar/review`);
    expect(queue.body.items.map((i) => i.unitId).sort()).toEqual(['how-1', 'what']);
    expect((await readerFiche(app(), fiche.slug, 'ar')).body.sections.how[0]?.state).toBe('missing');

    // Importing the same file again: those two are unchanged now, the others still new.
    const again = await translator.client.post<XliffPreview>(`${T}/ar/xliff/preview`, back, XML);
    expect(again.body.counts).toMatchObject({ changed: 3, unchanged: 2 });
    const rest = await translator.client.post<XliffApplyResult>(`${T}/ar/xliff/apply`, back, XML);
    expect(rest.body.applied).toHaveLength(3);
    expect(rest.body.skipped.map((s) => s.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('shows the diff against the current text, skips units whose French changed since the export, and exports only the work left', async () => {
    const { editor, translator, reviewer, fiche } = await setup();
    await translateAll(translator.client, reviewer.client, 'ar', fiche.id);
    const todo = await translator.client.get(`${T}/ar/xliff?ficheIds=${fiche.id}&scope=todo`);
    expect(todo.text).not.toContain('<group');
    const all = await translator.client.get(`${T}/ar/xliff?ficheIds=${fiche.id}`);
    expect(all.text).toContain('<segment state="final">');
    expect(all.text).toContain('<target xml:space="preserve">AR Créer un compte</target>');

    // The translator revises "what"; meanwhile an editor changes "how-1" in French.
    const back = all.text
      .replace(
        '<target xml:space="preserve">AR Une carte pour la santé</target>',
        '<target>بطاقة للصحة</target>',
      )
      .replace('<target xml:space="preserve">AR Créer un compte</target>', '<target>إنشاء حساب</target>');
    await editAndPublish(editor.client, fiche.id, (c) => {
      c.sections.how[0]!.title = 'Créer votre compte';
      return c;
    });
    const preview = await translator.client.post<XliffPreview>(`${T}/ar/xliff/preview`, back, XML);
    expect(preview.body.counts).toMatchObject({ changed: 1, unchanged: 3, source_changed: 1 });
    const what = preview.body.units.find((u) => u.unitId === 'what')!;
    expect(what.old).toMatchObject({ title: 'AR Une carte pour la santé', state: 'approved' });
    expect(what.diff?.title).toEqual([
      { type: 'removed', text: 'AR Une carte pour la santé' },
      { type: 'added', text: 'بطاقة للصحة' },
    ]);
    const apply = await translator.client.post<XliffApplyResult>(`${T}/ar/xliff/apply`, back, XML);
    expect(apply.body.applied).toEqual([`${fiche.id}:what`]);
    expect(apply.body.skipped).toContainEqual({ key: `${fiche.id}:how-1`, status: 'source_changed' });
  });

  it('refuses unsafe or foreign files with a clear message', async () => {
    const { editor, translator, fiche } = await setup();
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' +
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="ar">&e;</xliff>';
    const bad = await translator.client.post<ErrorBody>(`${T}/ar/xliff/preview`, xxe, XML);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('XLIFF_INVALID');
    expect(bad.body.error.message).toContain('DOCTYPE declarations are not accepted');
    expect(bad.body.error.details).toEqual({ line: 1 });

    const exported = (await editor.client.get(`${T}/ar/xliff?ficheIds=${fiche.id}`)).text;
    const wrongLang = await translator.client.post<ErrorBody>(
      `${T}/ar/xliff/preview`,
      exported.replace('trgLang="ar"', 'trgLang="fa"'),
      XML,
    );
    expect(wrongLang.status).toBe(400);
    expect(wrongLang.body.error.message).toContain('not "ar"');
    const plain = await translator.client.post<ErrorBody>(`${T}/ar/xliff/preview`, exported, {
      'content-type': 'text/plain',
    });
    expect(plain.status).toBe(415);
    const big = await translator.client.post<ErrorBody>(
      `${T}/ar/xliff/preview`,
      `<x>${'a'.repeat(2_000_001)}</x>`,
      XML,
    );
    expect(big.status).toBe(413);

    // Editors may exchange any language; translators only theirs.
    expect((await editor.client.get(`${T}/ps/xliff?ficheIds=${fiche.id}`)).status).toBe(200);
    expect((await translator.client.get(`${T}/ps/xliff?ficheIds=${fiche.id}`)).status).toBe(403);
    const missing = await editor.client.get<ErrorBody>(`${T}/ar/xliff?ficheIds=0123456789abcdef01234567`);
    expect(missing.status).toBe(404);
  });
});
