/**
 * Work the reader never waits for: on start (after the first paint) and each time the connection comes
 * back, sync the stored language packs and send the queued reports (issue 5 items 4 and 7).
 */
import { flushOutbox } from '../store/outbox';
import { listenToConnection, mayTryNetwork, onReconnect } from './online';
import { refreshPackStates, syncAllPacks } from './packs';

let running: Promise<void> | undefined;

/** Syncs the packs and flushes the outbox; concurrent calls share one run. */
export function catchUp(): Promise<void> {
  running ??= (async () => {
    try {
      await refreshPackStates();
      if (!mayTryNetwork()) return;
      await flushOutbox().catch((error: unknown) => console.warn('Sending queued reports failed.', error));
      await syncAllPacks();
    } finally {
      running = undefined;
    }
  })();
  return running;
}

let started = false;

export function startBackgroundWork(): void {
  if (started) return;
  started = true;
  listenToConnection();
  onReconnect(() => void catchUp());
  void catchUp();
}
