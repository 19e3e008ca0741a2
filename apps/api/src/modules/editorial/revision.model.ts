import mongoose, { Schema, type Types } from 'mongoose';
import type { FicheContent, FicheStatus, RevisionEvent } from '@reperes/shared';

/**
 * One immutable revision of a fiche: every save and every workflow transition appends one, numbered like
 * the fiche's `revision` counter right after it. Never updated, never deleted (the model refuses to).
 */
export interface RevisionDoc {
  _id: Types.ObjectId;
  ficheId: Types.ObjectId;
  number: number;
  event: RevisionEvent;
  /** Snapshot of the French draft after the event. */
  content: FicheContent;
  /** Status of the fiche after the event. */
  status: FicheStatus;
  authorId?: Types.ObjectId;
  /** Display name at the time (people may be renamed or removed later). */
  authorName?: string;
  at: Date;
  comment?: string;
  /** For a revision restore: the revision whose content was brought back. */
  restoredFrom?: number;
}

const revisionSchema = new Schema<RevisionDoc>(
  {
    ficheId: { type: Schema.Types.ObjectId, required: true },
    number: { type: Number, required: true },
    event: { type: String, required: true },
    content: { type: Schema.Types.Mixed, required: true },
    status: { type: String, required: true },
    authorId: { type: Schema.Types.ObjectId },
    authorName: { type: String },
    at: { type: Date, required: true },
    comment: { type: String },
    restoredFrom: { type: Number },
  },
  { collection: 'revisions', versionKey: false, minimize: false },
);
revisionSchema.index({ ficheId: 1, number: 1 }, { unique: true });

const refuse = () => {
  throw new Error('revisions are immutable');
};
revisionSchema.pre(
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

export const RevisionModel = mongoose.model<RevisionDoc>('Revision', revisionSchema);
