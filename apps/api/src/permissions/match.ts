import type { Access, HttpMethod, RouteKey } from './types.js';

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export interface CompiledRoute {
  key: RouteKey;
  method: HttpMethod;
  access: Access;
  /** Lower-cased literal segments, `null` for a `:param`, and a final `'*'` for a `*splat`. */
  segments: (string | null)[];
  splat: boolean;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/** Compiles a table key; throws on the Express path features the matcher does not model (optional groups). */
export function compileKey(key: string, access: Access): CompiledRoute {
  const m = /^(GET|POST|PUT|PATCH|DELETE) (\/api\/v1(?:\/[^\s]*)?)$/.exec(key);
  if (!m) throw new Error(`permission table: malformed key ${JSON.stringify(key)}`);
  const [, method, path] = m as unknown as [string, HttpMethod, string];
  if (/[{}()?+]/.test(path)) throw new Error(`permission table: unsupported path syntax in ${key}`);
  const raw = segmentsOf(path);
  const segments: (string | null)[] = [];
  let splat = false;
  raw.forEach((s, i) => {
    if (s.startsWith('*')) {
      if (i !== raw.length - 1) throw new Error(`permission table: *splat must end the path in ${key}`);
      splat = true;
    } else if (s.startsWith(':')) {
      if (!/^:[A-Za-z_$][\w$]*$/.test(s)) throw new Error(`permission table: bad parameter in ${key}`);
      segments.push(null);
    } else {
      segments.push(s.toLowerCase());
    }
  });
  if (!METHODS.includes(method)) throw new Error(`permission table: bad method in ${key}`);
  return { key: key as RouteKey, method, access, segments, splat };
}

/**
 * Whether a request path matches a compiled route. Deliberately at least as permissive as Express's own
 * matching (case-insensitive, trailing and repeated slashes ignored, parameters match any non-empty
 * segment): every request Express would route to a handler is matched here, so its rule is always checked.
 */
export function matches(route: CompiledRoute, method: string, path: string): boolean {
  return matchesParts(route, method === 'HEAD' ? 'GET' : method, requestParts(path));
}

/** A request path as `matchesParts` compares it: lower-cased non-empty segments (split once per request). */
export function requestParts(path: string): string[] {
  return segmentsOf(path.toLowerCase());
}

/** `matches` with the method already mapped (HEAD → GET) and the path split by `requestParts`. */
export function matchesParts(route: CompiledRoute, method: string, parts: readonly string[]): boolean {
  if (method !== route.method) return false;
  const n = route.segments.length;
  if (route.splat ? parts.length <= n : parts.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const want = route.segments[i];
    if (want !== null && want !== parts[i]) return false;
  }
  return true;
}
