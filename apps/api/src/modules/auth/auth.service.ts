import type { Logger } from 'pino';
import type {
  LoginRequest,
  PasswordChangeRequest,
  PasswordResetConfirm,
  SessionInfo,
  SessionSummary,
  TotpEnableResponse,
  TotpSetupResponse,
  TotpVerifyRequest,
} from '@reperes/shared';
import { requiresTotp } from '@reperes/shared';
import type { Config } from '../../config.js';
import { AppError } from '../../errors/app-error.js';
import { clearHits, consume } from '../../middleware/rate-limit.js';
import type { RequestSession } from '../../middleware/session.js';
import { audit, type AuditContext } from '../audit/audit.service.js';
import { sendMail } from '../mail/mail.service.js';
import { UserModel, type UserDoc } from '../users/user.model.js';
import { toAuthUser } from '../users/users.service.js';
import { authLimits } from './limits.js';
import { keyedHash, randomToken, seal, sha256, unseal } from './crypto.js';
import { assertStrongPassword, dummyVerify, hashPassword, needsRehash, verifyPassword } from './password.js';
import { PasswordResetModel, type PasswordResetDoc } from './password-reset.model.js';
import type { SessionDoc } from './session.model.js';
import {
  createSession,
  deleteSession,
  listUserSessions,
  pruneExpiredSessions,
  revokeListedSession,
  revokeUserSessions,
  rotateSession,
} from './session.service.js';
import { SessionModel } from './session.model.js';
import { checkTotpCode, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode } from './totp.js';

export const RESET_TTL_MS = 3_600_000;

/** Who is calling, as the auth services need it. An Express request fits. */
export interface ClientContext extends AuditContext {
  ip?: string | undefined;
  session?: RequestSession | undefined;
  get?(header: 'user-agent'): string | undefined;
  log?: Logger;
}

export interface SessionResult {
  /** The new cookie value. */
  token: string;
  info: SessionInfo;
}

const aadOf = (userId: unknown) => `user:${String(userId)}`;

export function sessionInfoOf(
  user: UserDoc,
  session: Pick<SessionDoc, 'totpPending' | 'csrfToken'>,
): SessionInfo {
  if (session.totpPending) return { user: null, totpRequired: true, csrfToken: session.csrfToken };
  const authUser = toAuthUser(user);
  const enrol = requiresTotp(authUser.roles) && !authUser.totpEnabled;
  return { user: authUser, csrfToken: session.csrfToken, ...(enrol ? { totpEnrolmentRequired: true } : {}) };
}

/** `GET /auth/session`: from what the session middleware already loaded (no query). */
export function currentSessionInfo(ctx: {
  session?: RequestSession | undefined;
  user?: SessionInfo['user'] | undefined;
}): SessionInfo {
  const s = ctx.session;
  if (!s) return { user: null };
  if (s.totpPending) return { user: null, totpRequired: true, csrfToken: s.csrfToken };
  return {
    user: ctx.user ?? null,
    csrfToken: s.csrfToken,
    ...(s.totpEnrolmentRequired ? { totpEnrolmentRequired: true } : {}),
  };
}

const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 'Wrong email or password.');

/**
 * Signs in with email and password. Unknown email, wrong password and deactivated account give the same
 * answer after the same work (a dummy argon2 verification when there is no account): no enumeration.
 * Throttled per IP and per email before any verification. With TOTP enrolled, the new session waits for
 * the code (`totpRequired`); a privileged role without TOTP gets a session limited to enrolment.
 */
export async function login(config: Config, ctx: ClientContext, input: LoginRequest): Promise<SessionResult> {
  const authenticatedAt = new Date();
  const limits = authLimits(config);
  await consume([
    [limits.loginIp, ctx.ip ?? 'unknown'],
    [limits.loginAccount, input.email],
  ]);
  const user = await UserModel.findOne({ email: input.email }).lean<UserDoc>();
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await dummyVerify(input.password);
  if (!user || !passwordOk || !user.active) {
    ctx.log?.info({ event: 'login_failed' }, 'sign-in refused');
    throw invalidCredentials();
  }
  await clearHits(limits.loginAccount, input.email);
  if (needsRehash(user.passwordHash)) {
    await UserModel.updateOne(
      { _id: user._id },
      { $set: { passwordHash: await hashPassword(input.password) } },
    );
  }
  if (ctx.session) await deleteSession(ctx.session.id);
  await pruneExpiredSessions(config, user._id);
  const totpPending = Boolean(user.totp?.enabled);
  const { token, session } = await createSession(config, {
    userId: user._id,
    totpPending,
    authenticatedAt,
    ip: ctx.ip,
    userAgent: ctx.get?.('user-agent'),
  });
  if (!totpPending) {
    await UserModel.updateOne({ _id: user._id }, { $set: { lastLoginAt: authenticatedAt } });
    await audit(ctx, 'auth.login', { type: 'user', id: user._id }, { totp: false }, { actorId: user._id });
  }
  return { token, info: sessionInfoOf(user, session) };
}

/** Accepts the code once: guarded so two requests with the same code cannot both pass (replay). */
async function acceptTotpCode(config: Config, user: UserDoc, code: string): Promise<boolean> {
  if (!user.totp?.enabled || !user.totp.secret) return false;
  const secret = unseal(config.SECRET_KEY, user.totp.secret, aadOf(user._id));
  const step = await checkTotpCode(secret, code, user.totp.lastStep);
  if (step === null) return false;
  const res = await UserModel.updateOne(
    { _id: user._id, 'totp.lastStep': { $not: { $gte: step } } },
    { $set: { 'totp.lastStep': step } },
  );
  return res.modifiedCount === 1;
}

/** Uses up one recovery code (atomic `$pull`: a code works once, even under concurrent requests). */
async function acceptRecoveryCode(config: Config, user: UserDoc, code: string): Promise<boolean> {
  const hash = keyedHash(config.SECRET_KEY, 'recovery-code', normaliseRecoveryCode(code));
  const updated = await UserModel.findOneAndUpdate(
    { _id: user._id, 'totp.enabled': true, 'totp.recoveryCodes': hash },
    { $pull: { 'totp.recoveryCodes': hash } },
    { returnDocument: 'after' },
  ).lean<UserDoc>();
  return updated !== null;
}

/** Second step of sign-in: a TOTP code or a recovery code. The session is replaced by a fresh one. */
export async function verifySecondFactor(
  config: Config,
  ctx: ClientContext,
  input: TotpVerifyRequest,
): Promise<SessionResult> {
  const pending = ctx.session;
  if (!pending?.totpPending) {
    throw new AppError(
      'UNAUTHENTICATED',
      'No sign-in is waiting for a code: sign in with your password first.',
    );
  }
  await consume([[authLimits(config).secondFactor, pending.userId]]);
  const user = await UserModel.findById(pending.userId).lean<UserDoc>();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  const viaRecovery = 'recoveryCode' in input;
  const ok = viaRecovery
    ? await acceptRecoveryCode(config, user, input.recoveryCode)
    : await acceptTotpCode(config, user, input.code);
  if (!ok) throw new AppError('INVALID_TOTP_CODE', 'This code is not valid. Check the time on your phone.');
  await clearHits(authLimits(config).secondFactor, pending.userId);
  const { token, session } = await rotateSession(config, pending.doc, { totpPending: false });
  const now = new Date();
  await UserModel.updateOne({ _id: user._id }, { $set: { lastLoginAt: now } });
  const fresh = (await UserModel.findById(user._id).lean<UserDoc>()) ?? user;
  await audit(
    ctx,
    'auth.login',
    { type: 'user', id: user._id },
    viaRecovery
      ? { totp: true, recoveryCode: true, recoveryCodesLeft: fresh.totp.recoveryCodes.length }
      : { totp: true },
    { actorId: user._id },
  );
  return { token, info: sessionInfoOf(fresh, session) };
}

export async function logout(ctx: ClientContext): Promise<void> {
  if (ctx.session) await deleteSession(ctx.session.id);
}

/** Starts TOTP enrolment: a new seed, kept sealed as `pendingSecret` until a first code confirms it. */
export async function setupTotp(config: Config, userId: string): Promise<TotpSetupResponse> {
  const user = await UserModel.findById(userId).lean<UserDoc>();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  if (user.totp?.enabled) throw new AppError('TOTP_ALREADY_ENABLED', 'Two-step verification is already on.');
  const { secret, otpauthUri } = newTotpSecret(user.email);
  await UserModel.updateOne(
    { _id: user._id, 'totp.enabled': { $ne: true } },
    { $set: { 'totp.pendingSecret': seal(config.SECRET_KEY, secret, aadOf(user._id)) } },
  );
  return { secret, otpauthUri };
}

/** Confirms enrolment with a first code; answers the ten recovery codes, shown this once. */
export async function enableTotp(
  config: Config,
  ctx: ClientContext,
  userId: string,
  code: string,
): Promise<TotpEnableResponse> {
  await consume([[authLimits(config).secondFactor, userId]]);
  const user = await UserModel.findById(userId).lean<UserDoc>();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  if (user.totp?.enabled) throw new AppError('TOTP_ALREADY_ENABLED', 'Two-step verification is already on.');
  const sealed = user.totp?.pendingSecret;
  if (!sealed) throw new AppError('TOTP_NOT_SET_UP', 'Start the set-up first (POST /auth/totp/setup).');
  const step = await checkTotpCode(unseal(config.SECRET_KEY, sealed, aadOf(user._id)), code);
  if (step === null)
    throw new AppError('INVALID_TOTP_CODE', 'This code is not valid. Check the time on your phone.');
  const recoveryCodes = newRecoveryCodes();
  const updated = await UserModel.findOneAndUpdate(
    { _id: user._id, 'totp.enabled': { $ne: true }, 'totp.pendingSecret': sealed },
    {
      $set: {
        totp: {
          secret: sealed,
          enabled: true,
          enabledAt: new Date(),
          lastStep: step,
          recoveryCodes: recoveryCodes.map((c) =>
            keyedHash(config.SECRET_KEY, 'recovery-code', normaliseRecoveryCode(c)),
          ),
        },
      },
    },
    { returnDocument: 'after' },
  ).lean<UserDoc>();
  if (!updated) throw new AppError('CONFLICT', 'The set-up changed meanwhile; start again.');
  await clearHits(authLimits(config).secondFactor, userId);
  await audit(ctx, 'auth.totp_enable', { type: 'user', id: user._id });
  return { recoveryCodes };
}

/** Sets a new password and record when, so every other session becomes void at once. */
async function setPassword(userId: UserDoc['_id'], password: string, now: Date): Promise<void> {
  await UserModel.updateOne(
    { _id: userId },
    { $set: { passwordHash: await hashPassword(password), passwordChangedAt: now } },
  );
  await PasswordResetModel.deleteMany({ userId, usedAt: null });
}

/** Changes the password of the signed-in person; their other sessions are revoked, this one stays. */
export async function changePassword(
  config: Config,
  ctx: ClientContext,
  input: PasswordChangeRequest,
): Promise<void> {
  const session = ctx.session;
  if (!session) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  await consume([[authLimits(config).passwordChange, session.userId]]);
  const user = await UserModel.findById(session.userId).lean<UserDoc>();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('WRONG_PASSWORD', 'The current password is not right.');
  }
  assertStrongPassword(input.newPassword, [user.email, user.name]);
  const now = new Date();
  // This session first: it must never look older than the new password, even for a concurrent request.
  await SessionModel.updateOne({ _id: session.id }, { $set: { authenticatedAt: now } });
  await setPassword(user._id, input.newPassword, now);
  const revoked = await revokeUserSessions(user._id, session.id);
  await clearHits(authLimits(config).passwordChange, session.userId);
  await audit(ctx, 'auth.password_change', { type: 'user', id: user._id }, { sessionsRevoked: revoked });
}

function resetMail(config: Config, user: UserDoc, token: string) {
  const link = `${config.PUBLIC_URL}/admin/reset-password?token=${token}`;
  const text = [
    `Bonjour ${user.name},`,
    '',
    'Pour choisir un nouveau mot de passe Repères, ouvrez ce lien (valable 1 heure, une seule fois) :',
    '',
    link,
    '',
    "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.",
  ].join('\n');
  return { to: user.email, subject: 'Repères : nouveau mot de passe', text };
}

/**
 * Emails a reset link when the address belongs to an active account. The answer is the same either way and
 * comes before the work (lookup, token, mail), so neither its content nor its timing tells who has an
 * account. Throttled per address and per IP.
 */
export async function requestPasswordReset(config: Config, ctx: ClientContext, email: string): Promise<void> {
  const limits = authLimits(config);
  await consume([
    [limits.resetIp, ctx.ip ?? 'unknown'],
    [limits.resetEmail, email],
  ]);
  const work = async () => {
    const user = await UserModel.findOne({ email, active: true }).lean<UserDoc>();
    if (!user) return;
    const token = randomToken();
    const now = new Date();
    await PasswordResetModel.deleteMany({ userId: user._id, usedAt: null });
    await PasswordResetModel.create({
      tokenHash: sha256(token),
      userId: user._id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_TTL_MS),
      usedAt: null,
    });
    await sendMail(config, resetMail(config, user, token));
    await audit(ctx, 'auth.password_reset_request', { type: 'user', id: user._id }, null, { actorId: null });
  };
  work().catch((err: unknown) => ctx.log?.error({ err }, 'password reset mail failed'));
}

const invalidToken = () => new AppError('INVALID_TOKEN', 'This link is invalid, expired or already used.');

/** Sets a new password from an emailed link (single use, 1 hour); signs the account out everywhere. */
export async function confirmPasswordReset(
  config: Config,
  ctx: ClientContext,
  input: PasswordResetConfirm,
  now = new Date(),
): Promise<void> {
  await consume([[authLimits(config).tokenIp, ctx.ip ?? 'unknown']]);
  const live = { tokenHash: sha256(input.token), usedAt: null, expiresAt: { $gt: now } };
  const reset = await PasswordResetModel.findOne(live).lean<PasswordResetDoc>();
  if (!reset) throw invalidToken();
  const user = await UserModel.findById(reset.userId).lean<UserDoc>();
  if (!user?.active) throw invalidToken();
  assertStrongPassword(input.newPassword, [user.email, user.name]);
  const claimed = await PasswordResetModel.findOneAndUpdate(
    live,
    { $set: { usedAt: now } },
    { returnDocument: 'after' },
  ).lean<PasswordResetDoc>();
  if (!claimed) throw invalidToken();
  await setPassword(user._id, input.newPassword, now);
  const revoked = await revokeUserSessions(user._id);
  await clearHits(authLimits(config).loginAccount, user.email);
  await audit(
    ctx,
    'auth.password_reset',
    { type: 'user', id: user._id },
    { sessionsRevoked: revoked },
    { actorId: user._id },
  );
}

export function listSessions(config: Config, ctx: ClientContext): Promise<SessionSummary[]> {
  const s = ctx.session;
  if (!s) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return listUserSessions(config, s.userId, s.id);
}

/** Revokes one of the person's sessions; tells whether it was the current one (then the cookie goes too). */
export async function revokeSession(ctx: ClientContext, listedId: string): Promise<{ current: boolean }> {
  const s = ctx.session;
  if (!s) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  const current = sha256(s.id).slice(0, 32) === listedId;
  if (!(await revokeListedSession(s.userId, listedId))) throw new AppError('NOT_FOUND', 'No such session.');
  await audit(ctx, 'auth.session_revoke', { type: 'user', id: s.userId }, { current });
  return { current };
}
