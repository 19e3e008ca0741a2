import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { flatten, localesReport, placeholders, stampLocales } from './locales-report.core.mjs';

const SCRIPT = fileURLToPath(new URL('../../../../../scripts/locales-report.mjs', import.meta.url));
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function folder(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reperes-locales-'));
  dirs.push(dir);
  for (const [code, messages] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, `${code}.json`), JSON.stringify(messages));
  }
  return dir;
}

describe('the UI strings report', () => {
  it('flattens nested messages and reads vue-i18n placeholders', () => {
    expect(flatten({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })).toEqual({ 'a.b': 'x', 'a.c.d': 'y', e: 'z' });
    expect(placeholders('Bonjour {name}, {0} fois, voir @:common.appName et {name}')).toEqual([
      '@:common.appName',
      '{0}',
      '{name}',
    ]);
  });

  it('stamps only the locales named, and reports French changed since', () => {
    const dir = folder({
      fr: { a: 'Un', b: 'Deux' },
      ar: { a: 'واحد', b: 'اثنان' },
      en: { a: 'One', b: 'Two' },
    });
    expect(localesReport(dir).stamped).toBe(false);
    expect(stampLocales(dir, ['ar'])).toEqual(['ar']);
    fs.writeFileSync(path.join(dir, 'fr.json'), JSON.stringify({ a: 'Un', b: 'Deux !' }));
    const report = localesReport(dir);
    expect(report.stamped).toBe(true);
    expect(report.locales.map((l) => [l.locale, l.frenchChanged, l.unstamped])).toEqual([
      ['ar', ['b'], 0],
      ['en', [], 2],
    ]);
    stampLocales(dir);
    expect(localesReport(dir).locales.every((l) => l.frenchChanged.length === 0 && l.unstamped === 0)).toBe(
      true,
    );
  });

  it('runs as a script: a report, JSON, and a failing exit with --strict', () => {
    const dir = folder({ fr: { a: 'Salut {name}', b: 'Deux' }, en: { a: 'Hi {who}' } });
    const text = execFileSync(process.execPath, [SCRIPT, `--dir=${dir}`], { encoding: 'utf8' });
    expect(text).toContain('en: 1 keys');
    expect(text).toContain('missing (1):\n    b');
    expect(text).toContain('a: expected {name}, found {who}');
    const json = JSON.parse(
      execFileSync(process.execPath, [SCRIPT, `--dir=${dir}`, '--json'], { encoding: 'utf8' }),
    );
    expect(json.locales[0]).toMatchObject({ locale: 'en', missing: ['b'] });
    expect(spawnSync(process.execPath, [SCRIPT, `--dir=${dir}`, '--strict']).status).toBe(1);
    expect(spawnSync(process.execPath, [SCRIPT, '--nope']).status).toBe(2);
  });
});
