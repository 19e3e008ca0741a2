import { Types } from 'mongoose';
import type { PresenceEntry } from '@reperes/shared';
import type { Actor } from './access.js';
import { PresenceModel, type PresenceDoc } from './presence.model.js';

/** Someone counts as editing while their heartbeats keep coming (the editor sends one every ~20 s). */
export const PRESENCE_WINDOW_MS = 60_000;
/** Rows older than this are removed on the way (no reliance on TTL timing). */
const FORGET_AFTER_MS = 24 * 3_600_000;

const toEntry = (p: PresenceDoc): PresenceEntry => ({
  userId: String(p.userId),
  name: p.name,
  since: p.since.toISOString(),
  lastSeen: p.lastSeen.toISOString(),
});

/** The other people active on a fiche in the last minute, longest-present first. */
export async function activeEditors(
  ficheId: string,
  exceptUserId: string,
  now = new Date(),
): Promise<PresenceEntry[]> {
  const rows = await PresenceModel.find({
    ficheId: new Types.ObjectId(ficheId),
    userId: { $ne: new Types.ObjectId(exceptUserId) },
    lastSeen: { $gte: new Date(now.getTime() - PRESENCE_WINDOW_MS) },
  })
    .sort({ since: 1 })
    .lean<PresenceDoc[]>();
  return rows.map(toEntry);
}

/**
 * Records a heartbeat: refreshes `lastSeen`, and starts a new `since` when the previous heartbeat is older
 * than the window (the person left and came back). One upsert per (fiche, person), unique index.
 */
export async function recordHeartbeat(ficheId: string, actor: Actor, now = new Date()): Promise<void> {
  const key = { ficheId: new Types.ObjectId(ficheId), userId: new Types.ObjectId(actor.id) };
  const cutoff = new Date(now.getTime() - PRESENCE_WINDOW_MS);
  const refreshed = await PresenceModel.updateOne(
    { ...key, lastSeen: { $gte: cutoff } },
    { $set: { lastSeen: now, name: actor.name } },
  );
  if (refreshed.matchedCount === 0) {
    try {
      await PresenceModel.updateOne(
        key,
        { $set: { since: now, lastSeen: now, name: actor.name } },
        { upsert: true },
      );
    } catch (err) {
      // Two heartbeats of the same person racing to insert: the other one created the row.
      if ((err as { code?: number }).code !== 11000) throw err;
    }
  }
  if (Math.random() < 0.05)
    await PresenceModel.deleteMany({ lastSeen: { $lt: new Date(now.getTime() - FORGET_AFTER_MS) } });
}

/** The person closed the editor. */
export async function forget(ficheId: string, actor: Actor): Promise<void> {
  await PresenceModel.deleteOne({
    ficheId: new Types.ObjectId(ficheId),
    userId: new Types.ObjectId(actor.id),
  });
}
