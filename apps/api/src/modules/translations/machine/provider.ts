import type { LanguageCode } from '@reperes/shared';

/**
 * A machine translation engine. `texts` are French XML fragments (see protect.ts): text with `&amp; &lt; &gt;`
 * escaped and the tags `<n/>`, `<x/>` (keep as they are), `<a>`, `<b>`, `<i>` (keep around the words they
 * belong to). Returns one translated fragment per input, in order.
 */
export interface TranslationProvider {
  readonly name: string;
  /** Target languages it can translate into. */
  readonly languages: readonly LanguageCode[];
  translate(texts: string[], target: LanguageCode): Promise<string[]>;
}

let fromConfig: TranslationProvider | null = null;
let injected: TranslationProvider | null | undefined;

/**
 * Replaces the configured provider (tests inject a fake one; never a network call in tests). `null` turns the
 * feature off; `undefined` goes back to the configuration (DEEPL_API_KEY).
 */
export function setTranslationProvider(provider: TranslationProvider | null | undefined): void {
  injected = provider;
}

/** Set once from the configuration when the app is built. */
export function configureProvider(provider: TranslationProvider | null): void {
  fromConfig = provider;
}

/** The provider in use, or null: then the feature is hidden and nothing calls out. */
export function translationProvider(): TranslationProvider | null {
  return injected !== undefined ? injected : fromConfig;
}
