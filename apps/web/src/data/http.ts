/**
 * The one way the reader app calls the API: no HTTP cache (IndexedDB is the only copy, revalidated with
 * ETags), a timeout so a dead connection never hangs a screen, and the connection state kept current.
 */
import { MIN_SHELL_HEADER } from '@reperes/shared/reader-shell';
import { mayTryNetwork, reportReachable, reportUnreachable } from './online';

/** The request could not reach the API (offline, DNS, refused, timed out, gateway error). */
export class NetworkError extends Error {
  constructor(readonly offline: boolean) {
    super(offline ? 'offline' : 'network error');
  }
}

const DEFAULT_TIMEOUT_MS = 20_000;
// What a proxy in front of the API answers when the API itself is down.
const GATEWAY_ERRORS = new Set([502, 503, 504]);

// The API says on every answer which shells it still supports (`X-Reperes-Min-Shell: 0.2.0`). An older
// shell asks its service worker for the new version and shows the update prompt (issue 5 item 5).

const shellOutdatedHooks = new Set<(minimum: string) => void>();
export function onShellOutdated(hook: (minimum: string) => void): void {
  shellOutdatedHooks.add(hook);
}

/** Compares dotted versions numerically: -1, 0 or 1. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split(/[.+-]/).map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}

function checkShell(response: Response): void {
  const minimum = response.headers.get(MIN_SHELL_HEADER);
  if (minimum && compareVersions(__SHELL_VERSION__, minimum) < 0) {
    for (const hook of shellOutdatedHooks) hook(minimum);
  }
}

export async function apiFetch(
  path: string,
  init: RequestInit = {},
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Response> {
  if (!mayTryNetwork()) throw new NetworkError(true);
  let response: Response;
  try {
    response = await fetch(path, {
      cache: 'no-store',
      credentials: 'same-origin',
      ...init,
      headers: { accept: 'application/json', ...(init.headers as Record<string, string> | undefined) },
      signal: init.signal ?? AbortSignal.timeout(timeoutMs),
    });
  } catch {
    reportUnreachable();
    throw new NetworkError(!mayTryNetwork());
  }
  if (GATEWAY_ERRORS.has(response.status)) {
    reportUnreachable();
    throw new NetworkError(false);
  }
  reportReachable();
  checkShell(response);
  return response;
}

/** `"hash"` as the API writes its strong ETags. */
export const etagOf = (hash: string) => `"${hash}"`;
