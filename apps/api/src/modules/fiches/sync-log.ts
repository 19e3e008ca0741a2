import mongoose, { Schema, type Types } from 'mongoose';
import type { LanguageCode } from '@reperes/shared';

/**
 * The change sequence behind delta syncs of language packs. Every write of reader documents that changes
 * what a device must hold takes the next number: changed documents carry it (`ResolvedDoc.seq`), and a
 * removed document leaves a small marker with it. A device that synced up to N asks for what is above N.
 * Numbers come from one atomic counter, so two API replicas never hand out the same one; a writer that
 * commits late with a lower number is caught by the pack hash the device checks after each delta.
 */
interface SeqCounter {
  _id: string;
  n: number;
}

const counterSchema = new Schema<SeqCounter>(
  { _id: { type: String, required: true }, n: { type: Number, required: true } },
  { collection: 'counters', versionKey: false },
);
const CounterModel = mongoose.model<SeqCounter>('Counter', counterSchema);

export async function nextSyncSeq(): Promise<number> {
  const doc = await CounterModel.findOneAndUpdate(
    { _id: 'pack-sync' },
    { $inc: { n: 1 } },
    { upsert: true, returnDocument: 'after' },
  ).lean<SeqCounter>();
  if (!doc) throw new Error('sync counter not written');
  return doc.n;
}

/** A reader document that no longer exists (fiche unpublished, archived or deleted). */
export interface RemovalDoc {
  /** `<ficheId>:<lang>`, like the reader document it replaces. */
  _id: string;
  ficheId: Types.ObjectId;
  lang: LanguageCode;
  seq: number;
}

const removalSchema = new Schema<RemovalDoc>(
  {
    _id: { type: String, required: true },
    ficheId: { type: Schema.Types.ObjectId, required: true },
    lang: { type: String, required: true },
    seq: { type: Number, required: true },
  },
  { collection: 'resolved_removals', versionKey: false },
);
removalSchema.index({ lang: 1, seq: 1 });

export const RemovalModel = mongoose.model<RemovalDoc>('ResolvedRemoval', removalSchema);
