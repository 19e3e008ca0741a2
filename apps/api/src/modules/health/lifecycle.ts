/**
 * Where this process is in its life, for the readiness probe: ready once start-up work is done (database
 * connected, indexes built, first-start seed) and until shutdown begins. server.ts moves it forward.
 */
let phase: 'starting' | 'started' | 'draining' = 'starting';

/** Start-up work is done (called by server.ts right before listening). */
export function markStarted(): void {
  if (phase === 'starting') phase = 'started';
}

/** Shutdown began: stop advertising readiness so load balancers send new requests elsewhere. */
export function markDraining(): void {
  phase = 'draining';
}

export function lifecyclePhase(): typeof phase {
  return phase;
}
