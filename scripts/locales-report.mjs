#!/usr/bin/env node
// UI strings report: per locale, the keys missing from fr.json's set, extra keys, placeholder mismatches, and
// keys whose French changed since the translation was made (tracked in locales/.fr-hashes.json).
//
//   node scripts/locales-report.mjs              report (exit 0)
//   node scripts/locales-report.mjs --strict     exit 1 when a key is missing or a placeholder differs
//   node scripts/locales-report.mjs --json       the report as JSON (what GET /api/v1/translations/ui-strings answers)
//   node scripts/locales-report.mjs --stamp      after translating: record the current French of every locale
//   node scripts/locales-report.mjs --stamp=ar,fa   …of these locales only (stamp only what you updated)
//   --dir=<folder>                               another locales folder (default: locales/ at the repository root)
import { fileURLToPath } from 'node:url';
import { localesReport, stampLocales } from '../apps/api/src/modules/translations/locales-report.core.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const hit = args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (hit === undefined) return undefined;
  return hit.includes('=') ? hit.slice(hit.indexOf('=') + 1) : true;
};
const known = ['strict', 'json', 'stamp', 'dir', 'help'];
const unknown = args.filter((a) => !known.some((k) => a === `--${k}` || a.startsWith(`--${k}=`)));
if (unknown.length || option('help')) {
  if (unknown.length) console.error(`Unknown option(s): ${unknown.join(' ')}`);
  console.log('Usage: node scripts/locales-report.mjs [--json] [--strict] [--stamp[=ar,fa]] [--dir=locales]');
  process.exit(unknown.length ? 2 : 0);
}

const dirOption = option('dir');
const dir =
  typeof dirOption === 'string' ? dirOption : fileURLToPath(new URL('../locales/', import.meta.url));

const stamp = option('stamp');
if (stamp) {
  const only =
    typeof stamp === 'string'
      ? stamp
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
  const done = stampLocales(dir, only);
  console.log(`Stamped the current French for: ${done.join(', ')} (locales/.fr-hashes.json).`);
  process.exit(0);
}

const report = localesReport(dir);
if (option('json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`Source: fr.json, ${report.sourceKeys} keys.`);
  if (!report.stamped) {
    console.log('No locales/.fr-hashes.json yet: run with --stamp once to track French changes.');
  }
  const list = (label, items) => {
    if (!items.length) return;
    console.log(`  ${label} (${items.length}):`);
    for (const item of items) console.log(`    ${item}`);
  };
  for (const l of report.locales) {
    const problems =
      l.missing.length + l.extra.length + l.placeholderMismatch.length + l.frenchChanged.length;
    console.log(`\n${l.locale}: ${l.keys} keys${problems ? '' : ' — complete and up to date'}`);
    list('missing', l.missing);
    list('extra (not in fr.json)', l.extra);
    list(
      'placeholders differ',
      l.placeholderMismatch.map(
        (p) =>
          `${p.key}: expected ${p.expected.join(' ') || '(none)'}, found ${p.found.join(' ') || '(none)'}`,
      ),
    );
    list('French changed since translated', l.frenchChanged);
    if (report.stamped && l.unstamped)
      console.log(`  ${l.unstamped} key(s) never stamped (French changes unknown)`);
  }
}
if (option('strict') && report.locales.some((l) => l.missing.length || l.placeholderMismatch.length)) {
  process.exit(1);
}
