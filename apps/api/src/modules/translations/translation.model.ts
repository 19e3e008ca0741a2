import mongoose, { Schema, type Types } from 'mongoose';
import type { LanguageCode, TranslationState } from '@reperes/shared';

export interface TranslationVersionDoc {
  title: string;
  body: string;
  /** Hash of the French unit this text was made from (re-stamped by a minor French edit). */
  sourceHash: string;
  /**
   * The French text this version was made from, for the diff shown when it becomes outdated. Absent on texts
   * stored before it was recorded (the seed corpus): the workspace then looks for it in the revisions.
   */
  sourceTitle?: string;
  sourceBody?: string;
  state: TranslationState;
  /** Who wrote the text (the translator; for an approved version, the translator of the approved text). */
  by?: Types.ObjectId;
  /** When the text or its state last changed (not touched by re-stamping): the unit's concurrency token. */
  at: Date;
  /** Produced by machine translation and not yet approved by a human (kept through edits until approval). */
  fromMachine?: boolean;
  /** Where the text came from when not typed in the workspace. */
  origin?: 'machine' | 'xliff';
  /** The reviewer's comment when changes were requested (working version only). */
  comment?: string;
  /** The reviewer who approved (approved version) or asked for changes (working version). */
  reviewedBy?: Types.ObjectId;
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
    sourceTitle: { type: String },
    sourceBody: { type: String },
    state: { type: String, required: true },
    by: { type: Schema.Types.ObjectId },
    at: { type: Date, required: true },
    fromMachine: { type: Boolean },
    origin: { type: String },
    comment: { type: String },
    reviewedBy: { type: Schema.Types.ObjectId },
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
