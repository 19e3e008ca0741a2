import { computed, ref } from 'vue';
import { getLanguage, type LanguageCode } from '../languages';
import { afterNextPaint } from './after-paint';
import { readerLanguage } from '../modules/i18n';

const primary = (tag: string) => tag.split('-')[0];

// Formatters are costly to build (locale data lookups): one per kind and language for the whole visit.
const formatters = new Map<string, unknown>();
function cached<T>(key: string, build: () => T): T {
  let value = formatters.get(key) as T | undefined;
  if (value === undefined) {
    value = build();
    formatters.set(key, value);
  }
  return value;
}

/**
 * The first Intl formatter of a page load costs 35–150 ms on a phone (ICU loads its data), far more than
 * drawing the page. So the first render that needs one shows the text without the formatted values, paints,
 * and the formatter is built in a task of its own just after that frame; the values then fill in (they sit
 * inside lines of text that are already there: nothing moves). Every later format is immediate.
 */
const intlReady = ref(false);
let warming = false;
function warmUp(tag: string, schedule: (run: () => void) => void = afterNextPaint): void {
  if (warming) return;
  warming = true;
  const build = () => {
    try {
      new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(0);
    } finally {
      intlReady.value = true;
    }
  };
  schedule(build);
}

/**
 * Starts that warm-up at once, in a task of its own, while the app waits for the first page's code,
 * messages and data (main.ts): the first render can then show formatted values, and the cost lands before
 * the first paint, when the reader cannot tap anything yet, not as a long task just after it.
 */
export function warmUpFormats(lang: LanguageCode): void {
  warmUp(getLanguage(lang).bcp47, (run) => setTimeout(run, 0));
}
/** Whether formatting is cheap now; if not, schedules the warm-up (reactive: renders redo once ready). */
function ready(tag: string): boolean {
  if (intlReady.value) return true;
  warmUp(tag);
  return false;
}

/** Whether the browser formatted in the language itself rather than falling back to another. */
const isOwn = (formatter: { resolvedOptions(): { locale: string } }, tag: string) =>
  primary(formatter.resolvedOptions().locale) === primary(tag);

/**
 * Dates, lists and prices in the reader's language and calendar (the registry's BCP 47 tag: `fa-AF`
 * gives the Solar Hijri calendar Afghans use, for instance). Some browsers ship no data for a language
 * (desktop Chromium has none for Pashto or Tigrinya): rather than French words, a numeric date in the
 * digits of the language's script, and the script's own list separator.
 */
export function useFormat(lang: () => LanguageCode = () => readerLanguage.value) {
  const language = computed(() => getLanguage(lang()));
  const tag = computed(() => language.value.bcp47);
  const digits = computed(() => (language.value.script === 'Arab' ? 'arabext' : 'latn'));

  const dateFormat = () =>
    cached(`date:${tag.value}`, () => {
      const own = new Intl.DateTimeFormat(tag.value, { dateStyle: 'long' });
      return isOwn(own, tag.value)
        ? own
        : new Intl.DateTimeFormat(`en-GB-u-nu-${digits.value}`, {
            day: 'numeric',
            month: 'numeric',
            year: 'numeric',
          });
    });
  const numberFormat = (key: string, options: Intl.NumberFormatOptions) =>
    cached(`${key}:${tag.value}`, () => {
      const own = new Intl.NumberFormat(tag.value, options);
      return isOwn(own, tag.value) ? own : new Intl.NumberFormat(`en-u-nu-${digits.value}`, options);
    });

  return {
    date: (iso: string) => (ready(tag.value) ? dateFormat().format(new Date(iso)) : ''),
    list: (items: string[]) => {
      if (!ready(tag.value)) return '';
      const own = cached(`list:${tag.value}`, () => new Intl.ListFormat(tag.value, { type: 'conjunction' }));
      return isOwn(own, tag.value)
        ? own.format(items)
        : items.join({ Arab: '، ', Ethi: '፣ ' }[language.value.script as string] ?? ', ');
    },
    euros: (amount: number) => {
      if (!ready(tag.value)) return '';
      const cents = Number.isInteger(amount) ? 0 : 2;
      return numberFormat(`euros${cents}`, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: cents,
      }).format(amount);
    },
    number: (value: number) => (ready(tag.value) ? numberFormat('number', {}).format(value) : ''),
  };
}
