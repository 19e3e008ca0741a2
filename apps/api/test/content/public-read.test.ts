import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import type {
  ErrorBody,
  LanguageCode,
  FicheList,
  PackManifest,
  PackSyncResponse,
  ResolvedFiche,
  ThemeList,
} from '@reperes/shared';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { MIN_READER_SHELL, packHashPayload } from '@reperes/shared';
import { FicheModel } from '../../src/modules/fiches/fiche.model.js';
import { unitHash } from '../../src/modules/fiches/hash.js';
import { publishFiche } from '../../src/modules/fiches/publish.service.js';
import { TranslationModel } from '../../src/modules/translations/translation.model.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createPublishedFiche, createTheme, demarche } from '../support/fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await mongoose.connection.db?.dropDatabase();
  // init() runs once per process: after a drop, indexes must be created again.
  await Promise.all(Object.values(mongoose.models).map((m) => m.createIndexes()));
  await createTheme();
});

async function json<T>(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: T; res: Response }> {
  const res = await t.api(path, init);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, res };
}

async function approve(
  ficheId: mongoose.Types.ObjectId,
  lang: LanguageCode,
  unitId: string,
  title: string,
  body: string,
  sourceHash: string,
) {
  await TranslationModel.create({
    ficheId,
    lang,
    unitId,
    approved: { title, body, sourceHash, state: 'approved', at: new Date('2026-01-11T10:00:00Z') },
  });
}

describe('GET /api/v1/fiches/:slug', () => {
  it('returns the resolved French fiche with rendered, sanitized HTML and a strong ETag', async () => {
    await createPublishedFiche('carte-vitale');
    const { status, body, res } = await json<ResolvedFiche>('/api/v1/fiches/carte-vitale?lang=fr');
    expect(status).toBe(200);
    expect(body.header.title).toBe('Demander la carte Vitale');
    expect(body.sections.what.html).toContain('<strong>Vitale</strong>');
    expect(body.sections.how[0]?.html).toContain('rel="noopener noreferrer"');
    expect(body.sections.how.map((i) => i.state)).toEqual(['up_to_date', 'up_to_date']);
    expect(body.sections.what.french).toBeUndefined();
    expect(res.headers.get('etag')).toBe(`"${body.hash}"`);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(body.availableLanguages).toEqual(['fr']);
  });

  it('names on every answer, 304 and errors included, the oldest reader app it serves', async () => {
    await createPublishedFiche('carte-vitale');
    const ok = await t.api('/api/v1/fiches/carte-vitale?lang=fr');
    const notModified = await t.api('/api/v1/fiches/carte-vitale?lang=fr', {
      headers: { 'if-none-match': ok.headers.get('etag')! },
    });
    const missing = await t.api('/api/v1/fiches/nope?lang=fr');
    expect([ok.status, notModified.status, missing.status]).toEqual([200, 304, 404]);
    for (const res of [ok, notModified, missing])
      expect(res.headers.get('x-reperes-min-shell')).toBe(MIN_READER_SHELL);
    // The reader app this repository builds is never older than what its own API requires.
    const web = JSON.parse(readFileSync(new URL('../../../web/package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const parts = (v: string) => v.split('.').map(Number);
    const [a, b] = [parts(web.version), parts(MIN_READER_SHELL)];
    expect(a[0]! * 1e6 + a[1]! * 1e3 + a[2]!).toBeGreaterThanOrEqual(b[0]! * 1e6 + b[1]! * 1e3 + b[2]!);
  });

  it('answers If-None-Match with 304 and no body, and 200 again once the fiche changes', async () => {
    const id = await createPublishedFiche('carte-vitale');
    const first = await t.api('/api/v1/fiches/carte-vitale?lang=fr');
    const etag = first.headers.get('etag') ?? '';
    const again = await t.api('/api/v1/fiches/carte-vitale?lang=fr', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    await FicheModel.updateOne({ _id: id }, { $set: { 'draft.summary': 'Un nouveau résumé.' } });
    await publishFiche(id);
    const changed = await t.api('/api/v1/fiches/carte-vitale?lang=fr', {
      headers: { 'If-None-Match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('gives each item its translation state: up to date, outdated with the date, missing in French', async () => {
    const content = demarche();
    const id = await createPublishedFiche('carte-vitale', content);
    const h = (i: { title: string; body: string }) => unitHash(i);
    await approve(
      id,
      'ar',
      'header',
      'طلب بطاقة فيتال',
      'بطاقة فيتال تثبت حقوقك الصحية.',
      h({ title: content.title, body: content.summary }),
    );
    await approve(
      id,
      'ar',
      'what',
      'بطاقة للصحة',
      'تحتوي بطاقة **فيتال** على حقوقك.',
      h(content.sections.what),
    );
    await approve(
      id,
      'ar',
      'how-1',
      'إنشاء حساب',
      'اذهب إلى [ameli.fr](https://www.ameli.fr).',
      h({ title: 'Ancien titre', body: 'Ancien texte' }),
    );
    await publishFiche(id);

    const { body } = await json<ResolvedFiche>('/api/v1/fiches/carte-vitale?lang=ar');
    expect(body.dir).toBe('rtl');
    expect(body.header).toMatchObject({ title: 'طلب بطاقة فيتال', lang: 'ar', state: 'up_to_date' });
    expect(body.sections.what).toMatchObject({ lang: 'ar', state: 'up_to_date' });
    const [how1, how2] = body.sections.how;
    expect(how1).toMatchObject({
      title: 'إنشاء حساب',
      lang: 'ar',
      state: 'outdated',
      frenchChangedAt: '2026-01-10T10:00:00.000Z',
    });
    expect(how1?.french?.title).toBe('Créer un compte');
    expect(how2).toMatchObject({ title: 'Envoyer une photo', lang: 'fr', state: 'missing' });
    expect(body.availableLanguages).toEqual(['fr', 'ar']);
    expect(body.coverage).toBeCloseTo(2 / 5, 3);
  });

  it('outdates only the French item that changed, and keeps translations current after a minor edit', async () => {
    const content = demarche();
    const id = await createPublishedFiche('carte-vitale', content);
    for (const item of [content.sections.what, ...content.sections.how]) {
      await approve(id, 'en', item.id, `EN ${item.title}`, `EN ${item.body}`, unitHash(item));
    }
    await publishFiche(id, { at: new Date('2026-02-01T00:00:00Z') });
    await FicheModel.updateOne(
      { _id: id },
      { $set: { 'draft.sections.how.0.body': 'Allez sur le site ameli.fr.' } },
    );
    await publishFiche(id, { at: new Date('2026-03-01T00:00:00Z') });
    let { body } = await json<ResolvedFiche>('/api/v1/fiches/carte-vitale?lang=en');
    expect(body.sections.what.state).toBe('up_to_date');
    expect(body.sections.how.map((i) => i.state)).toEqual(['outdated', 'up_to_date']);
    expect(body.sections.how[0]?.frenchChangedAt).toBe('2026-03-01T00:00:00.000Z');

    await FicheModel.updateOne(
      { _id: id },
      { $set: { 'draft.sections.how.1.body': 'Envoyez une photo et une pièce d’identité !' } },
    );
    await publishFiche(id, { minor: true, at: new Date('2026-04-01T00:00:00Z') });
    ({ body } = await json<ResolvedFiche>('/api/v1/fiches/carte-vitale?lang=en'));
    expect(body.sections.how.map((i) => i.state)).toEqual(['outdated', 'up_to_date']);
    expect(body.sections.how[0]?.frenchChangedAt).toBe('2026-03-01T00:00:00.000Z');
  });

  it('never shows machine or draft translation text to readers', async () => {
    const content = demarche();
    const id = await createPublishedFiche('carte-vitale', content);
    await TranslationModel.create({
      ficheId: id,
      lang: 'uk',
      unitId: 'what',
      working: {
        title: 'Машинний переклад',
        body: 'Текст',
        sourceHash: unitHash(content.sections.what),
        state: 'machine',
        at: new Date(),
      },
    });
    await publishFiche(id);
    const { body } = await json<ResolvedFiche>('/api/v1/fiches/carte-vitale?lang=uk');
    expect(body.sections.what).toMatchObject({
      state: 'missing',
      lang: 'fr',
      title: 'Une carte pour la santé',
    });
  });

  it('answers 404 FICHE_NOT_FOUND for an unknown slug and 400 UNKNOWN_LANGUAGE listing the codes', async () => {
    const missing = await json<ErrorBody>('/api/v1/fiches/nothing-here?lang=fr');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('FICHE_NOT_FOUND');
    const lang = await json<ErrorBody>('/api/v1/fiches/nothing-here?lang=xx');
    expect(lang.status).toBe(400);
    expect(lang.body.error.code).toBe('UNKNOWN_LANGUAGE');
    expect(lang.body.error.details).toEqual({ supported: ['fr', 'en', 'ar', 'fa', 'ps', 'ru', 'uk', 'ti'] });
    const bad = await json<ErrorBody>('/api/v1/fiches/Not_A_Slug!');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('compresses responses with brotli or gzip as the client accepts', async () => {
    await createPublishedFiche('carte-vitale');
    const br = await t.api('/api/v1/fiches/carte-vitale?lang=fr', { headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    const gz = await t.api('/api/v1/fiches/carte-vitale?lang=fr', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(((await gz.json()) as { slug: string }).slug).toBe('carte-vitale');
  });

  it('stops serving a fiche that is unpublished', async () => {
    const id = await createPublishedFiche('carte-vitale');
    await FicheModel.updateOne({ _id: id }, { $set: { status: 'unpublished' } });
    const { rebuildResolved } = await import('../../src/modules/fiches/publish.service.js');
    await rebuildResolved(id);
    expect((await t.api('/api/v1/fiches/carte-vitale')).status).toBe(404);
  });
});

describe('GET /api/v1/fiches', () => {
  beforeEach(async () => {
    await createPublishedFiche('carte-vitale', demarche(), new Date('2026-01-10T00:00:00Z'));
    await createPublishedFiche(
      'cours-de-francais',
      demarche({
        type: 'dispositif',
        title: 'Apprendre le français',
        brandTitle: 'Parlons',
        sponsor: 'Association Parlons',
        administration: undefined,
        mainTheme: 'sante',
        eligibility: {
          age: { min: 18, max: 30 },
          location: { kind: 'nationwide' },
          frenchLevel: ['A1', 'A2'],
        },
        sections: {
          what: { id: 'what', title: 'Des cours', body: 'Des cours de français.' },
          why: [],
          how: [{ id: 'how-1', title: 'Venir', body: 'Venez le lundi.' }],
          next: [],
        },
      }),
      new Date('2026-02-10T00:00:00Z'),
    );
  });

  it('lists published fiches, most recently updated first, with summaries in the language', async () => {
    const { status, body } = await json<FicheList>('/api/v1/fiches?lang=en');
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(body.items.map((i) => i.slug)).toEqual(['cours-de-francais', 'carte-vitale']);
    expect(body.items[0]).toMatchObject({ lang: 'en', textLang: 'fr', title: 'Apprendre le français' });
  });

  it('combines facets: type, département, age, French level', async () => {
    const slugs = async (q: string) =>
      (await json<FicheList>(`/api/v1/fiches?${q}`)).body.items.map((i) => i.slug);
    expect(await slugs('type=dispositif')).toEqual(['cours-de-francais']);
    expect(await slugs('department=75')).toEqual(['cours-de-francais', 'carte-vitale']);
    expect(await slugs('department=13')).toEqual(['cours-de-francais']);
    expect(await slugs('age=40')).toEqual(['carte-vitale']);
    expect(await slugs('age=20&department=93')).toEqual(['cours-de-francais', 'carte-vitale']);
    expect(await slugs('frenchLevel=B2')).toEqual(['carte-vitale']);
    expect(await slugs('legalStatus=asylum_seeker')).toEqual(['cours-de-francais']);
    expect(await slugs('theme=sante&need=se-soigner')).toEqual(['cours-de-francais', 'carte-vitale']);
  });

  it('paginates', async () => {
    const { body } = await json<FicheList>('/api/v1/fiches?pageSize=1&page=2');
    expect(body).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(body.items.map((i) => i.slug)).toEqual(['carte-vitale']);
  });

  it('rejects a malformed query naming the field, and unknown or repeated parameters', async () => {
    for (const [q, field] of [
      ['age=old', 'age'],
      ['page=0', 'page'],
      ['type=other', 'type'],
      ['department=999', 'department'],
      ['colour=blue', ''],
      ['theme=a&theme=b', 'theme'],
      ['theme[$gt]=', ''],
    ] as const) {
      const { status, body } = await json<ErrorBody>(`/api/v1/fiches?${q}`);
      expect(status, q).toBe(400);
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(body.error.details)).toContain(field);
    }
  });
});

describe('themes, languages, OpenAPI', () => {
  it('lists themes with needs in the requested language, French where untranslated, with counts', async () => {
    await createPublishedFiche('carte-vitale');
    const { body, res } = await json<ThemeList>('/api/v1/themes?lang=ar');
    expect(body.themes[0]).toMatchObject({ id: 'sante', name: 'الصحة', lang: 'ar', ficheCount: 1 });
    expect(body.themes[0]?.needs[0]).toMatchObject({ id: 'se-soigner', name: 'Se soigner', lang: 'fr' });
    const etag = res.headers.get('etag') ?? '';
    expect((await t.api('/api/v1/themes?lang=ar', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('lists the eight languages of the registry with their direction', async () => {
    const { body } = await json<{ languages: { code: string; dir: string }[] }>('/api/v1/languages');
    expect(body.languages.map((l) => `${l.code}:${l.dir}`)).toEqual([
      'fr:ltr',
      'en:ltr',
      'ar:rtl',
      'fa:rtl',
      'ps:rtl',
      'ru:ltr',
      'uk:ltr',
      'ti:ltr',
    ]);
  });

  it('publishes an OpenAPI 3.1 document generated from the zod schemas', async () => {
    const { body } = await json<{
      openapi: string;
      paths: Record<string, unknown>;
      components: {
        schemas: Record<string, { properties?: Record<string, unknown> }> & {
          Error: { properties: { error: { properties: { code: { enum: string[] } } } } };
        };
      };
    }>('/api/v1/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/fiches',
        '/fiches/{slug}',
        '/themes',
        '/languages',
        '/packs/{lang}/manifest',
        '/feedback',
        '/packs/{lang}/sync',
      ]),
    );
    expect(Object.keys(body.components.schemas.ResolvedFiche?.properties ?? {})).toEqual(
      expect.arrayContaining(['header', 'sections', 'availableLanguages', 'hash']),
    );
    // Every stable error code, from every part of the API, is in one list (shared/src/errors.ts).
    expect(body.components.schemas.Error.properties.error.properties.code.enum).toEqual(
      expect.arrayContaining(['VALIDATION_FAILED', 'THEME_IN_USE', 'NEED_ID_TAKEN', 'XLIFF_INVALID']),
    );
  });
});

describe('language packs', () => {
  it('manifests every published fiche and syncs exactly the changed, added and removed ones', async () => {
    const a = await createPublishedFiche('carte-vitale');
    const b = await createPublishedFiche('carte-vitale-2');
    const manifest = await json<PackManifest>('/api/v1/packs/ar/manifest');
    expect(manifest.body.fiches.map((f) => f.slug).sort()).toEqual(['carte-vitale', 'carte-vitale-2']);
    expect(manifest.body.size).toBeGreaterThan(1000);
    const have = Object.fromEntries(manifest.body.fiches.map((f) => [f.id, f.hash]));

    const first = await json<PackSyncResponse>('/api/v1/packs/ar/sync', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ have: {} }),
    });
    expect(first.body.upserts).toHaveLength(2);
    expect(first.body.upserts[0]?.sections.what.french?.title).toBe('Une carte pour la santé');
    expect(first.body.themes?.themes[0]?.id).toBe('sante');

    await FicheModel.updateOne({ _id: a }, { $set: { 'draft.sections.what.body': 'Nouveau texte.' } });
    await publishFiche(a);
    await FicheModel.updateOne({ _id: b }, { $set: { status: 'archived' } });
    const { rebuildResolved } = await import('../../src/modules/fiches/publish.service.js');
    await rebuildResolved(b);
    await createPublishedFiche('carte-vitale-3');

    const delta = await json<PackSyncResponse>('/api/v1/packs/ar/sync', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ have, themesHash: first.body.themes?.hash }),
    });
    expect(delta.body.upserts.map((u) => u.slug).sort()).toEqual(['carte-vitale', 'carte-vitale-3']);
    expect(delta.body.removed).toEqual([String(b)]);
    expect(delta.body.themes).toBeUndefined();
  });

  it('syncs from a cursor: only what changed after it, and a pack hash the device can check', async () => {
    const a = await createPublishedFiche('carte-vitale');
    const b = await createPublishedFiche('carte-vitale-2');
    const c = await createPublishedFiche('carte-vitale-4');
    const sync = (body: unknown) =>
      json<PackSyncResponse>('/api/v1/packs/ar/sync', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const first = await sync({ have: {} });
    expect(first.body.upserts).toHaveLength(3);
    expect(first.body.cursor).toBeGreaterThan(0);
    const held = new Map(first.body.upserts.map((u) => [u.id, u.hash]));
    const themesHash = first.body.themes!.hash;
    // What the reader computes: the pack hash over the themes' hash and every id:hash it holds.
    const packHashOf = (fiches: Map<string, string>) =>
      createHash('sha256').update(packHashPayload(themesHash, fiches)).digest('base64url').slice(0, 22);
    expect(packHashOf(held)).toBe(first.body.hash);

    const unchanged = await sync({ since: first.body.cursor, themesHash });
    expect(unchanged.body).toMatchObject({ upserts: [], removed: [], cursor: first.body.cursor });
    expect(unchanged.body.hash).toBe(first.body.hash);

    await FicheModel.updateOne({ _id: a }, { $set: { 'draft.sections.what.body': 'Nouveau texte.' } });
    await publishFiche(a);
    // Rebuilt with nothing changed (e.g. an approval in another language): nothing for devices to fetch.
    const { rebuildResolved } = await import('../../src/modules/fiches/publish.service.js');
    await rebuildResolved(c);
    await FicheModel.updateOne({ _id: b }, { $set: { status: 'archived' } });
    await rebuildResolved(b);
    const d = await createPublishedFiche('carte-vitale-3');

    const delta = await sync({ since: first.body.cursor, themesHash });
    expect(delta.body.upserts.map((u) => u.id).sort()).toEqual([String(a), String(d)].sort());
    expect(delta.body.removed).toEqual([String(b)]);
    expect(delta.body.themes).toBeUndefined();
    expect(delta.body.cursor).toBeGreaterThan(first.body.cursor);
    for (const u of delta.body.upserts) held.set(u.id, u.hash);
    for (const id of delta.body.removed) held.delete(id);
    expect(packHashOf(held)).toBe(delta.body.hash);
    // The same answer as a full sync from what the device held.
    const full = await sync({
      have: Object.fromEntries(first.body.upserts.map((u) => [u.id, u.hash])),
      themesHash,
    });
    expect(full.body.upserts.map((u) => u.id).sort()).toEqual(delta.body.upserts.map((u) => u.id).sort());
    expect(full.body.removed).toEqual(delta.body.removed);

    // Published again after its withdrawal: an upsert, not a removal.
    await FicheModel.updateOne({ _id: b }, { $set: { status: 'published' } });
    await rebuildResolved(b);
    const back = await sync({ since: delta.body.cursor, themesHash });
    expect(back.body.upserts.map((u) => u.id)).toEqual([String(b)]);
    expect(back.body.removed).toEqual([]);
  });

  it('rejects operator injection and malformed sync bodies with 400', async () => {
    for (const body of [
      '{"have":{"$gt":""}}',
      '{"have":[]}',
      '{"have":{},"extra":1}',
      '{not json',
      '[]',
      '{"since":{"$gt":0}}',
      '{"since":-1}',
      '{"since":"3"}',
      '{"since":1.5}',
      '{"since":1,"have":{}}',
    ]) {
      const res = await t.api('/api/v1/packs/ar/sync', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status, body).toBe(400);
      expect(['VALIDATION_FAILED', 'INVALID_JSON']).toContain(((await res.json()) as ErrorBody).error.code);
    }
    const big = await t.api('/api/v1/packs/ar/sync', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ have: { x: 'a'.repeat(300_000) } }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as ErrorBody).error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
