import { Router } from 'express';
import { z } from 'zod';
import {
  idSchema,
  organisationCreateSchema,
  organisationListQuerySchema,
  organisationUpdateSchema,
  type OrganisationCreate,
  type OrganisationListQuery,
  type OrganisationUpdate,
} from '@reperes/shared';
import { input, validate } from '../../middleware/validate.js';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from './organisations.service.js';

const idParams = z.strictObject({ id: idSchema });
type IdParams = z.infer<typeof idParams>;

/** Mounted at /api/v1/organisations: the list every back-office person may read. */
export function organisationsRouter(): Router {
  const router = Router();
  router.get('/', validate({ query: organisationListQuerySchema }), async (req, res) => {
    res
      .set('Cache-Control', 'no-store')
      .json(await listOrganisations(input<OrganisationListQuery>(req, 'query')));
  });
  return router;
}

/** Mounted at /api/v1/admin/organisations. */
export function adminOrganisationsRouter(): Router {
  const router = Router();
  router.post('/', validate({ body: organisationCreateSchema }), async (req, res) => {
    res.status(201).json(await createOrganisation(req, input<OrganisationCreate>(req, 'body')));
  });
  router.get('/:id', validate({ params: idParams }), async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await getOrganisation(input<IdParams>(req, 'params').id));
  });
  router.patch('/:id', validate({ params: idParams, body: organisationUpdateSchema }), async (req, res) => {
    const { id } = input<IdParams>(req, 'params');
    res.json(await updateOrganisation(req, id, input<OrganisationUpdate>(req, 'body')));
  });
  return router;
}
