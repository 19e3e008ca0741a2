/**
 * Freshness of translations, per unit (the fiche header or one section item) and per language: the pure
 * hash and state logic shared by the API (publishing, the translator and reviewer workspaces, coverage) and
 * the back-office. No Node or DOM API: it runs unchanged in browsers.
 *
 * A stored translation text records the hash of the French unit it was made from (`sourceHash`). It is
 * **up to date** while that hash equals the hash of the currently published French unit and **outdated**
 * once the French changed. Units are matched by their stable id, never by position: reordering items is not
 * a change. A minor French edit (typo, link) re-stamps the translations made from the previous text.
 */
import { countWords, markdownToText } from './markdown/text.js';
import type { Freshness, TranslationState, UnitText } from './schemas/translation.js';

// ---------------------------------------------------------------------------------------------------------
// Hashing

// SHA-256 round constants (first 32 bits of the fractional parts of the cube roots of the first 64 primes).
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** SHA-256 of the UTF-8 bytes of a string, as 64 hex digits (synchronous; Web Crypto's digest is async). */
export function sha256Hex(message: string): string {
  const bytes = new TextEncoder().encode(message);
  const length = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(length);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  view.setUint32(length - 8, Math.floor(bits / 0x1_0000_0000));
  view.setUint32(length - 4, bits >>> 0);

  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0]! += a;
    h[1]! += b;
    h[2]! += c;
    h[3]! += d;
    h[4]! += e;
    h[5]! += f;
    h[6]! += g;
    h[7]! += hh;
  }
  return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
}

/** Line endings, Unicode normalisation and whitespace at the ends do not count as a change. */
export function normalizeUnitText(s: string): string {
  return s.replace(/\r\n?/g, '\n').normalize('NFC').trim();
}

/**
 * Hash of one French unit: what a translation records as "made from" (16 hex digits). Identical to the API's
 * `unitHash` (apps/api/src/modules/fiches/hash.ts), which publishing stamps on each unit.
 */
export function unitHash(text: UnitText): string {
  return sha256Hex(JSON.stringify([normalizeUnitText(text.title), normalizeUnitText(text.body)])).slice(
    0,
    16,
  );
}

/** Words of a unit as a reader reads them: the title plus the body's plain text (markup and URLs left out). */
export function unitWords(text: UnitText): number {
  return countWords(text.title) + countWords(markdownToText(text.body));
}

// ---------------------------------------------------------------------------------------------------------
// Publishing: what changed, and what a publish stamps

/** One published French unit: its hash and when its text last changed. */
export interface UnitStamp<D = Date> {
  id: string;
  hash: string;
  changedAt: D;
}

export type UnitChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface UnitChange {
  id: string;
  kind: UnitChangeKind;
  /** The unit changed place among the units both versions have (never a change by itself). */
  moved: boolean;
}

/** Ids kept in the same relative order (a longest common subsequence); the others moved. */
function stableIds(before: string[], after: string[]): Set<string> {
  const n = before.length;
  const m = after.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i]![j] =
        before[i] === after[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const out = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      out.add(before[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

/**
 * Compares two versions of a fiche's French units by id: each unit of the newer version is `added`,
 * `changed` (its hash differs) or `unchanged`; units only in the older version are `removed` (listed last).
 * An item that only moved is `unchanged` with `moved: true`.
 */
export function compareUnits(
  before: readonly Pick<UnitStamp, 'id' | 'hash'>[],
  after: readonly Pick<UnitStamp, 'id' | 'hash'>[],
): UnitChange[] {
  const old = new Map(before.map((u) => [u.id, u.hash]));
  const afterIds = new Set(after.map((u) => u.id));
  const stable = stableIds(
    before.filter((u) => afterIds.has(u.id)).map((u) => u.id),
    after.filter((u) => old.has(u.id)).map((u) => u.id),
  );
  const changes: UnitChange[] = after.map((u) => {
    const prev = old.get(u.id);
    if (prev === undefined) return { id: u.id, kind: 'added', moved: false };
    return { id: u.id, kind: prev === u.hash ? 'unchanged' : 'changed', moved: !stable.has(u.id) };
  });
  for (const u of before) if (!afterIds.has(u.id)) changes.push({ id: u.id, kind: 'removed', moved: false });
  return changes;
}

/** A translation made from `from` is now made from `to` (after a minor edit). */
export interface Restamp {
  unitId: string;
  from: string;
  to: string;
}

/**
 * The stamps a publish records (the rule `publishFiche` applies): an unchanged unit keeps its stamp; a changed
 * or added unit gets the publish date. With `minor` (typo, link), a changed unit keeps its earlier change date
 * and the translations made from its previous hash are re-stamped with the new one, so they stay up to date.
 */
export function stampUnits<D>(
  previous: readonly UnitStamp<D>[],
  next: readonly Pick<UnitStamp, 'id' | 'hash'>[],
  at: D,
  minor = false,
): { units: UnitStamp<D>[]; restamps: Restamp[] } {
  const prev = new Map(previous.map((u) => [u.id, u]));
  const restamps: Restamp[] = [];
  const units = next.map(({ id, hash }) => {
    const p = prev.get(id);
    if (p && p.hash === hash) return p;
    if (p && minor) {
      restamps.push({ unitId: id, from: p.hash, to: hash });
      return { id, hash, changedAt: p.changedAt };
    }
    return { id, hash, changedAt: at };
  });
  return { units, restamps };
}

/** The hash a stored translation of `unitId` records after a publish with these re-stamps. */
export function restampedHash(unitId: string, sourceHash: string, restamps: readonly Restamp[]): string {
  const r = restamps.find((x) => x.unitId === unitId && x.from === sourceHash);
  return r ? r.to : sourceHash;
}

// ---------------------------------------------------------------------------------------------------------
// State of one unit in one language

/** What the workspace needs of a stored translation version. */
export interface VersionLike {
  sourceHash: string;
  state: TranslationState;
}

export interface TranslationLike {
  approved?: VersionLike | null | undefined;
  working?: VersionLike | null | undefined;
}

/** Workflow state shown to translators: the work in progress if any, else approved or missing. */
export type UnitState = 'missing' | TranslationState;
export const UNIT_STATES = ['missing', 'machine', 'draft', 'in_review', 'approved'] as const;

/**
 * The bucket a unit counts in for word progress: `approved` (the approved text is up to date),
 * `in_review` (an up-to-date text waits for a reviewer), `outdated` (the approved text was made from an older
 * French), `missing` (nothing approved; machine text and drafts count here: readers see French).
 */
export type UnitProgress = 'approved' | 'in_review' | 'outdated' | 'missing';
export const UNIT_PROGRESS = ['approved', 'in_review', 'outdated', 'missing'] as const;

export interface UnitStatus {
  state: UnitState;
  /** What a reader sees: the approved text up to date, outdated, or French (missing). */
  freshness: Freshness;
  progress: UnitProgress;
  /** The work in progress was made from an older French text (it must be updated before review). */
  workingOutdated: boolean;
}

/** The state of one unit given the current French hash and the stored translation (if any). */
export function unitStatus(currentHash: string, t: TranslationLike | null | undefined): UnitStatus {
  const approved = t?.approved ?? undefined;
  const working = t?.working ?? undefined;
  const freshness: Freshness = !approved
    ? 'missing'
    : approved.sourceHash === currentHash
      ? 'up_to_date'
      : 'outdated';
  const workingOutdated = Boolean(working && working.sourceHash !== currentHash);
  let progress: UnitProgress;
  if (freshness === 'up_to_date') progress = 'approved';
  else if (working?.state === 'in_review' && !workingOutdated) progress = 'in_review';
  else progress = freshness === 'outdated' ? 'outdated' : 'missing';
  return {
    state: working?.state ?? (approved ? 'approved' : 'missing'),
    freshness,
    progress,
    workingOutdated,
  };
}

/** Words per progress bucket (French words: the work a language still needs). */
export interface WordProgress {
  total: number;
  approved: number;
  inReview: number;
  outdated: number;
  missing: number;
}

export const emptyWordProgress = (): WordProgress => ({
  total: 0,
  approved: 0,
  inReview: 0,
  outdated: 0,
  missing: 0,
});

const PROGRESS_KEY = {
  approved: 'approved',
  in_review: 'inReview',
  outdated: 'outdated',
  missing: 'missing',
} as const satisfies Record<UnitProgress, keyof WordProgress>;

/** Adds one unit's words to a tally (mutates and returns it). */
export function addWords(tally: WordProgress, progress: UnitProgress, words: number): WordProgress {
  tally.total += words;
  tally[PROGRESS_KEY[progress]] += words;
  return tally;
}
