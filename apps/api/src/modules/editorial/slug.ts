const MAX = 80;

/** A URL slug from a French title: `Demander l'asile à l'OFPRA` → `demander-l-asile-a-l-ofpra`. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX)
    .replace(/-+$/, '');
  // Slugs are at least 3 characters (slugSchema); a title in another script leaves nothing to keep.
  return slug.length >= 3 ? slug : slug ? `fiche-${slug}` : 'fiche';
}

/** The `n`-th candidate: `slug`, `slug-2`, `slug-3`… (kept within the maximum length). */
export function slugCandidate(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return `${base.slice(0, MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
}

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
