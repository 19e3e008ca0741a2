import { Types } from 'mongoose';
import type { SessionSummary } from '@reperes/shared';
import type { Config } from '../../config.js';
import { UserModel, type UserDoc } from '../users/user.model.js';
import { randomToken, sha256 } from './crypto.js';
import { SessionModel, type SessionDoc } from './session.model.js';

/** A session waiting for its TOTP code lives at most this long. */
export const PENDING_TOTP_MS = 10 * 60_000;
/** `lastSeenAt` is written at most this often (fewer writes; idle expiry is precise to a minute). */
const TOUCH_EVERY_MS = 60_000;

export interface NewSession {
  userId: Types.ObjectId | string;
  totpPending: boolean;
  authenticatedAt: Date;
  ip?: string | undefined;
  userAgent?: string | undefined;
}

const idleMs = (config: Config) => config.SESSION_IDLE_MINUTES * 60_000;
const absoluteMs = (config: Config) => config.SESSION_ABSOLUTE_HOURS * 3_600_000;

/** Creates a session and returns the cookie value (the only place the raw id exists). */
export async function createSession(
  config: Config,
  s: NewSession,
  now = new Date(),
): Promise<{ token: string; session: SessionDoc }> {
  const token = randomToken();
  const absoluteExpiresAt = new Date(now.getTime() + (s.totpPending ? PENDING_TOTP_MS : absoluteMs(config)));
  const session: SessionDoc = {
    _id: sha256(token),
    userId: new Types.ObjectId(String(s.userId)),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(Math.min(now.getTime() + idleMs(config), absoluteExpiresAt.getTime())),
    absoluteExpiresAt,
    authenticatedAt: s.authenticatedAt,
    csrfToken: randomToken(),
    totpPending: s.totpPending,
    ...(s.ip ? { ip: s.ip.slice(0, 64) } : {}),
    ...(s.userAgent ? { userAgent: s.userAgent.slice(0, 300) } : {}),
  };
  await SessionModel.create(session);
  if (Math.random() < 0.02) {
    // Sessions of people who never come back are swept now and then (TTL indexes are not relied upon).
    SessionModel.deleteMany({
      $or: [{ expiresAt: { $lte: now } }, { absoluteExpiresAt: { $lte: now } }],
    }).catch(() => {});
  }
  return { token, session };
}

function isExpired(config: Config, s: SessionDoc, now: Date): boolean {
  const t = now.getTime();
  return (
    t >= s.expiresAt.getTime() ||
    t >= s.absoluteExpiresAt.getTime() ||
    t - s.lastSeenAt.getTime() >= idleMs(config) ||
    t - s.createdAt.getTime() >= absoluteMs(config)
  );
}

/**
 * The live session behind a cookie value and its (active) user, or null. Expired sessions, sessions of a
 * deactivated account and sessions authenticated before the last password change are deleted on sight.
 */
export async function loadSession(
  config: Config,
  token: string,
  now = new Date(),
): Promise<{ session: SessionDoc; user: UserDoc } | null> {
  const id = sha256(token);
  const session = await SessionModel.findById(id).lean<SessionDoc>();
  if (!session) return null;
  const user = isExpired(config, session, now)
    ? null
    : await UserModel.findById(session.userId).lean<UserDoc>();
  if (!user || !user.active || session.authenticatedAt < user.passwordChangedAt) {
    await SessionModel.deleteOne({ _id: id });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    const expiresAt = new Date(Math.min(now.getTime() + idleMs(config), session.absoluteExpiresAt.getTime()));
    await SessionModel.updateOne({ _id: id }, { $set: { lastSeenAt: now, expiresAt } });
    session.lastSeenAt = now;
    session.expiresAt = expiresAt;
  }
  return { session, user };
}

export async function deleteSession(id: string): Promise<void> {
  await SessionModel.deleteOne({ _id: id });
}

/** Signs a person out everywhere (optionally keeping the session making the request). */
export async function revokeUserSessions(
  userId: Types.ObjectId | string,
  exceptId?: string,
): Promise<number> {
  const filter = exceptId
    ? { userId: new Types.ObjectId(String(userId)), _id: { $ne: exceptId } }
    : { userId: new Types.ObjectId(String(userId)) };
  const { deletedCount } = await SessionModel.deleteMany(filter);
  return deletedCount;
}

/** Clears a user's expired sessions (done at sign-in; TTL indexes are not relied upon). */
export async function pruneExpiredSessions(
  config: Config,
  userId: Types.ObjectId,
  now = new Date(),
): Promise<void> {
  await SessionModel.deleteMany({
    userId,
    $or: [
      { expiresAt: { $lte: now } },
      { absoluteExpiresAt: { $lte: now } },
      { lastSeenAt: { $lte: new Date(now.getTime() - idleMs(config)) } },
    ],
  });
}

export async function listUserSessions(
  config: Config,
  userId: string,
  currentId: string,
  now = new Date(),
): Promise<SessionSummary[]> {
  const sessions = await SessionModel.find({ userId: new Types.ObjectId(userId), totpPending: false })
    .sort({ lastSeenAt: -1 })
    .lean<SessionDoc[]>();
  return sessions
    .filter((s) => !isExpired(config, s, now))
    .map((s) => ({
      // The stored id is already a hash of the cookie; hash again so the list never shows the stored key.
      id: sha256(s._id).slice(0, 32),
      current: s._id === currentId,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      ...(s.ip ? { ip: s.ip } : {}),
      ...(s.userAgent ? { userAgent: s.userAgent } : {}),
    }));
}

/** Revokes one of the user's own sessions by its listed id; false when there is no such session. */
export async function revokeListedSession(userId: string, listedId: string): Promise<boolean> {
  const sessions = await SessionModel.find({ userId: new Types.ObjectId(userId) }, { _id: 1 }).lean<
    Pick<SessionDoc, '_id'>[]
  >();
  const match = sessions.find((s) => sha256(s._id).slice(0, 32) === listedId);
  if (!match) return false;
  await SessionModel.deleteOne({ _id: match._id, userId: new Types.ObjectId(userId) });
  return true;
}

/** Replaces a session by a fresh one (new cookie value) — after the second factor, against fixation. */
export async function rotateSession(
  config: Config,
  old: SessionDoc,
  changes: { totpPending: boolean },
  now = new Date(),
): Promise<{ token: string; session: SessionDoc }> {
  const created = await createSession(
    config,
    {
      userId: old.userId,
      totpPending: changes.totpPending,
      authenticatedAt: old.authenticatedAt,
      ip: old.ip,
      userAgent: old.userAgent,
    },
    now,
  );
  await SessionModel.deleteOne({ _id: old._id });
  return created;
}
