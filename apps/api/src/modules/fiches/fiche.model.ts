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
  /** Incremented on every save and workflow transition (optimistic concurrency; = latest revision number). */
  revision: number;
  /** The French content being edited (equal to `published.content` when nothing is pending). */
  draft: FicheContent;
  published?: {
    content: FicheContent;
    revision: number;
    publishedAt: Date;
    units: PublishedUnit[];
    /** Set when the published version was taken offline (unpublish, archive, delete); cleared by publishing. */
    withdrawnAt?: Date;
  };
  // Editorial bookkeeping (modules/editorial).
  createdBy?: Types.ObjectId;
  /** Who made the last save or transition, and their display name (shown on a 409). */
  updatedBy?: { id: Types.ObjectId; name: string };
  /** Normalised title + brand + slug for the back-office substring search (no $text on our MongoDB subset). */
  searchText?: string;
  submittedAt?: Date;
  /** Comment of the last "changes requested". */
  reviewComment?: string;
  /** Last stale-content reminder sent to the organisation. */
  lastReminderAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** Lower-case, accent-free, single-spaced: what the back-office search compares (`Écoles` → `ecoles`). */
export function normalizeSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchTextOf(slug: string, content: Pick<FicheContent, 'title' | 'brandTitle'>): string {
  return normalizeSearch([content.title, content.brandTitle ?? '', slug].join(' | '));
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
          withdrawnAt: { type: Date, required: false },
        },
        { _id: false },
      ),
      required: false,
    },
    createdBy: { type: Schema.Types.ObjectId },
    updatedBy: {
      type: new Schema({ id: Schema.Types.ObjectId, name: String }, { _id: false }),
      required: false,
    },
    searchText: { type: String },
    submittedAt: { type: Date },
    reviewComment: { type: String },
    lastReminderAt: { type: Date },
  },
  { timestamps: true, minimize: false, collection: 'fiches' },
);
ficheSchema.index({ slug: 1 }, { unique: true });
ficheSchema.index({ status: 1, updatedAt: -1 });
ficheSchema.index({ organisationId: 1, status: 1 });

// Fiches created outside the editorial service (seed, fixtures) get their search text too.
ficheSchema.pre('save', function () {
  if (this.draft && (this.isNew || this.isModified('draft') || this.isModified('slug'))) {
    this.searchText = searchTextOf(this.slug, this.draft);
  }
});

export const FicheModel = mongoose.model<FicheDoc>('Fiche', ficheSchema);
