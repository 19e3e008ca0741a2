import mongoose, { Schema, type Types } from 'mongoose';
import type { FicheSummary, FicheType, LanguageCode } from '@reperes/shared';

/** Fields the public list filters on, flattened from the published content. `*` means "any". */
export interface ResolvedFacets {
  themes: string[];
  needs: string[];
  type: FicheType;
  departments: string[];
  ageMin: number;
  ageMax: number;
  frenchLevels: string[];
  legalStatuses: string[];
}

/**
 * The reader document of one published fiche in one language, computed at publish time so reads never
 * render markdown: the JSON is stored ready to send, with its content hash (the strong ETag).
 */
export interface ResolvedDoc {
  _id: string;
  ficheId: Types.ObjectId;
  lang: LanguageCode;
  slug: string;
  hash: string;
  json: string;
  /** Length of `json` in bytes, for the pack size shown before a download. */
  size: number;
  summary: FicheSummary;
  facets: ResolvedFacets;
  updatedAt: Date;
  /** Change sequence number of the last write that changed `hash` (sync-log.ts); 0 before it existed. */
  seq: number;
}

const resolvedSchema = new Schema<ResolvedDoc>(
  {
    _id: { type: String, required: true },
    ficheId: { type: Schema.Types.ObjectId, required: true },
    lang: { type: String, required: true },
    slug: { type: String, required: true },
    hash: { type: String, required: true },
    json: { type: String, required: true },
    size: { type: Number, required: true },
    summary: { type: Schema.Types.Mixed, required: true },
    facets: { type: Schema.Types.Mixed, required: true },
    updatedAt: { type: Date, required: true },
    seq: { type: Number, required: true, default: 0 },
  },
  { collection: 'resolved', minimize: false, versionKey: false },
);
resolvedSchema.index({ lang: 1, slug: 1 }, { unique: true });
resolvedSchema.index({ lang: 1, updatedAt: -1 });
resolvedSchema.index({ ficheId: 1 });
resolvedSchema.index({ lang: 1, seq: 1 });

export const ResolvedModel = mongoose.model<ResolvedDoc>('Resolved', resolvedSchema);
