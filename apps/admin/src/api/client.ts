import { isErrorBody } from '@reperes/shared/errors';

/** An API failure: the stable code from the error body, the HTTP status, and the `details` if any. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The session's CSRF token, sent as `X-CSRF-Token` with every state-changing request. */
let csrfToken = '';
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token ?? '';
}

type Listener = (error: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();
/** Called when the API says the session is gone (401): the session store signs out and the router redirects. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
  /** Keep the request alive after the page is left (presence "leave"). */
  keepalive?: boolean;
}

const SAFE = new Set(['GET', 'HEAD']);

export function apiUrl(path: string, query?: Query): string {
  const url = `/api/v1${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

/**
 * Calls the API. Resolves with the JSON body (undefined for 204); rejects with an `ApiError` whose code is
 * the API's (`errors.<CODE>` in the locale files) or `NETWORK_ERROR` when the server could not be reached.
 */
export async function api<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.keepalive ? { keepalive: true } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('NETWORK_ERROR', 0, 'The server could not be reached.');
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return body as T;
  // A proxy in front of the API answers 502–504 when the API itself is down.
  if (!isErrorBody(body)) {
    const code = [502, 503, 504].includes(response.status) ? 'NETWORK_ERROR' : 'INTERNAL_ERROR';
    throw new ApiError(code, response.status, `HTTP ${response.status}`);
  }
  const error = new ApiError(body.error.code, response.status, body.error.message, body.error.details);
  if (response.status === 401 && !path.startsWith('/auth/'))
    unauthenticatedListeners.forEach((l) => l(error));
  return Promise.reject(error);
}

export const get = <T>(path: string, query?: Query, signal?: AbortSignal) =>
  api<T>('GET', path, { ...(query ? { query } : {}), ...(signal ? { signal } : {}) });
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, { body });
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, { body });
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, { body });
export const del = <T>(path: string, body: unknown = {}) => api<T>('DELETE', path, { body });

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
