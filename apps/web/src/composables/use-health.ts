import { ref } from 'vue';

/** GET /api/v1/health. Mirrors `Health` in @reperes/shared (schemas/api.ts) until this app depends on it. */
export interface Health {
  status: 'ok' | 'degraded';
  version: string;
  database: { state: 'connected' | 'disconnected'; kind: 'embedded' | 'external' };
}

export type HealthState =
  | { kind: 'checking' }
  | { kind: 'ready'; health: Health }
  | { kind: 'failed'; code: 'NETWORK_ERROR' | 'INTERNAL_ERROR' };

// What a proxy in front of the API answers when the API itself is down.
const GATEWAY_ERRORS = new Set([502, 503, 504]);

function isHealth(value: unknown): value is Health {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Health>;
  return (
    (v.status === 'ok' || v.status === 'degraded') &&
    typeof v.version === 'string' &&
    (v.database?.state === 'connected' || v.database?.state === 'disconnected')
  );
}

/** The API health, fetched on call and again with `refresh()`. */
export function useHealth() {
  const state = ref<HealthState>({ kind: 'checking' });

  async function refresh(): Promise<void> {
    state.value = { kind: 'checking' };
    let response: Response;
    try {
      response = await fetch('/api/v1/health', {
        headers: { accept: 'application/json' },
        cache: 'no-store',
      });
    } catch {
      state.value = { kind: 'failed', code: 'NETWORK_ERROR' };
      return;
    }
    // A degraded server may answer with an error status and still describe itself.
    const body: unknown = await response.json().catch(() => undefined);
    if (isHealth(body)) state.value = { kind: 'ready', health: body };
    else if (GATEWAY_ERRORS.has(response.status)) state.value = { kind: 'failed', code: 'NETWORK_ERROR' };
    else state.value = { kind: 'failed', code: 'INTERNAL_ERROR' };
  }

  void refresh();
  return { state, refresh };
}
