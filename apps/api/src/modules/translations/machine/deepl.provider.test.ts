import { describe, expect, it } from 'vitest';
import { DEEPL_OPTIONS, DeepLProvider, type DeepLTextTranslator } from './deepl.provider.js';

/** Stands in for deepl-node's Translator: records the requests, answers without any network. */
function recorder() {
  const requests: { texts: string[]; source: unknown; target: unknown; options: unknown }[] = [];
  const translator = {
    translateText: async (texts: string[], source: unknown, target: unknown, options: unknown) => {
      requests.push({ texts, source, target, options });
      return texts.map((t) => ({ text: `T:${t}`, detectedSourceLang: 'fr', billedCharacters: t.length }));
    },
  } as unknown as DeepLTextTranslator;
  return { requests, translator };
}

describe('DeepLProvider', () => {
  it('sends French XML fragments with our tag handling and maps our language codes to DeepL’s', async () => {
    const { requests, translator } = recorder();
    const provider = new DeepLProvider(translator);
    expect(provider.languages).toEqual(['en', 'ar', 'fa', 'ps', 'ru', 'uk']);
    expect(await provider.translate(['<n id="0"/>Bonjour'], 'fa')).toEqual(['T:<n id="0"/>Bonjour']);
    expect(requests[0]).toMatchObject({ source: 'fr', target: 'prs', options: DEEPL_OPTIONS });
    expect(DEEPL_OPTIONS).toMatchObject({
      tagHandling: 'xml',
      splittingTags: ['n'],
      outlineDetection: false,
    });
    await provider.translate(['x'], 'en');
    expect(requests[1]?.target).toBe('en-GB');
    await expect(provider.translate(['x'], 'ti')).rejects.toThrow(/does not translate into ti/);
  });

  it('splits large requests into batches DeepL accepts, keeping the order', async () => {
    const { requests, translator } = recorder();
    const texts = Array.from({ length: 120 }, (_, i) => `t${i}`);
    const out = await new DeepLProvider(translator).translate(texts, 'ar');
    expect(out).toEqual(texts.map((t) => `T:${t}`));
    expect(requests.map((r) => r.texts.length)).toEqual([50, 50, 20]);
  });
});
