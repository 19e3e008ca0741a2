import { describe, expect, it } from 'vitest';
import { FIRST_VIEW_FICHE_ID, firstViewDataBlock } from './reader-shell.js';

describe('the first-view data block (a fiche in the reader’s HTML, from the API or the service worker)', () => {
  it('holds the JSON whole, says where it comes from, and no text in it can end the block', () => {
    const fiche = { slug: 'carte', title: 'Carte </script><script>alert(1)</script><!-- \u2028\u2029 & "x"' };
    for (const source of ['network', 'device'] as const) {
      const block = firstViewDataBlock(JSON.stringify(fiche), source);
      const match = new RegExp(
        `^<script type="application/json" id="${FIRST_VIEW_FICHE_ID}" data-source="${source}">(.*)</script>$`,
        's',
      ).exec(block);
      expect(match).not.toBeNull();
      // No `<` at all inside (so no `</script>` or `<!--`), and no line separators a script would choke on.
      expect(match![1]).not.toMatch(/[<\u2028\u2029]/);
      expect(JSON.parse(match![1]!)).toEqual(fiche);
    }
  });
});
