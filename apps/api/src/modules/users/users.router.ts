import { Router } from 'express';
import { z } from 'zod';
import {
  idSchema,
  inviteRequestSchema,
  userListQuerySchema,
  userUpdateRequestSchema,
  type InviteRequest,
  type UserListQuery,
  type UserUpdateRequest,
} from '@reperes/shared';
import type { Config } from '../../config.js';
import { input, validate } from '../../middleware/validate.js';
import {
  deactivateUser,
  getUser,
  inviteUser,
  listInvites,
  listUsers,
  reactivateUser,
  resetUserTotp,
  revokeInvite,
  updateUser,
} from './users.service.js';

const idParams = z.strictObject({ id: idSchema });
type IdParams = z.infer<typeof idParams>;
const noBody = z.strictObject({});

/** Mounted at /api/v1/admin/users. */
export function adminUsersRouter(config: Config): Router {
  const router = Router();
  router.get('/', validate({ query: userListQuerySchema }), async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await listUsers(input<UserListQuery>(req, 'query')));
  });
  router.post('/invite', validate({ body: inviteRequestSchema }), async (req, res) => {
    res.status(201).json(await inviteUser(config, req, input<InviteRequest>(req, 'body')));
  });
  router.get('/:id', validate({ params: idParams }), async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await getUser(input<IdParams>(req, 'params').id));
  });
  router.patch('/:id', validate({ params: idParams, body: userUpdateRequestSchema }), async (req, res) => {
    const { id } = input<IdParams>(req, 'params');
    res.json(await updateUser(req, id, input<UserUpdateRequest>(req, 'body')));
  });
  router.post('/:id/deactivate', validate({ params: idParams, body: noBody }), async (req, res) => {
    res.json(await deactivateUser(req, input<IdParams>(req, 'params').id));
  });
  router.post('/:id/reactivate', validate({ params: idParams, body: noBody }), async (req, res) => {
    res.json(await reactivateUser(req, input<IdParams>(req, 'params').id));
  });
  router.post('/:id/totp/reset', validate({ params: idParams, body: noBody }), async (req, res) => {
    res.json(await resetUserTotp(req, input<IdParams>(req, 'params').id));
  });
  return router;
}

/** Mounted at /api/v1/admin/invites. */
export function adminInvitesRouter(): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    res.set('Cache-Control', 'no-store').json(await listInvites());
  });
  router.delete('/:id', validate({ params: idParams }), async (req, res) => {
    await revokeInvite(req, input<IdParams>(req, 'params').id);
    res.status(204).end();
  });
  return router;
}
