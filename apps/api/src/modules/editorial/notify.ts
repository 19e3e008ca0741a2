import { Types } from 'mongoose';
import type { RevisionEvent } from '@reperes/shared';
import type { FicheDoc } from '../fiches/fiche.model.js';
import { UserModel } from '../users/user.model.js';
import type { EditorialContext } from './context.js';

interface Recipient {
  email: string;
  name: string;
}

async function users(filter: Record<string, unknown>): Promise<Recipient[]> {
  return UserModel.find({ active: true, ...filter }, { email: 1, name: 1 }).lean<Recipient[]>();
}

/** The author of a fiche and the members of its organisation. */
export async function authorAndMembers(
  fiche: Pick<FicheDoc, 'createdBy' | 'organisationId'>,
): Promise<Recipient[]> {
  const or: Record<string, unknown>[] = [];
  if (fiche.createdBy) or.push({ _id: new Types.ObjectId(String(fiche.createdBy)) });
  if (fiche.organisationId) or.push({ organisationIds: new Types.ObjectId(String(fiche.organisationId)) });
  return or.length ? users({ $or: or }) : [];
}

const editors = () => users({ roles: 'editor' });

/** Sends one mail per recipient (never to the person acting); a failure is logged, not thrown. */
async function mailEach(
  ctx: EditorialContext,
  recipients: Recipient[],
  subject: string,
  text: (r: Recipient) => string,
): Promise<number> {
  const self = await UserModel.findById(ctx.actor.id, { email: 1 }).lean<{ email: string }>();
  const seen = new Set<string>(self ? [self.email] : []);
  let sent = 0;
  for (const r of recipients) {
    if (seen.has(r.email)) continue;
    seen.add(r.email);
    try {
      await ctx.sendMail({ to: r.email, subject, text: text(r) });
      sent += 1;
    } catch (err) {
      ctx.warn(err, `could not send "${subject}" to a recipient`);
    }
  }
  return sent;
}

const link = (ctx: EditorialContext, fiche: Pick<FicheDoc, '_id'>) =>
  `${ctx.publicUrl}/admin/fiches/${String(fiche._id)}`;

/** Emails the people involved in a workflow step (domain.md: editors approve; authors hear back). */
export async function notifyTransition(
  ctx: EditorialContext,
  fiche: FicheDoc,
  event: RevisionEvent,
  comment?: string,
): Promise<void> {
  const title = fiche.draft.title;
  const who = ctx.actor.name;
  const url = link(ctx, fiche);
  const quoted = comment ? `\n\n« ${comment} »` : '';
  switch (event) {
    case 'submitted':
      await mailEach(
        ctx,
        await editors(),
        `[Repères] Fiche à relire : ${title}`,
        (r) =>
          `Bonjour ${r.name},\n\n${who} a soumis la fiche « ${title} » pour relecture.${quoted}\n\n${url}\n`,
      );
      return;
    case 'changes_requested':
      await mailEach(
        ctx,
        await authorAndMembers(fiche),
        `[Repères] Modifications demandées : ${title}`,
        (r) =>
          `Bonjour ${r.name},\n\n${who} demande des modifications sur la fiche « ${title} » avant publication :${quoted}\n\n` +
          `Modifiez la fiche puis soumettez-la de nouveau : ${url}\n`,
      );
      return;
    case 'published':
    case 'published_minor':
      await mailEach(
        ctx,
        await authorAndMembers(fiche),
        `[Repères] Fiche publiée : ${title}`,
        (r) =>
          `Bonjour ${r.name},\n\nLa fiche « ${title} » a été publiée par ${who}. Elle est visible par le public.${quoted}\n\n${url}\n`,
      );
      return;
    case 'unpublished':
    case 'archived':
    case 'deleted': {
      const what = { unpublished: 'dépubliée', archived: 'archivée', deleted: 'supprimée' }[event];
      await mailEach(
        ctx,
        await authorAndMembers(fiche),
        `[Repères] Fiche ${what} : ${title}`,
        (r) => `Bonjour ${r.name},\n\nLa fiche « ${title} » a été ${what} par ${who}.${quoted}\n\n${url}\n`,
      );
      return;
    }
    default:
      return;
  }
}

/** The reminder that a public fiche has not been reviewed for a long time. Returns the number sent. */
export async function sendStaleReminder(
  ctx: EditorialContext,
  fiche: FicheDoc,
  days: number,
): Promise<number> {
  const title = fiche.draft.title;
  return mailEach(
    ctx,
    await authorAndMembers(fiche),
    `[Repères] Fiche à vérifier : ${title}`,
    (r) =>
      `Bonjour ${r.name},\n\nLa fiche « ${title} » n'a pas été mise à jour depuis ${days} jours. ` +
      `Les démarches et les dispositifs changent : merci de vérifier qu'elle est toujours exacte ` +
      `et de la mettre à jour si besoin.\n\n${link(ctx, fiche)}\n`,
  );
}
