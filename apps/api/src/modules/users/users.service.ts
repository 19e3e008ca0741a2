import { Types } from 'mongoose';
import type {
  AdminUser,
  AuthUser,
  Invite,
  InviteAcceptRequest,
  InviteRequest,
  UserList,
  UserListQuery,
  UserUpdateRequest,
} from '@reperes/shared';
import type { Config } from '../../config.js';
import { AppError, notFound } from '../../errors/app-error.js';
import { audit, type AuditContext } from '../audit/audit.service.js';
import { consume } from '../../middleware/rate-limit.js';
import { randomToken, sha256 } from '../auth/crypto.js';
import { authLimits } from '../auth/limits.js';
import { assertStrongPassword, hashPassword } from '../auth/password.js';
import { revokeUserSessions } from '../auth/session.service.js';
import { sendMail } from '../mail/mail.service.js';
import { assertOrganisationsExist } from '../organisations/organisations.service.js';
import { InviteModel, type InviteDoc } from './invite.model.js';
import { UserModel, type UserDoc } from './user.model.js';

export const INVITE_TTL_MS = 7 * 24 * 3_600_000;
const DUPLICATE_KEY = 11000;

export function toAuthUser(u: UserDoc): AuthUser {
  return {
    id: String(u._id),
    email: u.email,
    name: u.name,
    roles: [...u.roles],
    languages: [...u.languages],
    organisationIds: u.organisationIds.map(String),
    totpEnabled: Boolean(u.totp?.enabled),
  };
}

function toAdminUser(u: UserDoc): AdminUser {
  return {
    ...toAuthUser(u),
    active: u.active,
    createdAt: u.createdAt.toISOString(),
    lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
  };
}

function toInvite(d: InviteDoc): Invite {
  return {
    id: String(d._id),
    email: d.email,
    name: d.name,
    roles: d.roles,
    languages: d.languages,
    organisationIds: d.organisationIds.map(String),
    invitedBy: d.invitedBy ? String(d.invitedBy) : null,
    createdAt: d.createdAt.toISOString(),
    expiresAt: d.expiresAt.toISOString(),
  };
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function listUsers(q: UserListQuery): Promise<UserList> {
  const filter: Record<string, unknown> = {};
  if (q.q) {
    const re = { $regex: escapeRegex(q.q), $options: 'i' };
    filter.$or = [{ email: re }, { name: re }];
  }
  if (q.role) filter.roles = q.role;
  if (q.language) filter.languages = q.language;
  if (q.organisationId) filter.organisationIds = new Types.ObjectId(q.organisationId);
  if (q.active !== undefined) filter.active = q.active;
  const [docs, total] = await Promise.all([
    UserModel.find(filter)
      .sort({ email: 1 })
      .skip((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .lean<UserDoc[]>(),
    UserModel.countDocuments(filter),
  ]);
  return { items: docs.map(toAdminUser), total, page: q.page, pageSize: q.pageSize };
}

export async function getUser(id: string): Promise<AdminUser> {
  const doc = await UserModel.findById(id).lean<UserDoc>();
  if (!doc) throw notFound('No such user.');
  return toAdminUser(doc);
}

/** Changes roles, languages, organisations or name. An admin cannot remove their own admin role. */
export async function updateUser(
  ctx: AuditContext,
  id: string,
  changes: UserUpdateRequest,
): Promise<AdminUser> {
  if (ctx.user?.id === id && changes.roles && !changes.roles.includes('admin')) {
    throw new AppError('SELF_LOCKOUT', 'You cannot remove your own admin role; ask another admin.');
  }
  const set: Record<string, unknown> = {};
  if (changes.name !== undefined) set.name = changes.name;
  if (changes.roles !== undefined) set.roles = [...new Set(changes.roles)];
  if (changes.languages !== undefined) set.languages = [...new Set(changes.languages)];
  if (changes.organisationIds !== undefined) {
    set.organisationIds = await assertOrganisationsExist(changes.organisationIds);
  }
  const before = await UserModel.findById(id).lean<UserDoc>();
  if (!before) throw notFound('No such user.');
  const merged = { roles: changes.roles ?? before.roles, languages: changes.languages ?? before.languages };
  if (merged.roles.some((r) => r === 'translator' || r === 'reviewer') && merged.languages.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'Translators and reviewers need at least one language.', {
      part: 'body',
      issues: [
        {
          path: 'languages',
          message: 'translators and reviewers need at least one language',
          code: 'custom',
        },
      ],
    });
  }
  const doc = await UserModel.findByIdAndUpdate(
    id,
    { $set: set },
    { returnDocument: 'after' },
  ).lean<UserDoc>();
  if (!doc) throw notFound('No such user.');
  await audit(
    ctx,
    'user.update',
    { type: 'user', id },
    {
      before: {
        name: before.name,
        roles: before.roles,
        languages: before.languages,
        organisationIds: before.organisationIds.map(String),
      },
      after: changes,
    },
  );
  return toAdminUser(doc);
}

/** Deactivates an account and signs it out everywhere at once. */
export async function deactivateUser(ctx: AuditContext, id: string): Promise<AdminUser> {
  if (ctx.user?.id === id) throw new AppError('SELF_LOCKOUT', 'You cannot deactivate your own account.');
  const doc = await UserModel.findByIdAndUpdate(
    id,
    { $set: { active: false } },
    { returnDocument: 'after' },
  ).lean<UserDoc>();
  if (!doc) throw notFound('No such user.');
  const revoked = await revokeUserSessions(doc._id);
  await audit(ctx, 'user.deactivate', { type: 'user', id }, { sessionsRevoked: revoked });
  return toAdminUser(doc);
}

export async function reactivateUser(ctx: AuditContext, id: string): Promise<AdminUser> {
  const doc = await UserModel.findByIdAndUpdate(
    id,
    { $set: { active: true } },
    { returnDocument: 'after' },
  ).lean<UserDoc>();
  if (!doc) throw notFound('No such user.');
  await audit(ctx, 'user.reactivate', { type: 'user', id });
  return toAdminUser(doc);
}

/** For a person who lost their authenticator: removes TOTP (they enrol again at next sign-in). */
export async function resetUserTotp(ctx: AuditContext, id: string): Promise<AdminUser> {
  const doc = await UserModel.findByIdAndUpdate(
    id,
    { $set: { totp: { enabled: false, recoveryCodes: [] } } },
    { returnDocument: 'after' },
  ).lean<UserDoc>();
  if (!doc) throw notFound('No such user.');
  const revoked = await revokeUserSessions(doc._id);
  await audit(ctx, 'user.totp_reset', { type: 'user', id }, { sessionsRevoked: revoked });
  return toAdminUser(doc);
}

// --- invitations ---------------------------------------------------------------------------------------

function inviteMail(
  config: Config,
  invite: { name: string; email: string },
  token: string,
  invitedBy?: string,
) {
  const link = `${config.PUBLIC_URL}/admin/accept-invite?token=${token}`;
  const text = [
    `Bonjour ${invite.name},`,
    '',
    `${invitedBy ?? 'Un administrateur'} vous invite à rejoindre l'espace de contribution de Repères.`,
    'Pour créer votre compte, ouvrez ce lien (valable 7 jours, une seule fois) :',
    '',
    link,
    '',
    "Si vous n'attendiez pas cette invitation, ignorez ce message.",
  ].join('\n');
  return { to: invite.email, subject: 'Invitation à contribuer à Repères', text };
}

/** Invites a person by email: a single-use link valid 7 days. A new invite replaces a pending one. */
export async function inviteUser(config: Config, ctx: AuditContext, input: InviteRequest): Promise<Invite> {
  if (await UserModel.exists({ email: input.email })) {
    throw new AppError('EMAIL_TAKEN', 'An account with this email already exists.');
  }
  const organisationIds = await assertOrganisationsExist(input.organisationIds);
  await InviteModel.deleteMany({ email: input.email, acceptedAt: null });
  const token = randomToken();
  const now = new Date();
  const invite = await InviteModel.create({
    tokenHash: sha256(token),
    email: input.email,
    name: input.name,
    roles: [...new Set(input.roles)],
    languages: [...new Set(input.languages)],
    organisationIds,
    invitedBy: ctx.user ? new Types.ObjectId(ctx.user.id) : null,
    createdAt: now,
    expiresAt: new Date(now.getTime() + INVITE_TTL_MS),
    acceptedAt: null,
  });
  const inviter = ctx.user
    ? await UserModel.findById(ctx.user.id, { name: 1 }).lean<Pick<UserDoc, 'name'>>()
    : null;
  await sendMail(config, inviteMail(config, input, token, inviter?.name));
  await audit(
    ctx,
    'user.invite',
    { type: 'invite', id: invite._id },
    { email: input.email, roles: input.roles },
  );
  return toInvite(invite.toObject());
}

export async function listInvites(now = new Date()): Promise<{ items: Invite[] }> {
  const docs = await InviteModel.find({ acceptedAt: null, expiresAt: { $gt: now } })
    .sort({ createdAt: -1 })
    .lean<InviteDoc[]>();
  return { items: docs.map(toInvite) };
}

export async function revokeInvite(ctx: AuditContext, id: string): Promise<void> {
  const { deletedCount } = await InviteModel.deleteOne({ _id: new Types.ObjectId(id), acceptedAt: null });
  if (deletedCount === 0) throw notFound('No such pending invitation.');
  await audit(ctx, 'invite.revoke', { type: 'invite', id });
}

const invalidToken = () => new AppError('INVALID_TOKEN', 'This link is invalid, expired or already used.');

/**
 * Creates the account of an invited person. The token is checked, then the password (a weak password does
 * not use the token up), then the token is claimed atomically: exactly one request can use it.
 */
export async function acceptInvite(
  config: Config,
  ctx: AuditContext,
  input: InviteAcceptRequest,
  now = new Date(),
): Promise<AuthUser> {
  await consume([[authLimits(config).tokenIp, ctx.ip ?? 'unknown']]);
  const tokenHash = sha256(input.token);
  const live = { tokenHash, acceptedAt: null, expiresAt: { $gt: now } };
  const pending = await InviteModel.findOne(live).lean<InviteDoc>();
  if (!pending) throw invalidToken();
  assertStrongPassword(input.password, [pending.email, input.name]);
  const passwordHash = await hashPassword(input.password);
  const invite = await InviteModel.findOneAndUpdate(
    live,
    { $set: { acceptedAt: now } },
    { returnDocument: 'after' },
  ).lean<InviteDoc>();
  if (!invite) throw invalidToken();
  let user;
  try {
    user = await UserModel.create({
      email: invite.email,
      name: input.name,
      passwordHash,
      roles: invite.roles,
      languages: invite.languages,
      organisationIds: invite.organisationIds,
      active: true,
      totp: { enabled: false, recoveryCodes: [] },
      passwordChangedAt: now,
    });
  } catch (err) {
    if ((err as { code?: number }).code === DUPLICATE_KEY) {
      throw new AppError('EMAIL_TAKEN', 'An account with this email already exists.');
    }
    throw err;
  }
  await InviteModel.updateOne({ _id: invite._id }, { $set: { userId: user._id } });
  await audit(
    ctx,
    'invite.accept',
    { type: 'user', id: user._id },
    { inviteId: String(invite._id) },
    { actorId: user._id },
  );
  return toAuthUser(user.toObject());
}
