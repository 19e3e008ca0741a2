import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';
import { CONFIG_DOCS, renderConfigDocs } from '../../../../scripts/gen-config-docs.js';

describe('the configuration reference (docs/configuration.md)', () => {
  it('is exactly what `npm run docs:config` generates from the config schema', () => {
    const committed = fs.existsSync(CONFIG_DOCS) ? fs.readFileSync(CONFIG_DOCS, 'utf8') : '(missing)';
    // On failure: run `npm run docs:config` and commit docs/configuration.md.
    expect(committed).toBe(renderConfigDocs());
  });

  it('lists every setting with a description, and no machine-specific path', () => {
    const text = renderConfigDocs();
    for (const [key, schema] of Object.entries(configSchema.shape)) {
      expect(schema.description, `${key} needs a .describe()`).toBeTruthy();
      expect(text).toContain(`| \`${key}\` |`);
    }
    expect(text).not.toContain(process.cwd());
  });
});
