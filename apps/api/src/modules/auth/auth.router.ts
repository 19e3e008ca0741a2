import { Router, type Response } from 'express';
import { z } from 'zod';
import {
  inviteAcceptRequestSchema,
  loginRequestSchema,
  passwordChangeRequestSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  totpEnableRequestSchema,
  totpVerifyRequestSchema,
  type InviteAcceptRequest,
  type LoginRequest,
  type PasswordChangeRequest,
  type PasswordResetConfirm,
  type PasswordResetRequest,
  type TotpEnableRequest,
  type TotpVerifyRequest,
} from '@reperes/shared';
import type { Config } from '../../config.js';
import { signedInUser } from '../../middleware/authorize.js';
import { clearSessionCookie, setSessionCookie } from '../../middleware/session.js';
import { input, validate } from '../../middleware/validate.js';
import { acceptInvite } from '../users/users.service.js';
import {
  changePassword,
  confirmPasswordReset,
  currentSessionInfo,
  enableTotp,
  listSessions,
  login,
  logout,
  requestPasswordReset,
  revokeSession,
  setupTotp,
  verifySecondFactor,
  type SessionResult,
} from './auth.service.js';

const noBody = z.strictObject({});
const sessionParams = z.strictObject({ id: z.string().regex(/^[a-f0-9]{32}$/) });

/** Nothing about accounts is ever cached by a browser or a proxy. */
function noStore(res: Response): Response {
  return res.set('Cache-Control', 'no-store');
}

function sendSession(res: Response, config: Config, { token, info }: SessionResult): void {
  setSessionCookie(res, config, token);
  noStore(res).json(info);
}

/** Mounted at /api/v1/auth. */
export function authRouter(config: Config): Router {
  const router = Router();

  router.get('/session', (req, res) => {
    noStore(res).json(currentSessionInfo(req));
  });
  router.post('/login', validate({ body: loginRequestSchema }), async (req, res) => {
    sendSession(res, config, await login(config, req, input<LoginRequest>(req, 'body')));
  });
  router.post('/totp/verify', validate({ body: totpVerifyRequestSchema }), async (req, res) => {
    sendSession(res, config, await verifySecondFactor(config, req, input<TotpVerifyRequest>(req, 'body')));
  });
  router.post('/logout', async (req, res) => {
    const hadSession = Boolean(req.session);
    await logout(req);
    if (hadSession) clearSessionCookie(res, config);
    noStore(res).status(204).end();
  });

  router.post('/totp/setup', validate({ body: noBody }), async (req, res) => {
    noStore(res).json(await setupTotp(config, signedInUser(req).id));
  });
  router.post('/totp/enable', validate({ body: totpEnableRequestSchema }), async (req, res) => {
    const { code } = input<TotpEnableRequest>(req, 'body');
    noStore(res).json(await enableTotp(config, req, signedInUser(req).id, code));
  });
  router.post('/password', validate({ body: passwordChangeRequestSchema }), async (req, res) => {
    await changePassword(config, req, input<PasswordChangeRequest>(req, 'body'));
    noStore(res).status(204).end();
  });
  router.get('/sessions', async (req, res) => {
    noStore(res).json({ sessions: await listSessions(config, req) });
  });
  router.delete('/sessions/:id', validate({ params: sessionParams }), async (req, res) => {
    const { current } = await revokeSession(req, input<z.infer<typeof sessionParams>>(req, 'params').id);
    if (current) clearSessionCookie(res, config);
    noStore(res).status(204).end();
  });

  router.post('/invite/accept', validate({ body: inviteAcceptRequestSchema }), async (req, res) => {
    noStore(res)
      .status(201)
      .json({ user: await acceptInvite(config, req, input<InviteAcceptRequest>(req, 'body')) });
  });
  router.post('/password-reset/request', validate({ body: passwordResetRequestSchema }), async (req, res) => {
    await requestPasswordReset(config, req, input<PasswordResetRequest>(req, 'body').email);
    noStore(res).status(202).json({ status: 'sent_if_account_exists' });
  });
  router.post('/password-reset/confirm', validate({ body: passwordResetConfirmSchema }), async (req, res) => {
    await confirmPasswordReset(config, req, input<PasswordResetConfirm>(req, 'body'));
    noStore(res).status(204).end();
  });
  return router;
}
