import { Types } from 'mongoose';
import type {
  Organisation,
  OrganisationCreate,
  OrganisationDetail,
  OrganisationListQuery,
  OrganisationUpdate,
} from '@reperes/shared';
import { AppError, notFound } from '../../errors/app-error.js';
import { audit, type AuditContext } from '../audit/audit.service.js';
import { UserModel, type UserDoc } from '../users/user.model.js';
import { OrganisationModel, type OrganisationDoc } from './organisation.model.js';

const DUPLICATE_KEY = 11000;

/** "  Croix-Rouge  Française " → "croix-rouge francaise": one organisation per name, whatever the spelling. */
export function organisationNameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function toOrganisation(d: OrganisationDoc): Organisation {
  return {
    id: String(d._id),
    name: d.name,
    kind: d.kind,
    website: d.website,
    active: d.active,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function listOrganisations(q: OrganisationListQuery): Promise<{ items: Organisation[] }> {
  const filter: Record<string, unknown> = {};
  if (q.active !== undefined) filter.active = q.active;
  if (q.q) filter.nameKey = { $regex: escapeRegex(organisationNameKey(q.q)) };
  const docs = await OrganisationModel.find(filter)
    .sort({ nameKey: 1 })
    .limit(1000)
    .lean<OrganisationDoc[]>();
  return { items: docs.map(toOrganisation) };
}

export async function getOrganisation(id: string): Promise<OrganisationDetail> {
  const doc = await OrganisationModel.findById(id).lean<OrganisationDoc>();
  if (!doc) throw notFound('No such organisation.');
  const members = await UserModel.find({ organisationIds: doc._id }).sort({ email: 1 }).lean<UserDoc[]>();
  return {
    ...toOrganisation(doc),
    members: members.map((m) => ({
      id: String(m._id),
      name: m.name,
      email: m.email,
      roles: m.roles,
      active: m.active,
    })),
  };
}

function duplicateName(err: unknown): never {
  if ((err as { code?: number }).code === DUPLICATE_KEY) {
    throw new AppError('CONFLICT', 'An organisation with this name already exists.');
  }
  throw err;
}

export async function createOrganisation(
  ctx: AuditContext,
  input: OrganisationCreate,
): Promise<Organisation> {
  const doc = await OrganisationModel.create({
    name: input.name,
    nameKey: organisationNameKey(input.name),
    kind: input.kind,
    website: input.website,
    active: true,
  }).catch(duplicateName);
  await audit(ctx, 'organisation.create', { type: 'organisation', id: doc._id }, { name: input.name });
  return toOrganisation(doc.toObject());
}

export async function updateOrganisation(
  ctx: AuditContext,
  id: string,
  changes: OrganisationUpdate,
): Promise<Organisation> {
  const set: Record<string, unknown> = { ...changes };
  if (changes.name) set.nameKey = organisationNameKey(changes.name);
  const doc = await OrganisationModel.findByIdAndUpdate(id, { $set: set }, { returnDocument: 'after' })
    .lean<OrganisationDoc>()
    .catch(duplicateName);
  if (!doc) throw notFound('No such organisation.');
  await audit(ctx, 'organisation.update', { type: 'organisation', id }, changes);
  return toOrganisation(doc);
}

/** Throws UNKNOWN_ORGANISATION unless every id names an existing organisation. */
export async function assertOrganisationsExist(ids: readonly string[]): Promise<Types.ObjectId[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const objectIds = unique.map((i) => new Types.ObjectId(i));
  const found = await OrganisationModel.countDocuments({ _id: { $in: objectIds } });
  if (found !== unique.length) {
    throw new AppError('UNKNOWN_ORGANISATION', 'One of the organisations does not exist.', {
      organisationIds: unique,
    });
  }
  return objectIds;
}
