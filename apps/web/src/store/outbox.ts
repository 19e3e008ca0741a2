/**
 * Feedback and search-miss reports queued in IndexedDB until the API accepted them (issue 5, item 7).
 * Shared by the page (on start, on `online`, right after a report) and the service worker (Background
 * Sync). Each report carries a random `clientId`: the API stores one report per clientId, and an entry
 * leaves the outbox only after a 2xx, so a retry after a lost response is never stored twice.
 */
import { db, type OutboxEntry } from './db';

export const OUTBOX_SYNC_TAG = 'reperes-outbox';
const FEEDBACK_URL = '/api/v1/feedback';
const LOCK_NAME = 'reperes-outbox';

/** A random UUID (crypto.randomUUID needs a secure context; getRandomValues does not). */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export async function enqueue(body: Record<string, unknown>): Promise<OutboxEntry> {
  const clientId = newClientId();
  const entry: OutboxEntry = { clientId, body: { ...body, clientId }, createdAt: Date.now(), attempts: 0 };
  await (await db()).put('outbox', entry);
  return entry;
}

export async function pendingCount(): Promise<number> {
  return (await db()).count('outbox');
}

export async function isPending(clientId: string): Promise<boolean> {
  return (await (await db()).getKey('outbox', clientId)) !== undefined;
}

export interface FlushResult {
  sent: number;
  /** Refused by the API as invalid (4xx other than 408/429): resending can never succeed. */
  dropped: number;
  droppedIds: string[];
  /** Still queued (offline, server error, rate limit). */
  left: number;
}

type Locks = { request<T>(name: string, cb: () => Promise<T>): Promise<T> };

function withLock<T>(fn: () => Promise<T>): Promise<T> {
  // One flush at a time across the page's tabs and the worker: the same report is not posted twice at once.
  const locks = (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
  return locks ? locks.request(LOCK_NAME, fn) : fn();
}

/** Sends the queued reports, oldest first; stops at the first network or server failure. */
export function flushOutbox(fetcher: typeof fetch = fetch): Promise<FlushResult> {
  return withLock(async () => {
    const store = await db();
    const entries = (await store.getAll('outbox')).sort((a, b) => a.createdAt - b.createdAt);
    const result: FlushResult = { sent: 0, dropped: 0, droppedIds: [], left: entries.length };
    for (const entry of entries) {
      let status: number;
      try {
        const response = await fetcher(FEEDBACK_URL, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(entry.body),
          credentials: 'same-origin',
        });
        status = response.status;
      } catch {
        await store.put('outbox', { ...entry, attempts: entry.attempts + 1 });
        break;
      }
      if (status >= 200 && status < 300) {
        await store.delete('outbox', entry.clientId);
        result.sent += 1;
      } else if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
        console.warn(`The API refused a queued report (${status}); it is dropped.`, entry.body);
        await store.delete('outbox', entry.clientId);
        result.dropped += 1;
        result.droppedIds.push(entry.clientId);
      } else {
        await store.put('outbox', { ...entry, attempts: entry.attempts + 1 });
        break;
      }
      result.left -= 1;
    }
    return result;
  });
}
