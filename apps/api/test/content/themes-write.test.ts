/**
 * Theme and need administration over real HTTP against the embedded database: create, rename, reorder,
 * needs (create, rename, reorder, move), deletes refused while fiches use them, optimistic concurrency,
 * validation and operator injection, and that the public reads (theme list, language pack manifest) show a
 * change at once.
 */
import { describe, expect, it } from 'vitest';
import type { AdminTheme, AdminThemeList, PackManifest, ThemeList, ThemeWriteResult } from '@reperes/shared';
import { AuditModel } from '../../src/modules/audit/audit.model.js';
import { FicheModel } from '../../src/modules/fiches/fiche.model.js';
import { anonymousClient, type TestClient } from '../support/auth.js';
import { createPublishedFiche, demarche } from '../support/fixtures.js';
import { signedIn, useEditorialApp } from '../editorial/harness.js';

const THEMES = '/api/v1/themes';
const app = useEditorialApp();

const NEW_THEME = {
  names: { fr: 'Logement', en: 'Housing', ar: 'السكن', fa: '', ps: '   ' },
  icon: 'home',
  color: '#1F5F99',
};

async function editor(): Promise<TestClient> {
  return (await signedIn(app(), ['editor'])).client;
}

async function adminList(c: TestClient): Promise<AdminTheme[]> {
  const res = await c.get<AdminThemeList>(`${THEMES}/admin`);
  expect(res.status, res.text).toBe(200);
  return res.body.themes;
}

function themeOf(list: { themes: AdminTheme[] }, id: string): AdminTheme {
  const theme = list.themes.find((t) => t.id === id);
  if (!theme) throw new Error(`no theme ${id} in ${JSON.stringify(list.themes.map((t) => t.id))}`);
  return theme;
}

async function ok<T = ThemeWriteResult>(
  res: Promise<{ status: number; body: T; text: string }>,
  status = 200,
): Promise<T> {
  const r = await res;
  expect(r.status, r.text).toBe(status);
  return r.body;
}

async function publicThemes(lang: string, etag?: string) {
  const res = await app().api(`${THEMES}?lang=${lang}`, etag ? { headers: { 'If-None-Match': etag } } : {});
  const text = await res.text();
  return {
    status: res.status,
    etag: res.headers.get('etag') ?? '',
    body: (text ? JSON.parse(text) : null) as ThemeList,
  };
}

async function manifest(lang: string): Promise<PackManifest> {
  const res = await app().api(`/api/v1/packs/${lang}/manifest`);
  expect(res.status).toBe(200);
  return (await res.json()) as PackManifest;
}

describe('reading themes in the back-office', () => {
  it('lists every theme with names in every language, version, needs and how many fiches use them', async () => {
    await createPublishedFiche('carte-vitale');
    await FicheModel.create({
      slug: 'brouillon-sante',
      status: 'draft',
      revision: 0,
      draft: demarche({ title: 'Un brouillon' }),
    });
    const themes = await adminList(await editor());
    expect(themes).toHaveLength(1);
    expect(themes[0]).toMatchObject({
      id: 'sante',
      order: 1,
      icon: 'health',
      color: '#1d6b41',
      names: { fr: 'Santé', en: 'Health', ar: 'الصحة' },
      version: 0,
      ficheCount: 2,
      needs: [{ id: 'se-soigner', order: 1, names: { fr: 'Se soigner', en: 'Get care' }, ficheCount: 2 }],
    });
  });
});

describe('themes', () => {
  it('creates a theme at the end, with an id made from the French name and empty translations left missing', async () => {
    const c = await editor();
    const created = await ok(c.post<ThemeWriteResult>(THEMES, NEW_THEME), 201);
    expect(created.id).toBe('logement');
    expect(created.themes.map((t) => t.id)).toEqual(['sante', 'logement']);
    const theme = themeOf(created, 'logement');
    expect(theme).toMatchObject({ order: 2, icon: 'home', color: '#1f5f99', version: 0, ficheCount: 0 });
    expect(theme.names).toEqual({ fr: 'Logement', en: 'Housing', ar: 'السكن' });

    // The same French name again gets another id; an id asked for that exists is refused.
    const again = await ok(c.post<ThemeWriteResult>(THEMES, NEW_THEME), 201);
    expect(again.id).toBe('logement-2');
    const taken = await c.post(THEMES, { ...NEW_THEME, id: 'sante' });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'THEME_ID_TAKEN', details: { id: 'sante' } });

    // Public readers see it at once, in French where it is not translated.
    const fa = await publicThemes('fa');
    expect(fa.body.themes.map((t) => t.id)).toEqual(['sante', 'logement', 'logement-2']);
    expect(fa.body.themes[1]).toMatchObject({ name: 'Logement', lang: 'fr' });

    const audit = await AuditModel.find({ targetType: 'theme', action: 'theme.create' }).lean();
    expect(audit.map((a) => a.targetId).sort()).toEqual(['logement', 'logement-2']);
  });

  it('renames a theme: the public list and the pack manifest change at once', async () => {
    const c = await editor();
    await createPublishedFiche('carte-vitale');
    const before = await publicThemes('ar');
    expect(before.body.themes[0]?.name).toBe('الصحة');
    const manifestBefore = await manifest('ar');
    expect(manifestBefore.themesHash).toBe(before.body.hash);

    const renamed = await ok(
      c.patch<ThemeWriteResult>(`${THEMES}/sante`, {
        version: 0,
        names: { fr: 'Santé et soins', en: 'Health and care', ar: 'الصحة والرعاية', ti: 'ጥዕና' },
      }),
    );
    const theme = themeOf(renamed, 'sante');
    expect(theme.version).toBe(1);
    expect(theme.names).toEqual({
      fr: 'Santé et soins',
      en: 'Health and care',
      ar: 'الصحة والرعاية',
      ti: 'ጥዕና',
    });
    expect(theme.needs).toHaveLength(1);

    // The reader's cached copy is stale: revalidating with the old ETag gets the new list, not a 304.
    const after = await publicThemes('ar', before.etag);
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect(after.body.themes[0]).toMatchObject({ id: 'sante', name: 'الصحة والرعاية', lang: 'ar' });
    expect((await publicThemes('ti')).body.themes[0]).toMatchObject({ name: 'ጥዕና', lang: 'ti' });
    const manifestAfter = await manifest('ar');
    expect(manifestAfter.themesHash).toBe(after.body.hash);
    expect(manifestAfter.themesHash).not.toBe(manifestBefore.themesHash);
    expect(manifestAfter.hash).not.toBe(manifestBefore.hash);

    // Icon and colour alone, then a stale version.
    const recoloured = await ok(
      c.patch<ThemeWriteResult>(`${THEMES}/sante`, { version: 1, icon: 'school', color: '#6a3d9a' }),
    );
    expect(themeOf(recoloured, 'sante')).toMatchObject({ icon: 'school', color: '#6a3d9a', version: 2 });
    expect(themeOf(recoloured, 'sante').names.fr).toBe('Santé et soins');
    const stale = await c.patch(`${THEMES}/sante`, { version: 1, names: { fr: 'Perdu' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_REVISION');
    expect(stale.body.error.details).toMatchObject({ version: 2, current: { id: 'sante', version: 2 } });
    expect(themeOf({ themes: await adminList(c) }, 'sante').names.fr).toBe('Santé et soins');

    const audit = await AuditModel.find({ action: 'theme.update', targetId: 'sante' }).sort({ at: 1 }).lean();
    expect(audit).toHaveLength(2);
    expect(audit[0]?.details).toMatchObject({
      names: { from: { fr: 'Santé' }, to: { fr: 'Santé et soins' } },
    });
  });

  it('answers 404 for a theme that does not exist', async () => {
    const c = await editor();
    const res = await c.patch(`${THEMES}/nulle-part`, { version: 0, names: { fr: 'Rien' } });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('reorders themes; a list that misses a theme gets 409 with the current themes', async () => {
    const c = await editor();
    await ok(c.post(THEMES, NEW_THEME), 201);
    await ok(c.post(THEMES, { ...NEW_THEME, names: { fr: 'Travail' }, icon: 'work', color: '#8a4b08' }), 201);
    const reordered = await ok(
      c.put<ThemeWriteResult>(`${THEMES}/order`, { ids: ['travail', 'sante', 'logement'] }),
    );
    expect(reordered.themes.map((t) => [t.id, t.order])).toEqual([
      ['travail', 1],
      ['sante', 2],
      ['logement', 3],
    ]);
    expect((await publicThemes('en')).body.themes.map((t) => t.id)).toEqual(['travail', 'sante', 'logement']);

    const missing = await c.put(`${THEMES}/order`, { ids: ['sante', 'logement'] });
    expect(missing.status).toBe(409);
    expect(missing.body.error.code).toBe('STALE_REVISION');
    expect(missing.body.error.details.current.map((t: AdminTheme) => t.id)).toEqual([
      'travail',
      'sante',
      'logement',
    ]);
    const twice = await c.put(`${THEMES}/order`, { ids: ['sante', 'sante', 'logement'] });
    expect(twice.status).toBe(400);
    expect(twice.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses to delete a theme fiches use (its own or its needs), and deletes an unused one', async () => {
    const c = await editor();
    await createPublishedFiche('carte-vitale');
    const inUse = await c.del(`${THEMES}/sante`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error).toMatchObject({
      code: 'THEME_IN_USE',
      details: { ficheCount: 1, fiches: ['carte-vitale'] },
    });

    // A draft that only uses one of the theme's needs also blocks the delete.
    await ok(c.post(THEMES, NEW_THEME), 201);
    await ok(c.post(`${THEMES}/logement/needs`, { names: { fr: "Hébergement d'urgence" } }), 201);
    await FicheModel.create({
      slug: 'un-brouillon',
      status: 'draft',
      revision: 0,
      draft: demarche({ mainTheme: 'sante', needs: ['hebergement-d-urgence'] }),
    });
    const needUsed = await c.del(`${THEMES}/logement`);
    expect(needUsed.status).toBe(409);
    expect(needUsed.body.error).toMatchObject({ code: 'THEME_IN_USE', details: { ficheCount: 1 } });

    await FicheModel.deleteOne({ slug: 'un-brouillon' });
    const stale = await c.del(`${THEMES}/logement`, { version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_REVISION');
    const deleted = await ok(c.del<ThemeWriteResult>(`${THEMES}/logement`, { version: 1 }));
    expect(deleted.themes.map((t) => t.id)).toEqual(['sante']);
    expect((await publicThemes('fr')).body.themes.map((t) => t.id)).toEqual(['sante']);
    expect(await AuditModel.countDocuments({ action: 'theme.delete', targetId: 'logement' })).toBe(1);
  });
});

describe('needs', () => {
  it('creates, renames and reorders needs under the theme version', async () => {
    const c = await editor();
    const one = await ok(
      c.post<ThemeWriteResult>(`${THEMES}/sante/needs`, {
        names: { fr: 'Santé mentale', ar: 'الصحة النفسية' },
      }),
      201,
    );
    expect(one.id).toBe('sante-mentale');
    const two = await ok(
      c.post<ThemeWriteResult>(`${THEMES}/sante/needs`, { id: 'vaccins', names: { fr: 'Vaccins' } }),
      201,
    );
    let sante = themeOf(two, 'sante');
    expect(sante.version).toBe(2);
    expect(sante.needs.map((n) => [n.id, n.order])).toEqual([
      ['se-soigner', 1],
      ['sante-mentale', 2],
      ['vaccins', 3],
    ]);
    const taken = await c.post(`${THEMES}/sante/needs`, { id: 'se-soigner', names: { fr: 'Doublon' } });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('NEED_ID_TAKEN');

    const renamed = await ok(
      c.patch<ThemeWriteResult>(`${THEMES}/sante/needs/vaccins`, {
        version: 2,
        names: { fr: 'Se faire vacciner', uk: 'Вакцинація', ps: 'واکسین' },
      }),
    );
    sante = themeOf(renamed, 'sante');
    expect(sante.needs.find((n) => n.id === 'vaccins')?.names).toEqual({
      fr: 'Se faire vacciner',
      uk: 'Вакцинація',
      ps: 'واکسین',
    });
    expect((await publicThemes('ps')).body.themes[0]?.needs[2]).toMatchObject({ name: 'واکسین', lang: 'ps' });

    const reordered = await ok(
      c.put<ThemeWriteResult>(`${THEMES}/sante/needs/order`, {
        version: 3,
        ids: ['vaccins', 'se-soigner', 'sante-mentale'],
      }),
    );
    expect(themeOf(reordered, 'sante').needs.map((n) => [n.id, n.order])).toEqual([
      ['vaccins', 1],
      ['se-soigner', 2],
      ['sante-mentale', 3],
    ]);
    expect((await publicThemes('ar')).body.themes[0]?.needs.map((n) => n.id)).toEqual([
      'vaccins',
      'se-soigner',
      'sante-mentale',
    ]);

    const stale = await c.put(`${THEMES}/sante/needs/order`, {
      version: 3,
      ids: ['se-soigner', 'vaccins', 'sante-mentale'],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'STALE_REVISION', details: { version: 4 } });
    const incomplete = await c.put(`${THEMES}/sante/needs/order`, { version: 4, ids: ['vaccins'] });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.code).toBe('VALIDATION_FAILED');
    const unknown = await c.patch(`${THEMES}/sante/needs/nulle-part`, { version: 4, names: { fr: 'Rien' } });
    expect(unknown.status).toBe(404);
  });

  it('moves a need to another theme with its id, so fiches keep it', async () => {
    const c = await editor();
    await createPublishedFiche('carte-vitale');
    await ok(c.post(THEMES, NEW_THEME), 201);
    const moved = await ok(
      c.post<ThemeWriteResult>(`${THEMES}/sante/needs/se-soigner/move`, { version: 0, toTheme: 'logement' }),
    );
    expect(themeOf(moved, 'sante')).toMatchObject({ version: 1, needs: [] });
    expect(themeOf(moved, 'logement').needs).toEqual([
      { id: 'se-soigner', order: 1, names: { fr: 'Se soigner', en: 'Get care' }, ficheCount: 1 },
    ]);
    const en = await publicThemes('en');
    expect(en.body.themes.find((t) => t.id === 'logement')?.needs).toEqual([
      { id: 'se-soigner', name: 'Get care', lang: 'en' },
    ]);
    expect(en.body.themes.find((t) => t.id === 'sante')?.needs).toEqual([]);

    const stale = await c.post(`${THEMES}/logement/needs/se-soigner/move`, { version: 0, toTheme: 'sante' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_REVISION');
    const nowhere = await c.post(`${THEMES}/logement/needs/se-soigner/move`, {
      version: 1,
      toTheme: 'nulle-part',
    });
    expect(nowhere.status).toBe(404);
    const same = await c.post(`${THEMES}/logement/needs/se-soigner/move`, {
      version: 1,
      toTheme: 'logement',
    });
    expect(same.status).toBe(400);
    // Nothing was lost or duplicated on the way.
    const themes = await adminList(c);
    expect(themes.flatMap((t) => t.needs.map((n) => `${t.id}/${n.id}`))).toEqual(['logement/se-soigner']);
    expect(await AuditModel.countDocuments({ action: 'need.move', targetId: 'se-soigner' })).toBe(1);
  });

  it('refuses to delete a need fiches use, and deletes an unused one', async () => {
    const c = await editor();
    await createPublishedFiche('carte-vitale');
    await ok(c.post(`${THEMES}/sante/needs`, { names: { fr: 'Vaccins' } }), 201);
    const inUse = await c.del(`${THEMES}/sante/needs/se-soigner`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error).toMatchObject({
      code: 'NEED_IN_USE',
      details: { ficheCount: 1, fiches: ['carte-vitale'] },
    });
    const deleted = await ok(c.del<ThemeWriteResult>(`${THEMES}/sante/needs/vaccins`, { version: 1 }));
    expect(themeOf(deleted, 'sante').needs.map((n) => n.id)).toEqual(['se-soigner']);
    expect((await publicThemes('fr')).body.themes[0]?.needs.map((n) => n.id)).toEqual(['se-soigner']);
  });
});

describe('validation and access', () => {
  async function expect400(c: TestClient, method: string, path: string, body?: unknown, field?: string) {
    const res = await c.request(method, path, body);
    expect(res.status, `${method} ${path} ${JSON.stringify(body)} → ${res.text}`).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    if (field) expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(field);
    return res;
  }

  it('refuses bad bodies with VALIDATION_FAILED and the field in error', async () => {
    const c = await editor();
    await expect400(c, 'POST', THEMES, { ...NEW_THEME, names: { en: 'Housing' } }, 'names.fr');
    await expect400(c, 'POST', THEMES, { ...NEW_THEME, names: { fr: '   ' } }, 'names.fr');
    await expect400(c, 'POST', THEMES, { ...NEW_THEME, names: { fr: 'Logement', de: 'Wohnen' } }, 'names');
    await expect400(c, 'POST', THEMES, { ...NEW_THEME, names: { fr: 'x'.repeat(121) } }, 'names.fr');
    await expect400(c, 'POST', THEMES, { ...NEW_THEME, color: '#ffee00' }, 'color');
    await expect400(c, 'POST', THEMES, { ...NEW_THEME, color: 'red' }, 'color');
    await expect400(c, 'POST', THEMES, { ...NEW_THEME, icon: 'rocket' }, 'icon');
    await expect400(c, 'POST', THEMES, { ...NEW_THEME, id: 'order' }, 'id');
    await expect400(c, 'POST', THEMES, { ...NEW_THEME, order: 1 }, '');
    await expect400(c, 'PATCH', `${THEMES}/sante`, { names: { fr: 'Sans version' } }, 'version');
    await expect400(c, 'PATCH', `${THEMES}/sante`, { version: -1, names: { fr: 'Négatif' } }, 'version');
    await expect400(c, 'PATCH', `${THEMES}/Sante`, { version: 0, names: { fr: 'Majuscule' } }, 'id');
    await expect400(c, 'POST', `${THEMES}/sante/needs`, { names: {} }, 'names.fr');
    await expect400(c, 'POST', `${THEMES}/sante/needs/se-soigner/move`, { version: 0 }, 'toTheme');
    // Nothing was written.
    const themes = await adminList(c);
    expect(themes.map((t) => [t.id, t.version, t.needs.length])).toEqual([['sante', 0, 1]]);
  });

  it('answers 400 to MongoDB operators in every body, parameter and query field', async () => {
    const c = await editor();
    const OP = { $gt: '' };
    const names = { fr: 'Logement' };
    const cases: [string, string, unknown][] = [
      ['POST', THEMES, { ...NEW_THEME, names: { fr: OP } }],
      ['POST', THEMES, { ...NEW_THEME, names: { fr: 'Logement', ar: OP } }],
      ['POST', THEMES, { ...NEW_THEME, names: OP }],
      ['POST', THEMES, { ...NEW_THEME, id: OP }],
      ['POST', THEMES, { ...NEW_THEME, icon: OP }],
      ['POST', THEMES, { ...NEW_THEME, color: OP }],
      ['POST', THEMES, { ...NEW_THEME, $where: 'true' }],
      ['PATCH', `${THEMES}/sante`, { version: OP, names }],
      ['PATCH', `${THEMES}/sante`, { version: 0, names: { fr: OP } }],
      ['PATCH', `${THEMES}/sante`, { version: 0, icon: OP }],
      ['PATCH', `${THEMES}/sante`, { version: 0, color: OP }],
      ['PUT', `${THEMES}/order`, { ids: OP }],
      ['PUT', `${THEMES}/order`, { ids: [OP] }],
      ['DELETE', `${THEMES}/sante`, { version: OP }],
      ['POST', `${THEMES}/sante/needs`, { names: OP }],
      ['POST', `${THEMES}/sante/needs`, { id: OP, names }],
      ['PATCH', `${THEMES}/sante/needs/se-soigner`, { version: 0, names: { fr: OP } }],
      ['PATCH', `${THEMES}/sante/needs/se-soigner`, { version: OP, names }],
      ['PUT', `${THEMES}/sante/needs/order`, { version: 0, ids: [OP] }],
      ['PUT', `${THEMES}/sante/needs/order`, { version: OP, ids: ['se-soigner'] }],
      ['DELETE', `${THEMES}/sante/needs/se-soigner`, { version: OP }],
      ['POST', `${THEMES}/sante/needs/se-soigner/move`, { version: 0, toTheme: OP }],
      ['POST', `${THEMES}/sante/needs/se-soigner/move`, { version: OP, toTheme: 'sante' }],
    ];
    for (const [method, path, body] of cases) await expect400(c, method, path, body);

    const op = encodeURIComponent(JSON.stringify(OP));
    await expect400(c, 'PATCH', `${THEMES}/${op}`, { version: 0, names });
    await expect400(c, 'DELETE', `${THEMES}/${op}`);
    await expect400(c, 'PATCH', `${THEMES}/sante/needs/${op}`, { version: 0, names });
    await expect400(c, 'POST', `${THEMES}/${op}/needs`, { names });
    await expect400(c, 'GET', `${THEMES}/admin?version[$gt]=`);
    await expect400(c, 'GET', `${THEMES}?lang[$gt]=`);
    const themes = await adminList(c);
    expect(themes.map((t) => [t.id, t.version, t.needs.length])).toEqual([['sante', 0, 1]]);
  });

  it('lets only admins and editors write, and only with the CSRF token', async () => {
    const contributor = (await signedIn(app(), ['contributor'])).client;
    const refused = await contributor.patch(`${THEMES}/sante`, { version: 0, names: { fr: 'Non' } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect((await contributor.get(`${THEMES}/admin`)).status).toBe(403);
    expect((await anonymousClient(app()).post(THEMES, NEW_THEME)).status).toBe(401);

    const admin = (await signedIn(app(), ['admin'])).client;
    const noToken = await admin.patch(
      `${THEMES}/sante`,
      { version: 0, names: { fr: 'Non' } },
      { 'x-csrf-token': '' },
    );
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe('CSRF_REJECTED');
    const done = await ok(
      admin.patch<ThemeWriteResult>(`${THEMES}/sante`, { version: 0, names: { fr: 'Oui' } }),
    );
    expect(themeOf(done, 'sante').names).toEqual({ fr: 'Oui' });
  });
});
