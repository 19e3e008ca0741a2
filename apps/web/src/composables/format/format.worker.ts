/**
 * The format worker (use-format.ts): formats batches of values off the main thread. A page's first Intl
 * formatter costs 35–150 ms on a phone (the engine lists the locales it has data for, once per thread):
 * paid here, the page never freezes for it.
 */
import { formatValue, type FormatRequest } from './format-value';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FormatRequest[]>) => void) | null;
  postMessage(results: string[]): void;
};

scope.onmessage = ({ data }) => {
  scope.postMessage(
    data.map((request) => {
      try {
        return formatValue(request);
      } catch {
        return '';
      }
    }),
  );
};
