/**
 * Formats one value with Intl, in the reader's language and calendar (the registry's BCP 47 tag: `fa-AF`
 * gives the Solar Hijri calendar Afghans use, for instance). Some browsers ship no data for a language
 * (desktop Chromium has none for Pashto or Tigrinya): rather than French words, a numeric date in the
 * digits of the language's script, and the script's own list separator.
 *
 * No Vue here: this runs in the format worker (format.worker.ts), or on the main thread if no worker
 * could start (use-format.ts).
 */
export interface FormatRequest {
  kind: 'date' | 'list' | 'euros' | 'number';
  /** BCP 47 tag of the language (registry). */
  tag: string;
  /** Digits of the language's script, for the fallback formats: `latn` or `arabext`. */
  digits: string;
  /** List separator of the language's script, for the fallback list format. */
  separator: string;
  /** An ISO date (date), items (list), an amount (euros) or a number (number). */
  value: string | string[] | number;
}

const primary = (tag: string) => tag.split('-')[0];

// Formatters are costly to build (locale data lookups): one per kind and language.
const formatters = new Map<string, unknown>();
function cached<T>(key: string, build: () => T): T {
  let value = formatters.get(key) as T | undefined;
  if (value === undefined) {
    value = build();
    formatters.set(key, value);
  }
  return value;
}

/** Whether the browser formatted in the language itself rather than falling back to another. */
const isOwn = (formatter: { resolvedOptions(): { locale: string } }, tag: string) =>
  primary(formatter.resolvedOptions().locale) === primary(tag);

function numberFormat(key: string, { tag, digits }: FormatRequest, options: Intl.NumberFormatOptions) {
  return cached(`${key}:${tag}`, () => {
    const own = new Intl.NumberFormat(tag, options);
    return isOwn(own, tag) ? own : new Intl.NumberFormat(`en-u-nu-${digits}`, options);
  });
}

export function formatValue(request: FormatRequest): string {
  const { kind, tag, digits, value } = request;
  switch (kind) {
    case 'date':
      return cached(`date:${tag}`, () => {
        const own = new Intl.DateTimeFormat(tag, { dateStyle: 'long' });
        return isOwn(own, tag)
          ? own
          : new Intl.DateTimeFormat(`en-GB-u-nu-${digits}`, {
              day: 'numeric',
              month: 'numeric',
              year: 'numeric',
            });
      }).format(new Date(value as string));
    case 'list': {
      const own = cached(`list:${tag}`, () => new Intl.ListFormat(tag, { type: 'conjunction' }));
      return isOwn(own, tag) ? own.format(value as string[]) : (value as string[]).join(request.separator);
    }
    case 'euros': {
      const amount = value as number;
      const cents = Number.isInteger(amount) ? 0 : 2;
      return numberFormat(`euros${cents}`, request, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: cents,
      }).format(amount);
    }
    case 'number':
      return numberFormat('number', request, {}).format(value as number);
  }
}
