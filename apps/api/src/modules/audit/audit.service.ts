import { Types } from 'mongoose';
import type { AuditEntry, AuditList, AuditQuery } from '@reperes/shared';
import { AuditModel, type AuditDoc } from './audit.model.js';

/** Who is acting and from where: an Express request fits; services pass it through. */
export interface AuditContext {
  user?: { id: string } | undefined;
  id?: unknown;
  ip?: string | undefined;
}

export interface AuditTarget {
  type: string;
  id?: string | { toString(): string } | null;
}

/**
 * Appends one event to the audit log, e.g. `audit(req, 'user.deactivate', { type: 'user', id }, { reason })`.
 * The actor is the signed-in person, unless `actorId` is given (an invitee accepting, a person resetting
 * their password). Awaited on purpose: a security action that cannot be recorded fails.
 */
export async function audit(
  req: AuditContext | null,
  action: string,
  target: AuditTarget,
  details?: unknown,
  options: { actorId?: string | Types.ObjectId | null } = {},
): Promise<void> {
  const actor = options.actorId !== undefined ? options.actorId : (req?.user?.id ?? null);
  await AuditModel.create({
    at: new Date(),
    actorId: actor ? new Types.ObjectId(String(actor)) : null,
    action,
    targetType: target.type,
    targetId: target.id ? String(target.id) : null,
    details: details ?? null,
    ...(req?.id ? { requestId: String(req.id) } : {}),
    ...(req?.ip ? { ip: req.ip } : {}),
  });
}

function toEntry(d: AuditDoc): AuditEntry {
  return {
    id: String(d._id),
    at: d.at.toISOString(),
    actorId: d.actorId ? String(d.actorId) : null,
    action: d.action,
    targetType: d.targetType,
    targetId: d.targetId,
    details: d.details,
  };
}

/** Newest first, filtered by target, actor or action. */
export async function listAudit(q: AuditQuery): Promise<AuditList> {
  const filter: Record<string, unknown> = {};
  if (q.targetType) filter.targetType = q.targetType;
  if (q.targetId) filter.targetId = q.targetId;
  if (q.actorId) filter.actorId = new Types.ObjectId(q.actorId);
  if (q.action) filter.action = q.action;
  const [docs, total] = await Promise.all([
    AuditModel.find(filter)
      .sort({ at: -1, _id: -1 })
      .skip((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .lean<AuditDoc[]>(),
    AuditModel.countDocuments(filter),
  ]);
  return { items: docs.map(toEntry), total, page: q.page, pageSize: q.pageSize };
}
