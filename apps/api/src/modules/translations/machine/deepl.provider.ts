import * as deepl from 'deepl-node';
import type { LanguageCode } from '@reperes/shared';
import type { TranslationProvider } from './provider.js';

/** Our language codes → DeepL target codes. Tigrinya is not offered by DeepL. */
export const DEEPL_TARGETS: Partial<Record<LanguageCode, deepl.TargetLanguageCode>> = {
  en: 'en-GB',
  ar: 'ar',
  // Our `fa` is Dari (fa-AF): DeepL names it `prs`.
  fa: 'prs',
  ps: 'ps',
  ru: 'ru',
  uk: 'uk',
};

/** The part of deepl-node's Translator used here (a test passes a stand-in). */
export type DeepLTextTranslator = Pick<deepl.Translator, 'translateText'>;

/** Options sent with every request: the XML fragments of protect.ts. */
export const DEEPL_OPTIONS: deepl.TranslateTextOptions = {
  tagHandling: 'xml',
  // Our structure is explicit: line placeholders split sentences, inline tags never do.
  outlineDetection: false,
  splittingTags: ['n'],
  nonSplittingTags: ['x', 'a', 'b', 'i'],
  preserveFormatting: true,
  // Readers are adults addressed with respect; DeepL ignores it for languages without formality.
  formality: 'prefer_more',
};

/** DeepL through deepl-node; created only when DEEPL_API_KEY is set. */
export class DeepLProvider implements TranslationProvider {
  readonly name = 'deepl';
  readonly languages = Object.keys(DEEPL_TARGETS) as LanguageCode[];
  private readonly translator: DeepLTextTranslator;

  constructor(authKeyOrTranslator: string | DeepLTextTranslator) {
    this.translator =
      typeof authKeyOrTranslator === 'string'
        ? new deepl.Translator(authKeyOrTranslator, {
            sendPlatformInfo: false,
            maxRetries: 2,
            minTimeout: 10_000,
          })
        : authKeyOrTranslator;
  }

  async translate(texts: string[], target: LanguageCode): Promise<string[]> {
    const code = DEEPL_TARGETS[target];
    if (!code) throw new Error(`DeepL does not translate into ${target}`);
    const out: string[] = [];
    // DeepL takes at most 50 texts and 128 KiB per request.
    for (let i = 0; i < texts.length;) {
      const batch: string[] = [];
      let size = 0;
      while (
        i < texts.length &&
        batch.length < 50 &&
        (batch.length === 0 || size + texts[i]!.length < 60_000)
      ) {
        size += texts[i]!.length;
        batch.push(texts[i++]!);
      }
      const results = await this.translator.translateText(batch, 'fr', code, DEEPL_OPTIONS);
      out.push(...results.map((r) => r.text));
    }
    return out;
  }
}
