import mongoose from 'mongoose';
import { FeedbackModel } from '../../../api/src/modules/feedback/feedback.model';
import { FicheModel } from '../../../api/src/modules/fiches/fiche.model';
import { publishFiche } from '../../../api/src/modules/fiches/publish.service';

/**
 * Direct database access for browser tests, through the API's own models (like apps/api/bench): change
 * and publish a fiche as an editor would, read what readers sent. Connects, acts, disconnects.
 */
async function withDatabase<T>(mongoUri: string, act: () => Promise<T>): Promise<T> {
  await mongoose.connect(mongoUri, { serverSelectionTimeoutMS: 10_000 });
  try {
    return await act();
  } finally {
    await mongoose.disconnect();
  }
}

/** Replaces the French "C'est quoi ?" text of a published fiche and publishes it again; returns its id. */
export function changeAndPublish(mongoUri: string, slug: string, whatBody: string): Promise<string> {
  return withDatabase(mongoUri, async () => {
    const fiche = await FicheModel.findOne({ slug }, { _id: 1 }).lean();
    if (!fiche) throw new Error(`no fiche ${slug}`);
    await FicheModel.updateOne({ _id: fiche._id }, { $set: { 'draft.sections.what.body': whatBody } });
    await publishFiche(fiche._id);
    return String(fiche._id);
  });
}

/** Reader reports stored with this comment. */
export function feedbackWithComment(mongoUri: string, comment: string) {
  return withDatabase(mongoUri, () =>
    FeedbackModel.find({ comment }, { clientId: 1, kind: 1, lang: 1, slug: 1 }).lean(),
  );
}
