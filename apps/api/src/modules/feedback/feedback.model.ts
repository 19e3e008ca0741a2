import mongoose, { Schema, type Types } from 'mongoose';
import type { FeedbackKind, LanguageCode } from '@reperes/shared';

/**
 * A reader's report. Deliberately no personal data: no account, no IP address, no device id beyond the
 * random per-report `clientId`; e-mail addresses and phone numbers typed in a comment are masked before
 * storage (feedback.service.ts).
 */
export interface FeedbackDoc {
  _id: Types.ObjectId;
  kind: FeedbackKind;
  status: 'open' | 'done';
  ficheId?: Types.ObjectId;
  slug?: string;
  itemId?: string;
  lang: LanguageCode;
  comment?: string;
  query?: string;
  /** Random UUID drawn by the device per report: a report queued offline and retried is stored once. */
  clientId: string;
  handledAt?: Date;
  handledBy?: { id: Types.ObjectId; name: string };
  createdAt: Date;
  updatedAt: Date;
}

const feedbackSchema = new Schema<FeedbackDoc>(
  {
    kind: { type: String, required: true },
    status: { type: String, required: true, default: 'open' },
    ficheId: { type: Schema.Types.ObjectId },
    slug: { type: String },
    itemId: { type: String },
    lang: { type: String, required: true },
    comment: { type: String },
    query: { type: String },
    clientId: { type: String, required: true },
    handledAt: { type: Date },
    handledBy: {
      type: new Schema({ id: Schema.Types.ObjectId, name: String }, { _id: false }),
      required: false,
    },
  },
  { collection: 'feedback', timestamps: true, versionKey: false },
);
feedbackSchema.index({ clientId: 1 }, { unique: true });
feedbackSchema.index({ status: 1, kind: 1, createdAt: -1 });
feedbackSchema.index({ ficheId: 1, createdAt: -1 });

export const FeedbackModel = mongoose.model<FeedbackDoc>('Feedback', feedbackSchema);
