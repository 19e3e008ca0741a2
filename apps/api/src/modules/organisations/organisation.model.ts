import mongoose, { Schema, type Types } from 'mongoose';
import type { ORGANISATION_KINDS } from '@reperes/shared';

export interface OrganisationDoc {
  _id: Types.ObjectId;
  name: string;
  /** Normalised name (lower case, no accents, single spaces): unique, so "Croix-Rouge" exists once. */
  nameKey: string;
  kind: (typeof ORGANISATION_KINDS)[number];
  website: string | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const organisationSchema = new Schema<OrganisationDoc>(
  {
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    kind: { type: String, required: true },
    website: { type: String, default: null },
    active: { type: Boolean, required: true, default: true },
  },
  { timestamps: true, minimize: false, collection: 'organisations' },
);
organisationSchema.index({ nameKey: 1 }, { unique: true });

export const OrganisationModel = mongoose.model<OrganisationDoc>('Organisation', organisationSchema);
