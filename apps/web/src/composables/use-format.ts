import { computed } from 'vue';
import { getLanguage, type LanguageCode } from '../languages';
import { readerLanguage } from '../modules/i18n';

const supports = (tag: string, api: { supportedLocalesOf(locales: string[]): string[] }) =>
  api.supportedLocalesOf([tag]).length > 0;

/**
 * Dates, lists and prices in the reader's language and calendar (the registry's BCP 47 tag: `fa-AF`
 * gives the Solar Hijri calendar Afghans use, for instance). Some browsers ship no data for a language
 * (desktop Chromium has none for Pashto or Tigrinya): rather than French words, a numeric date in the
 * digits of the language's script, and the script's own list separator.
 */
export function useFormat(lang: () => LanguageCode = () => readerLanguage.value) {
  const language = computed(() => getLanguage(lang()));
  const tag = computed(() => language.value.bcp47);

  const dateFormat = computed(() =>
    supports(tag.value, Intl.DateTimeFormat)
      ? new Intl.DateTimeFormat(tag.value, { dateStyle: 'long' })
      : new Intl.DateTimeFormat(`en-GB-u-nu-${language.value.script === 'Arab' ? 'arabext' : 'latn'}`, {
          day: 'numeric',
          month: 'numeric',
          year: 'numeric',
        }),
  );
  const numberTag = computed(() =>
    supports(tag.value, Intl.NumberFormat)
      ? tag.value
      : `en-u-nu-${language.value.script === 'Arab' ? 'arabext' : 'latn'}`,
  );

  return {
    date: (iso: string) => dateFormat.value.format(new Date(iso)),
    list: (items: string[]) =>
      supports(tag.value, Intl.ListFormat)
        ? new Intl.ListFormat(tag.value, { type: 'conjunction' }).format(items)
        : items.join({ Arab: '، ', Ethi: '፣ ' }[language.value.script as string] ?? ', '),
    euros: (amount: number) =>
      new Intl.NumberFormat(numberTag.value, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
      }).format(amount),
    number: (value: number) => new Intl.NumberFormat(numberTag.value).format(value),
  };
}
