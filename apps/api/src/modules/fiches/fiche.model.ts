import mongoose, { Schema, type Types } from 'mongoose';
import type { FicheContent, FicheStatus } from '@reperes/shared';

/** Hash and last-change date of one French unit (header or section item) as last published. */
export interface PublishedUnit {
  id: string;
  hash: string;
  changedAt: Date;
}

export interface FicheDoc {
  _id: Types.ObjectId;
  slug: string;
  status: FicheStatus;
  organisationId?: Types.ObjectId;
  /** Incremented on every save (optimistic concurrency). */
  revision: number;
  /** The French content being edited (equal to `published.content` when nothing is pending). */
  draft: FicheContent;
  published?: {
    content: FicheContent;
    revision: number;
    publishedAt: Date;
    units: PublishedUnit[];
  };
  createdAt: Date;
  updatedAt: Date;
}

// Content is validated by the shared zod schema before it gets here; Mixed keeps the stored shape exactly.
const ficheSchema = new Schema<FicheDoc>(
  {
    slug: { type: String, required: true },
    status: { type: String, required: true },
    organisationId: { type: Schema.Types.ObjectId },
    revision: { type: Number, required: true, default: 0 },
    draft: { type: Schema.Types.Mixed, required: true },
    published: {
      type: new Schema(
        {
          content: { type: Schema.Types.Mixed, required: true },
          revision: { type: Number, required: true },
          publishedAt: { type: Date, required: true },
          units: [{ _id: false, id: String, hash: String, changedAt: Date }],
        },
        { _id: false },
      ),
      required: false,
    },
  },
  { timestamps: true, minimize: false, collection: 'fiches' },
);
ficheSchema.index({ slug: 1 }, { unique: true });
ficheSchema.index({ status: 1, updatedAt: -1 });

export const FicheModel = mongoose.model<FicheDoc>('Fiche', ficheSchema);
