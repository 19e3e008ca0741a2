import mongoose, { Schema, type Types } from 'mongoose';

/** The admins' setting: characters of machine translation allowed per calendar month (UTC). */
export interface BudgetSettingDoc {
  _id: 'budget';
  monthlyCharacters: number;
  updatedAt: Date;
  updatedBy?: Types.ObjectId;
}

/** Characters sent to the provider in one month (`_id` = `YYYY-MM`), counted atomically. */
export interface MachineUsageDoc {
  _id: string;
  characters: number;
}

export const BudgetSettingModel = mongoose.model<BudgetSettingDoc>(
  'TranslationBudgetSetting',
  new Schema<BudgetSettingDoc>(
    {
      _id: { type: String, required: true },
      monthlyCharacters: { type: Number, required: true },
      updatedAt: { type: Date, required: true },
      updatedBy: { type: Schema.Types.ObjectId },
    },
    { collection: 'translation_settings', versionKey: false },
  ),
);

export const MachineUsageModel = mongoose.model<MachineUsageDoc>(
  'MachineTranslationUsage',
  new Schema<MachineUsageDoc>(
    { _id: { type: String, required: true }, characters: { type: Number, required: true, default: 0 } },
    { collection: 'machine_translation_usage', versionKey: false },
  ),
);
