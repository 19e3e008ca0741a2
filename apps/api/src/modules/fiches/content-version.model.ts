import mongoose, { Schema } from 'mongoose';

/** One counter per kind of public content, bumped after every change of the reader documents. */
export interface ContentVersionDoc {
  _id: string;
  /** Random, set when the counter is created: a wiped and re-created database never reuses a version. */
  epoch: string;
  version: number;
}

const contentVersionSchema = new Schema<ContentVersionDoc>(
  {
    _id: { type: String, required: true },
    epoch: { type: String, required: true },
    version: { type: Number, required: true, default: 0 },
  },
  { collection: 'content_versions', versionKey: false },
);

export const ContentVersionModel = mongoose.model<ContentVersionDoc>('ContentVersion', contentVersionSchema);
