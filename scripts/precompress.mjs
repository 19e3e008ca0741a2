#!/usr/bin/env node
// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside each text file of a built app, so the
// server sends the smallest encoding the browser accepts without compressing anything per request:
// the API's static serving (apps/api/src/precompressed.ts) picks .br or .gz, nginx `gzip_static` picks .gz.
//   node scripts/precompress.mjs <dist> [<dist>…]
// A copy that would not be at least 10 % smaller than the file is not written (nor left from an earlier run).
// Dot-folders (.vite) are skipped: they are never served. The shell (index.html) is skipped: the server
// writes each page's own HTML from it.
import { readdirSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TEXT = /\.(js|mjs|css|svg|json|webmanifest|txt|xml)$/;
const MIN_BYTES = 1024;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
const ENCODINGS = [
  {
    suffix: '.br',
    encode: (data) =>
      brotli(data, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
  },
  { suffix: '.gz', encode: (data) => gzipped(data, { level: 9 }) },
];

/** The files under `dir` to compress, skipping dot-folders. */
function textFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...textFiles(path));
    else if (entry.isFile() && TEXT.test(entry.name) && entry.name !== 'index.html') out.push(path);
  }
  return out;
}

async function precompress(dist) {
  let before = 0;
  let after = 0;
  const files = textFiles(dist);
  await Promise.all(
    files.map(async (file) => {
      const data = await readFile(file);
      for (const { suffix, encode } of ENCODINGS) {
        const encoded = data.length >= MIN_BYTES ? await encode(data) : undefined;
        if (encoded && encoded.length <= data.length * 0.9) {
          await writeFile(file + suffix, encoded);
          if (suffix === '.br') {
            before += data.length;
            after += encoded.length;
          }
        } else await rm(file + suffix, { force: true });
      }
    }),
  );
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `precompress ${relative(process.cwd(), dist) || '.'}: ${files.length} text files, ` +
      `${kb(before)} → ${kb(after)} brotli for those worth it`,
  );
}

const dists = process.argv.slice(2);
if (dists.length === 0) {
  console.error('usage: node scripts/precompress.mjs <dist> [<dist>…]');
  process.exit(2);
}
for (const dist of dists) {
  if (!(await stat(dist).catch(() => undefined))?.isDirectory()) {
    console.error(`precompress: ${dist} is not a folder`);
    process.exit(1);
  }
  await precompress(dist);
}
