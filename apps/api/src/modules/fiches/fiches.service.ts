import type { FicheList, FicheListQuery, LanguageCode } from '@reperes/shared';
import { AppError } from '../../errors/app-error.js';
import { CachedBody, VersionedCache, contentVersion } from './content-cache.js';
import { contentHash } from './hash.js';
import { ResolvedModel, type ResolvedDoc } from './resolved.model.js';

const fiches = new VersionedCache<CachedBody | null>(64 * 1024 * 1024);
const lists = new VersionedCache<CachedBody>(8 * 1024 * 1024);

/** The ready-to-send reader document of a published fiche. */
export async function getResolvedFiche(slug: string, lang: LanguageCode): Promise<CachedBody> {
  const version = await contentVersion();
  const body = await fiches.through(
    `${lang}:${slug}`,
    version,
    async () => {
      const found = await ResolvedModel.findOne({ lang, slug }, { hash: 1, json: 1 }).lean<
        Pick<ResolvedDoc, 'hash' | 'json'>
      >();
      return found ? new CachedBody(found.hash, found.json) : null;
    },
    (b) => (b ? b.size : 64),
  );
  if (!body) throw new AppError('FICHE_NOT_FOUND', `No published fiche "${slug}".`, { slug });
  return body;
}

/** Published fiches matching the facets, summaries in the requested language. */
export async function listFiches(q: FicheListQuery): Promise<CachedBody> {
  const version = await contentVersion();
  return lists.through(
    JSON.stringify(q),
    version,
    () => queryFiches(q),
    (b) => b.size,
  );
}

async function queryFiches(q: FicheListQuery): Promise<CachedBody> {
  const filter: Record<string, unknown> = { lang: q.lang };
  if (q.theme) filter['facets.themes'] = q.theme;
  if (q.need) filter['facets.needs'] = q.need;
  if (q.type) filter['facets.type'] = q.type;
  if (q.ids) filter.ficheId = { $in: q.ids };
  if (q.department) filter['facets.departments'] = { $in: [q.department, '*'] };
  if (q.frenchLevel) filter['facets.frenchLevels'] = { $in: [q.frenchLevel, '*'] };
  if (q.legalStatus) filter['facets.legalStatuses'] = { $in: [q.legalStatus, '*'] };
  if (q.age !== undefined) {
    filter['facets.ageMin'] = { $lte: q.age };
    filter['facets.ageMax'] = { $gte: q.age };
  }
  const sort: Record<string, 1 | -1> =
    q.sort === 'title' ? { 'summary.title': 1, _id: 1 } : { updatedAt: -1, _id: 1 };
  const [total, docs] = await Promise.all([
    ResolvedModel.countDocuments(filter),
    ResolvedModel.find(filter, { summary: 1 })
      .sort(sort)
      .skip((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .lean<Pick<ResolvedDoc, 'summary'>[]>(),
  ]);
  const list: FicheList = { items: docs.map((d) => d.summary), page: q.page, pageSize: q.pageSize, total };
  const json = JSON.stringify(list);
  return new CachedBody(contentHash(json), json);
}
