import mongoose, { Schema, type Types } from 'mongoose';

/** One security or administration event. Append-only: the model refuses updates and deletes. */
export interface AuditDoc {
  _id: Types.ObjectId;
  at: Date;
  actorId: Types.ObjectId | null;
  action: string;
  targetType: string;
  targetId: string | null;
  details: unknown;
  requestId?: string;
  ip?: string;
}

const auditSchema = new Schema<AuditDoc>(
  {
    at: { type: Date, required: true },
    actorId: { type: Schema.Types.ObjectId, default: null },
    action: { type: String, required: true },
    targetType: { type: String, required: true },
    targetId: { type: String, default: null },
    details: { type: Schema.Types.Mixed, default: null },
    requestId: String,
    ip: String,
  },
  { collection: 'audit', versionKey: false, minimize: false },
);
auditSchema.index({ targetType: 1, targetId: 1, at: -1 });
auditSchema.index({ actorId: 1, at: -1 });
auditSchema.index({ at: -1 });

const refuse = () => {
  throw new Error('the audit log is append-only');
};
auditSchema.pre(
  [
    'updateOne',
    'updateMany',
    'findOneAndUpdate',
    'replaceOne',
    'findOneAndReplace',
    'deleteOne',
    'deleteMany',
    'findOneAndDelete',
  ],
  refuse,
);

export const AuditModel = mongoose.model<AuditDoc>('Audit', auditSchema);
