#!/usr/bin/env node
// Checks the UI message files (locales/<code>.json) against the French source (conventions.md rule 9):
// every language of the registry has a file; no key is missing, extra or empty; placeholders ({name}) and
// plural forms (`a | b`) match the French message. The `admin` area is French-only (the back-office is in
// French): other files may leave it out, but what they hold must still match. Exit code 1 on any problem.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const localesDir = `${root}locales/`;
const SOURCE = 'fr';
const FRENCH_ONLY_AREAS = new Set(['admin']);

const registry = readFileSync(`${root}shared/src/languages.ts`, 'utf8');
const codes = [...registry.matchAll(/^\s*code:\s*'([a-z]{2,3})'/gm)].map((m) => m[1]);
const files = readdirSync(localesDir)
  .filter((f) => /^[a-z]{2,3}\.json$/.test(f))
  .map((f) => f.slice(0, -5));

const problems = [];
const report = (file, key, message) => problems.push(`locales/${file}.json  ${key}: ${message}`);

for (const code of codes)
  if (!files.includes(code)) report(code, '(file)', 'missing (the language is in shared/src/languages.ts)');
for (const file of files)
  if (!codes.includes(file)) report(file, '(file)', 'no such language in shared/src/languages.ts');

function load(code) {
  try {
    return JSON.parse(readFileSync(`${localesDir}${code}.json`, 'utf8'));
  } catch (error) {
    report(code, '(file)', `unreadable: ${error.message}`);
    return undefined;
  }
}

/** Flattens nested messages to { 'web.home.title': '…' }; non-string leaves are reported. */
function flatten(tree, code, prefix = '', out = new Map()) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) flatten(value, code, path, out);
    else report(code, path, `must be a string or an object, not ${JSON.stringify(value)}`);
  }
  return out;
}

const placeholders = (message) =>
  [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*\}/g)].map((m) => m[1]))].sort();
// vue-i18n plural forms are separated by a pipe.
const pluralForms = (message) => message.split('|').length;
const pluralCategories = (code) => {
  const bcp47 = registry.match(new RegExp(`code:\\s*'${code}'[\\s\\S]*?bcp47:\\s*'([^']+)'`))?.[1] ?? code;
  return new Intl.PluralRules(bcp47).resolvedOptions().pluralCategories.length;
};

const sourceTree = load(SOURCE);
if (sourceTree) {
  const source = flatten(sourceTree, SOURCE);
  for (const [key, message] of source) if (!message.trim()) report(SOURCE, key, 'empty message');

  for (const code of files.filter((c) => c !== SOURCE)) {
    const tree = load(code);
    if (!tree) continue;
    const messages = flatten(tree, code);
    const area = (key) => key.split('.')[0];
    for (const key of source.keys()) {
      if (!messages.has(key) && !FRENCH_ONLY_AREAS.has(area(key))) report(code, key, 'missing');
    }
    for (const [key, message] of messages) {
      const french = source.get(key);
      if (french === undefined) {
        report(code, key, 'extra key (not in fr.json)');
        continue;
      }
      if (!message.trim()) report(code, key, 'empty message');
      const expected = placeholders(french).join(', ');
      const found = placeholders(message).join(', ');
      if (expected !== found) report(code, key, `placeholders {${found}} differ from French {${expected}}`);
      const sourcePlural = pluralForms(french) > 1;
      const forms = pluralForms(message);
      if (sourcePlural !== forms > 1) {
        report(
          code,
          key,
          sourcePlural ? 'French has plural forms, this has none' : 'has plural forms, French has none',
        );
      } else if (sourcePlural && forms > pluralCategories(code)) {
        report(code, key, `${forms} plural forms, the language has ${pluralCategories(code)} categories`);
      }
    }
  }
}

if (problems.length) {
  console.error(`check-locales: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-locales: ${files.length} files match locales/${SOURCE}.json`);
