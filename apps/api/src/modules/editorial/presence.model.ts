import mongoose, { Schema, type Types } from 'mongoose';

/**
 * Who has a fiche open in the editor, from the editor's heartbeat (every ~20 s). Kept in MongoDB, not in
 * process memory, so every API replica sees the same people.
 */
export interface PresenceDoc {
  _id: Types.ObjectId;
  ficheId: Types.ObjectId;
  userId: Types.ObjectId;
  name: string;
  /** Start of the current editing session (reset after a minute without heartbeat). */
  since: Date;
  lastSeen: Date;
}

const presenceSchema = new Schema<PresenceDoc>(
  {
    ficheId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    since: { type: Date, required: true },
    lastSeen: { type: Date, required: true },
  },
  { collection: 'presence', versionKey: false },
);
presenceSchema.index({ ficheId: 1, userId: 1 }, { unique: true });
presenceSchema.index({ lastSeen: 1 });

export const PresenceModel = mongoose.model<PresenceDoc>('Presence', presenceSchema);
