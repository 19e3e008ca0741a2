import type { BudgetInfo, TranslationBudgetBody } from '@reperes/shared';
import { TranslationError, type TranslationContext } from '../context.js';
import { oid } from '../units.js';
import { BudgetSettingModel, MachineUsageModel } from './budget.model.js';

const monthOf = (at: Date) => at.toISOString().slice(0, 7);
const nextMonth = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));

async function monthlyLimit(): Promise<number> {
  const setting = await BudgetSettingModel.findById('budget').lean();
  // Spending needs a decision: nothing is allowed until an admin sets a budget.
  return setting?.monthlyCharacters ?? 0;
}

export async function budgetInfo(at = new Date()): Promise<BudgetInfo> {
  const month = monthOf(at);
  const [limit, usage] = await Promise.all([monthlyLimit(), MachineUsageModel.findById(month).lean()]);
  const used = usage?.characters ?? 0;
  return {
    monthlyCharacters: limit,
    used,
    remaining: Math.max(0, limit - used),
    month,
    resetsAt: nextMonth(at).toISOString(),
  };
}

/**
 * Reserves `characters` of this month's budget before calling the provider, atomically: one guarded update
 * of the month's counter (`characters <= limit - n`), so concurrent requests on any API replica can never
 * spend more than the limit together. Throws TRANSLATION_BUDGET_EXHAUSTED when it does not fit.
 */
export async function reserveCharacters(characters: number, at = new Date()): Promise<() => Promise<void>> {
  const month = monthOf(at);
  const limit = await monthlyLimit();
  try {
    await MachineUsageModel.updateOne({ _id: month }, { $setOnInsert: { characters: 0 } }, { upsert: true });
  } catch (err) {
    if ((err as { code?: number }).code !== 11000) throw err; // another request created it first
  }
  const reserved = await MachineUsageModel.findOneAndUpdate(
    { _id: month, characters: { $lte: limit - characters } },
    { $inc: { characters } },
    { returnDocument: 'after' },
  ).lean();
  if (!reserved) {
    const info = await budgetInfo(at);
    throw new TranslationError(
      'TRANSLATION_BUDGET_EXHAUSTED',
      info.monthlyCharacters === 0
        ? 'No machine translation budget is set: an admin sets one in the back-office.'
        : `This month's machine translation budget is spent (${info.used} of ${info.monthlyCharacters} characters; ${characters} needed).`,
      { ...info, requested: characters },
    );
  }
  let refunded = false;
  return async () => {
    if (refunded) return;
    refunded = true;
    await MachineUsageModel.updateOne({ _id: month }, { $inc: { characters: -characters } });
  };
}

/** PUT /admin/translation-budget (admins). */
export async function setBudget(ctx: TranslationContext, body: TranslationBudgetBody): Promise<BudgetInfo> {
  const before = await monthlyLimit();
  await BudgetSettingModel.updateOne(
    { _id: 'budget' },
    {
      $set: {
        monthlyCharacters: body.monthlyCharacters,
        updatedAt: new Date(),
        updatedBy: oid(ctx.actor.id),
      },
    },
    { upsert: true },
  );
  await ctx.audit('translation.budget_set', 'budget', { from: before, to: body.monthlyCharacters });
  return budgetInfo();
}
