import {
  RESERVED_THEME_IDS,
  type AdminTheme,
  type AdminThemeList,
  type LocalizedName,
  type Need,
  type NeedCreate,
  type NeedMove,
  type NeedOrder,
  type NeedUpdate,
  type ThemeCreate,
  type ThemeErrorCode,
  type ThemeUpdate,
  type ThemeWriteResult,
} from '@reperes/shared';
import { AppError, notFound } from '../../errors/app-error.js';
import { audit, type AuditContext } from '../audit/audit.service.js';
import { bumpContentVersion } from '../fiches/content-cache.js';
import { FicheModel } from '../fiches/fiche.model.js';
import { ThemeModel, type ThemeDoc } from './theme.model.js';

/**
 * The write side of themes and needs (back-office, admins and editors). Every change bumps the content
 * version (public theme lists, language packs and manifests embed the themes), is audited, and answers the
 * whole catalogue in its new state. One `version` per theme document covers the theme and its needs: a write
 * based on an older version gets 409 STALE_REVISION with the current theme in `details.current`.
 */

const DUPLICATE_KEY = 11000;
const MAX_ATTEMPTS = 8;

/** An error with one of the theme codes (shared/src/schemas/theme-admin.ts), answered like any AppError. */
export class ThemeError extends AppError {
  constructor(code: ThemeErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Reading

/** Which fiches use which theme and need, over the draft and the published content of every fiche. */
interface Usage {
  themes: Map<string, Set<string>>;
  needs: Map<string, Set<string>>;
}

interface UsageContent {
  mainTheme?: string;
  secondaryThemes?: string[];
  needs?: string[];
}

async function ficheUsage(): Promise<Usage> {
  const fiches = await FicheModel.find(
    {},
    {
      slug: 1,
      'draft.mainTheme': 1,
      'draft.secondaryThemes': 1,
      'draft.needs': 1,
      'published.content.mainTheme': 1,
      'published.content.secondaryThemes': 1,
      'published.content.needs': 1,
    },
  ).lean<{ slug: string; draft?: UsageContent; published?: { content?: UsageContent } }[]>();
  const usage: Usage = { themes: new Map(), needs: new Map() };
  const add = (map: Map<string, Set<string>>, key: unknown, slug: string) => {
    if (typeof key !== 'string') return;
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(slug);
  };
  for (const f of fiches) {
    for (const c of [f.draft, f.published?.content]) {
      if (!c) continue;
      add(usage.themes, c.mainTheme, f.slug);
      for (const t of c.secondaryThemes ?? []) add(usage.themes, t, f.slug);
      for (const n of c.needs ?? []) add(usage.needs, n, f.slug);
    }
  }
  return usage;
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

function toAdmin(doc: ThemeDoc, usage: Usage): AdminTheme {
  return {
    id: doc._id,
    order: doc.order,
    icon: doc.icon,
    color: doc.color,
    names: doc.names,
    version: doc.version ?? 0,
    updatedAt: doc.updatedAt ? new Date(doc.updatedAt).toISOString() : null,
    ficheCount: usage.themes.get(doc._id)?.size ?? 0,
    needs: [...doc.needs].sort(byOrder).map((n) => ({
      id: n.id,
      order: n.order,
      names: n.names,
      ficheCount: usage.needs.get(n.id)?.size ?? 0,
    })),
  };
}

/** Every theme in order, with its needs in order, names in every language and usage counts. */
export async function listAdminThemes(): Promise<AdminThemeList> {
  const [docs, usage] = await Promise.all([
    ThemeModel.find().sort({ order: 1, _id: 1 }).lean<ThemeDoc[]>(),
    ficheUsage(),
  ]);
  return { themes: docs.map((d) => toAdmin(d, usage)) };
}

async function written(
  ctx: AuditContext,
  action: string,
  id: string,
  details: unknown,
): Promise<ThemeWriteResult> {
  await bumpContentVersion();
  await audit(ctx, action, { type: 'theme', id }, details);
  return { id, ...(await listAdminThemes()) };
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

/** Drops empty translations (`{ fr, en: undefined }` → `{ fr }`): a missing name stays missing. */
function cleanNames(names: LocalizedName): LocalizedName {
  return Object.fromEntries(
    Object.entries(names).filter(([, v]) => typeof v === 'string' && v),
  ) as LocalizedName;
}

/** "Santé mentale" → "sante-mentale"; short or empty results get a prefix. */
export function slugFrom(name: string, prefix: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  const withPrefix = slug.length >= 3 ? slug : [prefix, slug].filter(Boolean).join('-');
  return (RESERVED_THEME_IDS as readonly string[]).includes(withPrefix)
    ? `${prefix}-${withPrefix}`
    : withPrefix;
}

/** The first of `base`, `base-2`, `base-3`… that `taken` refuses. */
async function freeId(base: string, taken: (id: string) => Promise<boolean>): Promise<string> {
  for (let i = 1; ; i++) {
    const id = i === 1 ? base : `${base}-${i}`;
    if (!(await taken(id))) return id;
  }
}

const themeIdTaken = async (id: string) => (await ThemeModel.exists({ _id: id })) !== null;
const needIdTaken = async (id: string) => (await ThemeModel.exists({ 'needs.id': id })) !== null;

/** Documents written before `version` existed have none: it counts as 0. */
function versionFilter(version: number): Record<string, unknown> {
  return version === 0 ? { $or: [{ version: 0 }, { version: { $exists: false } }] } : { version };
}

async function loadTheme(id: string): Promise<ThemeDoc> {
  const doc = await ThemeModel.findById(id).lean<ThemeDoc>();
  if (!doc) throw notFound(`No theme "${id}".`, { theme: id });
  return doc;
}

async function stale(doc: ThemeDoc): Promise<AppError> {
  return new AppError('STALE_REVISION', 'Someone changed this theme since you loaded it.', {
    version: doc.version ?? 0,
    current: toAdmin(doc, await ficheUsage()),
  });
}

/**
 * Read-modify-write of one theme document, guarded by its version. With `expected`, a theme changed since
 * (by anyone) is a 409; without (appending a need), a concurrent write is simply retried on the new state.
 */
async function mutate(
  id: string,
  expected: number | undefined,
  change: (doc: ThemeDoc) => Partial<Pick<ThemeDoc, 'names' | 'icon' | 'color' | 'needs'>>,
): Promise<ThemeDoc> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const doc = await loadTheme(id);
    const current = doc.version ?? 0;
    if (expected !== undefined && expected !== current) throw await stale(doc);
    const set = change(doc);
    const res = await ThemeModel.updateOne(
      { _id: id, ...versionFilter(current) },
      { $set: { ...set, version: current + 1 } },
    );
    if (res.matchedCount === 1) return { ...doc, ...set, version: current + 1 };
    if (expected !== undefined) throw await stale(await loadTheme(id));
  }
  throw new AppError('CONFLICT', 'This theme is changing too often right now; try again.');
}

function findNeed(doc: ThemeDoc, needId: string): Need {
  const need = doc.needs.find((n) => n.id === needId);
  if (!need) throw notFound(`No need "${needId}" in theme "${doc._id}".`, { theme: doc._id, need: needId });
  return need;
}

const renumber = (needs: Need[]): Need[] => needs.map((n, i) => ({ ...n, order: i + 1 }));

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && new Set([...a, ...b]).size === a.length;
}

// ---------------------------------------------------------------------------------------------------------
// Themes

export async function createTheme(ctx: AuditContext, input: ThemeCreate): Promise<ThemeWriteResult> {
  const names = cleanNames(input.names);
  let id = input.id;
  if (id) {
    if (await themeIdTaken(id)) throw new ThemeError('THEME_ID_TAKEN', `A theme "${id}" exists.`, { id });
  } else {
    id = await freeId(slugFrom(names.fr, 'theme'), themeIdTaken);
  }
  const last = await ThemeModel.findOne().sort({ order: -1 }).lean<ThemeDoc>();
  try {
    await ThemeModel.create({
      _id: id,
      order: (last?.order ?? 0) + 1,
      icon: input.icon,
      color: input.color,
      names,
      needs: [],
      version: 0,
    });
  } catch (err) {
    if ((err as { code?: number }).code === DUPLICATE_KEY) {
      throw new ThemeError('THEME_ID_TAKEN', `A theme "${id}" exists.`, { id });
    }
    throw err;
  }
  return written(ctx, 'theme.create', id, { names, icon: input.icon, color: input.color });
}

export async function updateTheme(
  ctx: AuditContext,
  id: string,
  input: ThemeUpdate,
): Promise<ThemeWriteResult> {
  const set: Partial<Pick<ThemeDoc, 'names' | 'icon' | 'color'>> = {};
  if (input.names) set.names = cleanNames(input.names);
  if (input.icon) set.icon = input.icon;
  if (input.color) set.color = input.color;
  let before: ThemeDoc | undefined;
  await mutate(id, input.version, (doc) => {
    before = doc;
    return set;
  });
  const changed = Object.fromEntries(
    Object.entries(set).map(([k, v]) => [k, { from: before?.[k as keyof typeof set], to: v }]),
  );
  return written(ctx, 'theme.update', id, changed);
}

/** `ids` must be every theme, once: otherwise the list changed since it was read (409 with the current list). */
export async function reorderThemes(ctx: AuditContext, ids: string[]): Promise<ThemeWriteResult> {
  const docs = await ThemeModel.find({}, { _id: 1, order: 1 }).sort({ order: 1 }).lean<ThemeDoc[]>();
  const current = docs.map((d) => d._id);
  if (!sameSet(ids, current)) {
    throw new AppError('STALE_REVISION', 'Themes were added or removed since you loaded them.', {
      current: (await listAdminThemes()).themes,
    });
  }
  await ThemeModel.bulkWrite(
    ids.map((id, i) => ({ updateOne: { filter: { _id: id }, update: { $set: { order: i + 1 } } } })),
  );
  return written(ctx, 'theme.reorder', 'order', { from: current, to: ids });
}

/** Refused (409 THEME_IN_USE) while fiches use the theme or one of its needs. */
export async function deleteTheme(
  ctx: AuditContext,
  id: string,
  version: number | undefined,
): Promise<ThemeWriteResult> {
  const doc = await loadTheme(id);
  if (version !== undefined && version !== (doc.version ?? 0)) throw await stale(doc);
  const usage = await ficheUsage();
  const slugs = new Set(usage.themes.get(id) ?? []);
  for (const need of doc.needs) for (const s of usage.needs.get(need.id) ?? []) slugs.add(s);
  if (slugs.size > 0) {
    throw new ThemeError('THEME_IN_USE', `${slugs.size} fiche(s) use this theme or its needs.`, {
      ficheCount: slugs.size,
      fiches: [...slugs].sort().slice(0, 20),
    });
  }
  const res = await ThemeModel.deleteOne({ _id: id, ...versionFilter(doc.version ?? 0) });
  if (res.deletedCount !== 1) throw await stale(await loadTheme(id));
  return written(ctx, 'theme.delete', id, { names: doc.names, needs: doc.needs.map((n) => n.id) });
}

// ---------------------------------------------------------------------------------------------------------
// Needs

export async function createNeed(
  ctx: AuditContext,
  themeId: string,
  input: NeedCreate,
): Promise<ThemeWriteResult> {
  await loadTheme(themeId);
  const names = cleanNames(input.names);
  let id = input.id;
  if (id) {
    if (await needIdTaken(id)) throw new ThemeError('NEED_ID_TAKEN', `A need "${id}" exists.`, { id });
  } else {
    id = await freeId(slugFrom(names.fr, 'besoin'), needIdTaken);
  }
  const needId = id;
  await mutate(themeId, undefined, (doc) => {
    const last = Math.max(0, ...doc.needs.map((n) => n.order));
    return { needs: [...doc.needs, { id: needId, order: last + 1, names }] };
  });
  return written(ctx, 'need.create', needId, { theme: themeId, names });
}

export async function updateNeed(
  ctx: AuditContext,
  themeId: string,
  needId: string,
  input: NeedUpdate,
): Promise<ThemeWriteResult> {
  const names = cleanNames(input.names);
  let from: LocalizedName | undefined;
  await mutate(themeId, input.version, (doc) => {
    from = findNeed(doc, needId).names;
    return { needs: doc.needs.map((n) => (n.id === needId ? { ...n, names } : n)) };
  });
  return written(ctx, 'need.update', needId, { theme: themeId, names: { from, to: names } });
}

export async function reorderNeeds(
  ctx: AuditContext,
  themeId: string,
  input: NeedOrder,
): Promise<ThemeWriteResult> {
  let from: string[] = [];
  await mutate(themeId, input.version, (doc) => {
    from = [...doc.needs].sort(byOrder).map((n) => n.id);
    if (!sameSet(input.ids, from)) {
      throw new AppError('VALIDATION_FAILED', 'List every need of the theme, once.', {
        part: 'body',
        issues: [{ path: 'ids', code: 'custom', message: 'not the needs of this theme' }],
      });
    }
    const byId = new Map(doc.needs.map((n) => [n.id, n]));
    return { needs: renumber(input.ids.map((id) => byId.get(id) as Need)) };
  });
  return written(ctx, 'need.reorder', themeId, { theme: themeId, from, to: input.ids });
}

/**
 * Moves a need, with its id (fiches keep it), to the end of another theme. Added to the target first, then
 * removed from the source under the source's version; if that fails, the target is put back.
 */
export async function moveNeed(
  ctx: AuditContext,
  themeId: string,
  needId: string,
  input: NeedMove,
): Promise<ThemeWriteResult> {
  if (input.toTheme === themeId) {
    throw new AppError('VALIDATION_FAILED', 'The need is already in this theme.', {
      part: 'body',
      issues: [{ path: 'toTheme', code: 'custom', message: 'the need is already in this theme' }],
    });
  }
  const source = await loadTheme(themeId);
  if (input.version !== (source.version ?? 0)) throw await stale(source);
  const need = findNeed(source, needId);
  await mutate(input.toTheme, undefined, (doc) => {
    const last = Math.max(0, ...doc.needs.map((n) => n.order));
    return { needs: [...doc.needs.filter((n) => n.id !== needId), { ...need, order: last + 1 }] };
  });
  try {
    await mutate(themeId, input.version, (doc) => ({
      needs: renumber([...doc.needs].sort(byOrder).filter((n) => n.id !== needId)),
    }));
  } catch (err) {
    await mutate(input.toTheme, undefined, (doc) => ({ needs: doc.needs.filter((n) => n.id !== needId) }));
    throw err;
  }
  return written(ctx, 'need.move', needId, { from: themeId, to: input.toTheme });
}

/** Refused (409 NEED_IN_USE) while fiches use the need. */
export async function deleteNeed(
  ctx: AuditContext,
  themeId: string,
  needId: string,
  version: number | undefined,
): Promise<ThemeWriteResult> {
  const doc = await loadTheme(themeId);
  if (version !== undefined && version !== (doc.version ?? 0)) throw await stale(doc);
  const need = findNeed(doc, needId);
  const slugs = (await ficheUsage()).needs.get(needId) ?? new Set<string>();
  if (slugs.size > 0) {
    throw new ThemeError('NEED_IN_USE', `${slugs.size} fiche(s) use this need.`, {
      ficheCount: slugs.size,
      fiches: [...slugs].sort().slice(0, 20),
    });
  }
  await mutate(themeId, doc.version ?? 0, (d) => ({
    needs: renumber([...d.needs].sort(byOrder).filter((n) => n.id !== needId)),
  }));
  return written(ctx, 'need.delete', needId, { theme: themeId, names: need.names });
}
