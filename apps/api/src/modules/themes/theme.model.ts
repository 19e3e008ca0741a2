import mongoose, { Schema } from 'mongoose';
import type { Theme } from '@reperes/shared';

export type ThemeDoc = Omit<Theme, 'id'> & {
  _id: string;
  updatedAt: Date;
  /** Optimistic concurrency of the back-office writes (theme and its needs); absent on old documents = 0. */
  version?: number;
};

const themeSchema = new Schema<ThemeDoc>(
  {
    _id: { type: String, required: true },
    order: { type: Number, required: true },
    icon: { type: String, required: true },
    color: { type: String, required: true },
    names: { type: Schema.Types.Mixed, required: true },
    needs: { type: Schema.Types.Mixed, required: true },
    version: { type: Number, default: 0 },
  },
  { timestamps: { createdAt: false, updatedAt: true }, minimize: false, collection: 'themes' },
);
themeSchema.index({ order: 1 });

export const ThemeModel = mongoose.model<ThemeDoc>('Theme', themeSchema);
