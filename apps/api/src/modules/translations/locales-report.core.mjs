// The UI strings report, shared by `node scripts/locales-report.mjs` and the API (GET
// /api/v1/translations/ui-strings). Plain JavaScript so the script runs with Node alone; types in the .d.mts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCE_LOCALE = 'fr';
export const HASHES_FILE = '.fr-hashes.json';

/** Nested messages → `{ "area.key": "message" }` (non-string leaves are reported as strings). */
export function flatten(messages, prefix = '', out = {}) {
  for (const [key, value] of Object.entries(messages ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flatten(value, path, out);
    else out[path] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return out;
}

/** vue-i18n placeholders of a message: named `{name}` / list `{0}` interpolations and linked `@:key` messages. */
export function placeholders(message) {
  const found = new Set();
  for (const m of message.matchAll(/\{\s*([A-Za-z_$][\w$]*|\d+)\s*\}/g)) found.add(`{${m[1]}}`);
  for (const m of message.matchAll(/@(?:\.[a-z]+)?:\(?([\w.-]+)\)?/g)) found.add(`@:${m[1]}`);
  return [...found].sort();
}

/** Short hash of a French message, to notice when it changes after a translation was made. */
export function frenchHash(message) {
  return createHash('sha256').update(message).digest('hex').slice(0, 8);
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Locale codes with a message file in `dir` (dotfiles such as .fr-hashes.json excluded). */
export function listLocales(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/**
 * locales/.fr-hashes.json: `snapshots` are the French message hashes at a stamp (shared by every locale
 * stamped at the same time, so the file stays small), `locales` names the snapshot each locale was stamped
 * against.
 */
export function readHashes(dir) {
  const file = join(dir, HASHES_FILE);
  if (!existsSync(file)) return null;
  const data = readJson(file);
  const ok =
    data && data.version === 2 && typeof data.snapshots === 'object' && typeof data.locales === 'object';
  return ok ? data : null;
}

/**
 * Per locale, against fr.json: missing keys (absent or empty), extra keys, keys whose placeholders differ,
 * and keys whose French changed since the translation was stamped (`--stamp`).
 */
export function localesReport(dir, now = new Date()) {
  const source = flatten(readJson(join(dir, `${SOURCE_LOCALE}.json`)));
  const hashes = readHashes(dir);
  const locales = listLocales(dir)
    .filter((l) => l !== SOURCE_LOCALE)
    .map((locale) => {
      const messages = flatten(readJson(join(dir, `${locale}.json`)));
      const stamps = hashes?.snapshots?.[hashes.locales[locale]] ?? {};
      const missing = [];
      const placeholderMismatch = [];
      const frenchChanged = [];
      let unstamped = 0;
      for (const [key, french] of Object.entries(source)) {
        const translated = messages[key];
        if (translated === undefined || translated.trim() === '') {
          missing.push(key);
          continue;
        }
        const expected = placeholders(french);
        const found = placeholders(translated);
        if (expected.join() !== found.join()) placeholderMismatch.push({ key, expected, found });
        if (!(key in stamps)) unstamped += 1;
        else if (stamps[key] !== frenchHash(french)) frenchChanged.push(key);
      }
      const extra = Object.keys(messages).filter((k) => !(k in source));
      return {
        locale,
        keys: Object.keys(messages).length,
        missing,
        extra,
        placeholderMismatch,
        frenchChanged,
        unstamped,
      };
    });
  return {
    source: SOURCE_LOCALE,
    sourceKeys: Object.keys(source).length,
    stamped: hashes !== null,
    generatedAt: now.toISOString(),
    locales,
  };
}

/**
 * Records, for the given locales (default: all), the current French of every key (as hashes): run it after
 * updating a locale, so a later change of the French shows up as "French changed" for that locale.
 */
export function stampLocales(dir, only) {
  const source = flatten(readJson(join(dir, `${SOURCE_LOCALE}.json`)));
  const hashes = readHashes(dir) ?? { version: 2, snapshots: {}, locales: {} };
  const targets = (only?.length ? only : listLocales(dir)).filter((l) => l !== SOURCE_LOCALE);
  const snapshot = Object.fromEntries(
    Object.keys(source)
      .sort()
      .map((key) => [key, frenchHash(source[key])]),
  );
  const id = frenchHash(JSON.stringify(snapshot));
  hashes.snapshots[id] = snapshot;
  for (const locale of targets) {
    if (!existsSync(join(dir, `${locale}.json`))) throw new Error(`no ${locale}.json in ${dir}`);
    hashes.locales[locale] = id;
  }
  const used = new Set(Object.values(hashes.locales));
  for (const key of Object.keys(hashes.snapshots)) if (!used.has(key)) delete hashes.snapshots[key];
  hashes.locales = Object.fromEntries(Object.entries(hashes.locales).sort(([a], [b]) => a.localeCompare(b)));
  const file = join(dir, HASHES_FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(hashes, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  return targets;
}
