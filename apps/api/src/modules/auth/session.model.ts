import mongoose, { Schema, type Types } from 'mongoose';

/**
 * A signed-in browser. `_id` is the sha256 of the random cookie value: whoever reads the database cannot
 * replay a session. Expiry is checked on every request from these dates (TTL is not relied upon).
 */
export interface SessionDoc {
  _id: string;
  userId: Types.ObjectId;
  createdAt: Date;
  lastSeenAt: Date;
  /** Idle expiry: min(lastSeenAt + idle, absoluteExpiresAt); moved forward as the session is used. */
  expiresAt: Date;
  absoluteExpiresAt: Date;
  /** When the password was checked; a session authenticated before the last password change is void. */
  authenticatedAt: Date;
  csrfToken: string;
  /** Password accepted, TOTP code not yet: the session can only verify a code or log out. */
  totpPending: boolean;
  ip?: string;
  userAgent?: string;
}

const sessionSchema = new Schema<SessionDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
    lastSeenAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    absoluteExpiresAt: { type: Date, required: true },
    authenticatedAt: { type: Date, required: true },
    csrfToken: { type: String, required: true },
    totpPending: { type: Boolean, required: true },
    ip: String,
    userAgent: String,
  },
  { collection: 'sessions', versionKey: false },
);
sessionSchema.index({ userId: 1 });

export const SessionModel = mongoose.model<SessionDoc>('Session', sessionSchema);
