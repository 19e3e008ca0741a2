import { reactive } from 'vue';
import { getLanguage, type LanguageCode } from '../languages';
import { readerLanguage } from '../modules/i18n';
import type { FormatRequest } from './format/format-value';

/**
 * Dates, lists and prices are formatted by a worker (format/format.worker.ts, rules in format-value.ts),
 * not on the main thread: a page's first Intl formatter costs 35–150 ms on a phone (the engine lists the
 * locales it has data for, once per thread), far more than drawing the page, and in a task that would
 * keep the page from answering a tap. A render that needs a value not formatted yet shows the text
 * without it and asks the worker; the value fills in when the answer comes (it sits inside a line of
 * text that is already there: nothing moves), a few milliseconds later, and stays known for the visit.
 * If no worker can start, the values are formatted on the main thread instead.
 */
const values = reactive(new Map<string, string>());
const asked = new Set<string>();
let batch: [string, FormatRequest][] = [];
/** Keys of the batches sent to the worker, in order: it answers them in order. */
const sent: string[][] = [];
let worker: Worker | null | undefined;
let mayStart = false;

function onMainThread(requests: [string, FormatRequest][]): void {
  import('./format/format-value')
    .then(({ formatValue }) => {
      for (const [key, request] of requests) {
        try {
          values.set(key, formatValue(request));
        } catch {
          values.set(key, '');
        }
      }
    })
    // Its code could not load either (offline, before the service worker kept it): the text shows without them.
    .catch((error: unknown) => console.warn('Could not format dates and amounts.', error));
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./format/format.worker.ts', import.meta.url));
  } catch {
    return (worker = null);
  }
  worker.onmessage = ({ data }: MessageEvent<string[]>) => {
    sent.shift()?.forEach((key, i) => values.set(key, data[i] ?? ''));
  };
  // The worker's script could not load or run: what it was asked is formatted here, and all that follows.
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    const lost = sent.splice(0).flat();
    onMainThread(lost.map((key) => [key, JSON.parse(key) as FormatRequest]));
  };
  return worker;
}

function flush(): void {
  const requests = batch;
  batch = [];
  const target = startWorker();
  if (!target) return onMainThread(requests);
  sent.push(requests.map(([key]) => key));
  target.postMessage(requests.map(([, request]) => request));
}

function ask(request: FormatRequest): string {
  const key = JSON.stringify(request);
  const known = values.get(key);
  if (known !== undefined) return known;
  if (!asked.has(key)) {
    asked.add(key);
    if (!batch.length && mayStart) queueMicrotask(flush);
    batch.push([key, request]);
  }
  return '';
}

function requestFor(
  lang: LanguageCode,
  kind: FormatRequest['kind'],
  value: FormatRequest['value'],
): FormatRequest {
  const { bcp47, script } = getLanguage(lang);
  return {
    kind,
    tag: bcp47,
    digits: script === 'Arab' ? 'arabext' : 'latn',
    separator: { Arab: '، ', Ethi: '፣ ' }[script as string] ?? ', ',
    value,
  };
}

/**
 * Lets the worker start (main.ts, once the first page has been drawn and has settled): creating it,
 * fetching its script and running it would otherwise compete with the drawing of the first view, on the
 * main thread, on a phone's few cores and on a slow network. Values asked before are sent then; they fill
 * in a moment after.
 */
export function startFormats(): void {
  mayStart = true;
  if (batch.length) flush();
}

/**
 * Dates, lists and prices in the reader's language and calendar (format/format-value.ts); '' until
 * formatted (reactive: renders redo once the value is there).
 */
export function useFormat(lang: () => LanguageCode = () => readerLanguage.value) {
  return {
    date: (iso: string) => ask(requestFor(lang(), 'date', iso)),
    list: (items: string[]) => ask(requestFor(lang(), 'list', items)),
    euros: (amount: number) => ask(requestFor(lang(), 'euros', amount)),
    number: (value: number) => ask(requestFor(lang(), 'number', value)),
  };
}
