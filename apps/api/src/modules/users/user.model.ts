import mongoose, { Schema, type Types } from 'mongoose';
import type { LanguageCode, Role } from '@reperes/shared';

export interface TotpState {
  /** The authenticator seed, sealed with a key derived from SECRET_KEY (modules/auth/crypto.ts). */
  secret?: string;
  /** Seed shown by `setup` and not yet confirmed by `enable`. */
  pendingSecret?: string;
  enabled: boolean;
  enabledAt?: Date;
  /** Last accepted time step: a code is accepted once (replay protection). */
  lastStep?: number;
  /** sha256 of each unused recovery code. */
  recoveryCodes: string[];
}

export interface UserDoc {
  _id: Types.ObjectId;
  /** Stored lower-cased (no collation in our MongoDB subset); unique. */
  email: string;
  name: string;
  /** argon2id PHC string. */
  passwordHash: string;
  roles: Role[];
  languages: LanguageCode[];
  organisationIds: Types.ObjectId[];
  active: boolean;
  totp: TotpState;
  passwordChangedAt: Date;
  lastLoginAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

const userSchema = new Schema<UserDoc>(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    name: { type: String, required: true },
    passwordHash: { type: String, required: true },
    roles: { type: [String], default: [] },
    languages: { type: [String], default: [] },
    organisationIds: { type: [Schema.Types.ObjectId], default: [] },
    active: { type: Boolean, required: true, default: true },
    totp: {
      type: new Schema<TotpState>(
        {
          secret: String,
          pendingSecret: String,
          enabled: { type: Boolean, required: true, default: false },
          enabledAt: Date,
          lastStep: Number,
          recoveryCodes: { type: [String], default: [] },
        },
        { _id: false },
      ),
      default: () => ({ enabled: false, recoveryCodes: [] }),
    },
    passwordChangedAt: { type: Date, required: true },
    lastLoginAt: Date,
  },
  { timestamps: true, minimize: false, collection: 'users' },
);
userSchema.index({ email: 1 }, { unique: true });
userSchema.index({ organisationIds: 1 });
userSchema.index({ roles: 1 });

export const UserModel = mongoose.model<UserDoc>('User', userSchema);
