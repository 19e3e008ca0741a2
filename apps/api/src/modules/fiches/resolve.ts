import {
  HEADER_UNIT,
  SOURCE_LANGUAGE,
  getLanguage,
  renderMarkdown,
  type FicheContent,
  type FicheSummary,
  type Freshness,
  type LanguageCode,
  type ResolvedFiche,
  type ResolvedItem,
  type SectionItem,
} from '@reperes/shared';
import { contentHash } from './hash.js';
import type { ResolvedFacets } from './resolved.model.js';

/** A published fiche as the resolver needs it. */
export interface PublishedFiche {
  id: string;
  slug: string;
  content: FicheContent;
  publishedAt: Date;
  /** Current French hash and last change date per unit. */
  units: Map<string, { hash: string; changedAt: Date }>;
}

/** The approved translation of each unit in one language (unit id → text and the hash it was made from). */
export type ApprovedTexts = Map<string, { title: string; body: string; sourceHash: string; at: Date }>;

interface UnitChoice {
  title: string;
  body: string;
  lang: LanguageCode;
  state: Freshness;
  frenchChangedAt?: string;
}

/**
 * What a reader sees for one unit (domain.md): the approved translation if up to date; if outdated, the
 * older approved translation with the date the French changed; if missing, the French text.
 */
export function chooseUnit(
  lang: LanguageCode,
  unitId: string,
  french: { title: string; body: string },
  fiche: PublishedFiche,
  approved: ApprovedTexts,
): UnitChoice {
  if (lang === SOURCE_LANGUAGE) return { ...french, lang, state: 'up_to_date' };
  const current = fiche.units.get(unitId);
  const t = approved.get(unitId);
  if (!t || !current) return { ...french, lang: SOURCE_LANGUAGE, state: 'missing' };
  if (t.sourceHash === current.hash) return { title: t.title, body: t.body, lang, state: 'up_to_date' };
  return {
    title: t.title,
    body: t.body,
    lang,
    state: 'outdated',
    frenchChangedAt: current.changedAt.toISOString(),
  };
}

export interface ResolvedOutput {
  doc: ResolvedFiche;
  json: string;
  hash: string;
  summary: FicheSummary;
  facets: ResolvedFacets;
}

/** Renders each French item once per publish; shared by the eight language documents of a fiche. */
export type RenderCache = Map<string, string>;

function render(md: string, cache: RenderCache): string {
  let html = cache.get(md);
  if (html === undefined) {
    html = renderMarkdown(md);
    cache.set(md, html);
  }
  return html;
}

export function facetsOf(content: FicheContent): ResolvedFacets {
  const e = content.eligibility;
  const list = (v: unknown): string[] => (Array.isArray(v) && v.length ? (v as string[]) : ['*']);
  const age = typeof e.age === 'object' ? e.age : undefined;
  return {
    themes: [content.mainTheme, ...content.secondaryThemes].filter((t): t is string => Boolean(t)),
    needs: content.needs,
    type: content.type,
    departments:
      typeof e.location === 'object' && e.location.kind === 'departments' ? e.location.departments : ['*'],
    ageMin: age?.min ?? 0,
    ageMax: age?.max ?? 120,
    frenchLevels: list(e.frenchLevel),
    legalStatuses: list(e.legalStatus),
  };
}

export function resolveFiche(
  fiche: PublishedFiche,
  lang: LanguageCode,
  approved: ApprovedTexts,
  availableLanguages: LanguageCode[],
  cache: RenderCache = new Map(),
): ResolvedOutput {
  const c = fiche.content;
  const withFrench = lang !== SOURCE_LANGUAGE;
  let upToDate = 0;
  let total = 0;
  const count = (state: Freshness) => {
    total += 1;
    if (state === 'up_to_date') upToDate += 1;
  };

  const header = chooseUnit(lang, HEADER_UNIT, { title: c.title, body: c.summary }, fiche, approved);
  count(header.state);
  const item = (it: SectionItem): ResolvedItem => {
    const u = chooseUnit(lang, it.id, it, fiche, approved);
    count(u.state);
    return {
      id: it.id,
      title: u.title,
      html: render(u.body, cache),
      lang: u.lang,
      state: u.state,
      ...(u.frenchChangedAt ? { frenchChangedAt: u.frenchChangedAt } : {}),
      ...(withFrench ? { french: { title: it.title, html: render(it.body, cache) } } : {}),
    };
  };
  const sections = {
    what: item(c.sections.what),
    why: c.sections.why.map(item),
    how: c.sections.how.map(item),
    next: c.sections.next.map(item),
  };
  const lastChange = Math.max(
    fiche.publishedAt.getTime(),
    ...[...approved.values()].map((t) => t.at.getTime()),
  );
  const updatedAt = new Date(lastChange).toISOString();

  const body: Omit<ResolvedFiche, 'hash'> = {
    id: fiche.id,
    slug: fiche.slug,
    type: c.type,
    lang,
    dir: getLanguage(lang).dir,
    header: {
      title: header.title,
      summary: header.body,
      lang: header.lang,
      state: header.state,
      ...(header.frenchChangedAt ? { frenchChangedAt: header.frenchChangedAt } : {}),
      ...(withFrench ? { french: { title: c.title, summary: c.summary } } : {}),
    },
    ...(c.brandTitle ? { brandTitle: c.brandTitle } : {}),
    ...(c.administration ? { administration: c.administration } : {}),
    ...(c.sponsor ? { sponsor: c.sponsor } : {}),
    ...(c.mainTheme ? { mainTheme: c.mainTheme } : {}),
    secondaryThemes: c.secondaryThemes,
    needs: c.needs,
    eligibility: c.eligibility,
    sections,
    places: c.places,
    contacts: c.contacts,
    ...(c.externalLink ? { externalLink: c.externalLink } : {}),
    availableLanguages,
    coverage: total ? Math.round((upToDate / total) * 1000) / 1000 : 1,
    publishedAt: fiche.publishedAt.toISOString(),
    updatedAt,
  };
  const hash = contentHash(JSON.stringify(body));
  const doc: ResolvedFiche = { ...body, hash };
  const summary: FicheSummary = {
    id: fiche.id,
    slug: fiche.slug,
    type: c.type,
    lang,
    title: header.title,
    summary: header.body,
    textLang: header.lang,
    ...(c.brandTitle ? { brandTitle: c.brandTitle } : {}),
    ...(c.mainTheme ? { mainTheme: c.mainTheme } : {}),
    needs: c.needs,
    hash,
    updatedAt,
  };
  return { doc, json: JSON.stringify(doc), hash, summary, facets: facetsOf(c) };
}
