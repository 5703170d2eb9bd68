import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import * as records from './request-records.repository.ts';
import { findParkOrg } from './requests.lookup.ts';
import { handleScope, reachesOf } from './requests.policy.ts';
import * as repo from './requests.repository.ts';
import { type RequestStatus, dueEscalations } from './requests.rules.ts';

/**
 * The SLA sweep at `now`: every open request in the caller's requests.handle reach (the platform's: the whole
 * park) that is past its response or resolution deadline and not yet escalated for it is escalated one level:
 * the level goes up and the org one level up — the parent of the handling department, or of the enterprise's
 * responsible org, then the parent of that — becomes escalated-to, whose handlers then see it. Each escalation is
 * an event and an audit entry, all in one transaction. Idempotent: a second sweep at the same or a later time
 * escalates nothing it already escalated. The lead wires a periodic job to call it.
 */
export async function escalateOverdueRequests(ctx: ServiceContext, now: Date): Promise<{ escalated: number }> {
  handleScope(ctx.actor);
  const reach = reachesOf(ctx.actor).handle;
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const candidates = await repo.listEscalationCandidates(tx, tenantId, reach, now);
    let escalated = 0;
    for (const r of candidates) {
      const due = dueEscalations({ ...r, status: r.status as RequestStatus }, now);
      let level = r.escalationLevel;
      let target = r.escalatedToOrgId;
      const patch: { responseEscalatedAt?: Date; resolutionEscalatedAt?: Date } = {};
      for (const kind of due) {
        // One level up from where it stands: from the department (or the enterprise's org) the first time, from
        // the org escalated to after that; the top of the tree stays the top.
        const from = target ?? r.departmentOrgId ?? r.enterpriseOrgId;
        const knownParent = target === null ? (r.departmentOrgId !== null ? r.departmentParentId : r.enterpriseOrgParentId) : target === r.escalatedToOrgId ? r.escalatedToParentId : undefined;
        const parent = knownParent !== undefined ? knownParent : (await findParkOrg(ctx, tx, from, 'escalatedToOrgId')).parentId;
        target = parent ?? from;
        level = Math.min(level + 1, 2);
        patch[kind === 'response' ? 'responseEscalatedAt' : 'resolutionEscalatedAt'] = now;
        await records.insertEvent(tx, {
          tenantId,
          requestId: r.id,
          kind: 'escalation',
          fromStatus: r.status,
          toStatus: r.status,
          at: now,
          actorUserId: ctx.actor.userId || null,
          note: kind === 'response' ? '超过响应时限未受理，上报上一级' : '超过办结时限未办结，上报上一级',
          escalatedToOrgId: target,
        });
        await recordAudit(tx, auditActor(ctx), { action: 'request.escalate', objectType: 'request', objectId: r.id, result: 'success', diff: { after: { kind, level, escalatedToOrgId: target, at: now.toISOString() } } });
        escalated++;
      }
      if (due.length) await repo.updateRequest(tx, tenantId, r.id, { ...patch, escalationLevel: level, escalatedToOrgId: target });
    }
    return { escalated };
  });
}
