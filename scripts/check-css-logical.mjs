#!/usr/bin/env node
// Fails on physical left/right CSS in the reader app's styles (issue 4: RTL by logical properties only).
// Scans .css files and the <style> blocks and style="" attributes of .vue files under the given folders
// (default: apps/web/src). Top/bottom are not checked: they do not flip with the writing direction, but
// left/right do, so `margin-left` must be `margin-inline-start`, `left:` must be `inset-inline-start:`,
// `text-align: left` must be `text-align: start`, and 4-value shorthands must not differ left and right.
// A declaration may opt out with a trailing `/* physical-ok: <why> */` comment.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const folders = process.argv.slice(2).length ? process.argv.slice(2) : ['apps/web/src'];

const RULES = [
  [/(^|[\s;{])(margin|padding)-(left|right)\s*:/i, 'use margin/padding-inline-start/end'],
  [/(^|[\s;{])border-(left|right)(-[a-z]+)?\s*:/i, 'use border-inline-start/end'],
  [/(^|[\s;{])border-(top|bottom)-(left|right)-radius\s*:/i, 'use border-start-start-radius (etc.)'],
  [/(^|[\s;{])(left|right)\s*:/i, 'use inset-inline-start/end'],
  [/(^|[\s;{])(text-align|float|clear)\s*:\s*(left|right)\b/i, 'use start/end (or inline-start/end)'],
  [/(^|[\s;{])scroll-(margin|padding)-(left|right)\s*:/i, 'use scroll-margin/padding-inline-*'],
  [/(^|[\s;{])(overflow-x|overscroll-behavior-x)\s*:/i, null], // allowed: x is the inline axis here
  [/\btranslateX\(|\btranslate\(\s*-?[\d.]+[a-z%]*\s*,/i, 'horizontal translation does not flip in RTL'],
  [
    /(^|[\s;{])background-position(-x)?\s*:[^;]*\b(left|right)\b/i,
    'left/right position does not flip in RTL',
  ],
];

// margin/padding/inset/border-width/border-style/border-color/border-radius with 4 values: 2nd ≠ 4th is
// a physical left/right difference (border-radius: top-left ≠ top-right is one too).
const FOUR_VALUES =
  /(^|[\s;{])(margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)\s*:\s*([^;}]+)/gi;
const RADIUS = /(^|[\s;{])border-radius\s*:\s*([^;}]+)/gi;

function tokens(value) {
  return value
    .replace(/!important/, '')
    .trim()
    .split(/\s+(?![^(]*\))/);
}

function* cssSources(file) {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) {
    yield { css: text, offset: 0 };
    return;
  }
  for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
    yield { css: m[1], offset: m.index + m[0].indexOf('>') + 1 };
  for (const m of text.matchAll(/\sstyle="([^"]*)"/g)) yield { css: m[1], offset: m.index };
}

function lineOf(text, index) {
  return text.slice(0, index).split('\n').length;
}

const problems = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(css|vue)$/.test(name)) check(path);
  }
}

function check(file) {
  const full = readFileSync(file, 'utf8');
  for (const { css, offset } of cssSources(file)) {
    const stripped = css.replace(/\/\*(?![^*]*physical-ok)[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
    const lines = stripped.split('\n');
    lines.forEach((line, i) => {
      if (/physical-ok/.test(line)) return;
      for (const [pattern, advice] of RULES) {
        if (advice && pattern.test(line)) {
          const at = lineOf(full, offset) + i;
          problems.push(`${relative(root, file)}:${at}  ${line.trim()}  → ${advice}`);
        }
      }
    });
    for (const m of stripped.matchAll(FOUR_VALUES)) {
      const values = tokens(m[3]);
      if (values.length === 4 && values[1] !== values[3]) {
        problems.push(
          `${relative(root, file)}:${lineOf(full, offset + m.index)}  ${m[0].trim()}  → left and right differ: use *-inline-start/end`,
        );
      }
    }
    for (const m of stripped.matchAll(RADIUS)) {
      const [horizontal] = m[2].split('/');
      const values = tokens(horizontal);
      const differ =
        values.length === 2 || values.length === 3
          ? values[0] !== values[1]
          : values.length === 4 && (values[0] !== values[1] || values[2] !== values[3]);
      if (differ) {
        problems.push(
          `${relative(root, file)}:${lineOf(full, offset + m.index)}  ${m[0].trim()}  → corners differ left/right: use border-start-start-radius (etc.)`,
        );
      }
    }
  }
}

for (const folder of folders) walk(join(root, folder));

if (problems.length) {
  console.error(
    `check-css-logical: ${problems.length} physical left/right rule(s)\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`check-css-logical: no physical left/right properties in ${folders.join(', ')}`);
