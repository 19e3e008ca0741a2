import mongoose, { Schema, type Types } from 'mongoose';

/** A password-reset link: the token is stored only as its sha256, used once, valid 1 hour. */
export interface PasswordResetDoc {
  _id: Types.ObjectId;
  tokenHash: string;
  userId: Types.ObjectId;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

const passwordResetSchema = new Schema<PasswordResetDoc>(
  {
    tokenHash: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
  },
  { collection: 'password_resets', versionKey: false },
);
passwordResetSchema.index({ tokenHash: 1 }, { unique: true });
passwordResetSchema.index({ userId: 1 });

export const PasswordResetModel = mongoose.model<PasswordResetDoc>('PasswordReset', passwordResetSchema);
