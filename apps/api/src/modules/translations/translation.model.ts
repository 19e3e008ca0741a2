import mongoose, { Schema, type Types } from 'mongoose';
import type { LanguageCode, TranslationState } from '@reperes/shared';

export interface TranslationVersionDoc {
  title: string;
  body: string;
  sourceHash: string;
  state: TranslationState;
  by?: Types.ObjectId;
  at: Date;
}

export interface TranslationDoc {
  _id: Types.ObjectId;
  ficheId: Types.ObjectId;
  lang: LanguageCode;
  unitId: string;
  /** The text readers see: the last approved one, even when it has become outdated. */
  approved?: TranslationVersionDoc;
  /** Work in progress (machine, draft or in review); readers never see it. */
  working?: TranslationVersionDoc;
  updatedAt: Date;
  createdAt: Date;
}

const versionSchema = new Schema<TranslationVersionDoc>(
  {
    title: { type: String, default: '' },
    body: { type: String, default: '' },
    sourceHash: { type: String, required: true },
    state: { type: String, required: true },
    by: { type: Schema.Types.ObjectId },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const translationSchema = new Schema<TranslationDoc>(
  {
    ficheId: { type: Schema.Types.ObjectId, required: true },
    lang: { type: String, required: true },
    unitId: { type: String, required: true },
    approved: { type: versionSchema, required: false },
    working: { type: versionSchema, required: false },
  },
  { timestamps: true, collection: 'translations' },
);
translationSchema.index({ ficheId: 1, lang: 1, unitId: 1 }, { unique: true });
translationSchema.index({ lang: 1, 'working.state': 1 });

export const TranslationModel = mongoose.model<TranslationDoc>('Translation', translationSchema);
