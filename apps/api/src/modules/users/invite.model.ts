import mongoose, { Schema, type Types } from 'mongoose';
import type { LanguageCode, Role } from '@reperes/shared';

/** An invitation: the emailed token is stored only as its sha256, used once, valid 7 days. */
export interface InviteDoc {
  _id: Types.ObjectId;
  tokenHash: string;
  email: string;
  name: string;
  roles: Role[];
  languages: LanguageCode[];
  organisationIds: Types.ObjectId[];
  invitedBy: Types.ObjectId | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  userId?: Types.ObjectId;
}

const inviteSchema = new Schema<InviteDoc>(
  {
    tokenHash: { type: String, required: true },
    email: { type: String, required: true, lowercase: true, trim: true },
    name: { type: String, required: true },
    roles: { type: [String], default: [] },
    languages: { type: [String], default: [] },
    organisationIds: { type: [Schema.Types.ObjectId], default: [] },
    invitedBy: { type: Schema.Types.ObjectId, default: null },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    acceptedAt: { type: Date, default: null },
    userId: Schema.Types.ObjectId,
  },
  { minimize: false, collection: 'invites' },
);
inviteSchema.index({ tokenHash: 1 }, { unique: true });
inviteSchema.index({ email: 1, acceptedAt: 1 });

export const InviteModel = mongoose.model<InviteDoc>('Invite', inviteSchema);
