import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import { scopeFor } from '../../platform/scope.ts';
import { requireReadableOrg } from '../orgs/orgs.service.ts';
import { assertMayWritePolicyOf, readScope, writeScope } from './policies.policy.ts';
import { presentPolicy, presentPolicyDetail } from './policies.presenter.ts';
import * as repo from './policies.repository.ts';
import type { CreatePolicyInput, ListPoliciesInput, MeasureInput, PolicyDetailView, PolicyTopic, RepealPolicyInput, UpdatePolicyInput } from './policies.schemas.ts';

/** Policy documents of the park, newest first, with whether each is in force on the date asked. */
export async function listPolicies(ctx: ServiceContext, input: ListPoliciesInput) {
  readScope(ctx.actor);
  const on = input.asOf ?? today();
  const { total, rows } = await repo.listPolicies(ctx.db, ctx.actor.tenantId, {
    q: input.q,
    topic: input.topic,
    redAction: input.redAction,
    inForceOn: input.inForce === 'true' ? on : undefined,
    notInForceOn: input.inForce === 'false' ? on : undefined,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  return { items: rows.map((r) => presentPolicy(r, on)), total, page: input.page, pageSize: input.pageSize };
}

async function loadPolicy(db: DbOrTx, tenantId: number, id: number): Promise<repo.PolicyRow> {
  const row = await repo.findPolicy(db, tenantId, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

async function detail(db: DbOrTx, tenantId: number, id: number, on: string): Promise<PolicyDetailView> {
  const row = await loadPolicy(db, tenantId, id);
  return presentPolicyDetail(row, await repo.listMeasures(db, tenantId, [id]), on);
}

/** One policy document with its measures. */
export async function getPolicy(ctx: ServiceContext, id: number, asOf?: string): Promise<PolicyDetailView> {
  readScope(ctx.actor);
  return detail(ctx.db, ctx.actor.tenantId, id, asOf ?? today());
}

function assertNotFuture(field: string, date: string | undefined) {
  if (date !== undefined && date > today()) throw ruleViolation(field, '日期不能晚于今天', 'The date cannot be in the future');
}

async function assertDocNumberFree(db: DbOrTx, tenantId: number, docNumber: string | null | undefined, exceptId?: number) {
  if (!docNumber) return;
  const taken = await repo.findPolicyByDocNumber(db, tenantId, docNumber);
  if (taken && taken.id !== exceptId) throw conflict('docNumber', '该文号已登记', 'A policy with this document number is recorded already');
}

const measureRows = (items: MeasureInput[]) => items.map((m) => ({ title: m.title, content: m.content ?? null }));

/** Records a policy document issued by an org the caller writes policies for, with its measures, in one transaction. */
export async function createPolicy(ctx: ServiceContext, input: CreatePolicyInput): Promise<PolicyDetailView> {
  writeScope(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  const org = await requireReadableOrg(ctx, input.orgId, scopeFor(ctx.actor, 'orgs.read')).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', [{ field: 'orgId', message: '未找到该党组织', messageEn: 'No such org' }]);
    throw error;
  });
  assertMayWritePolicyOf(ctx.actor, org.path);
  assertNotFuture('issuedOn', input.issuedOn);
  const id = await ctx.db.transaction(async (tx) => {
    await assertDocNumberFree(tx, tenantId, input.docNumber);
    const { id } = await repo.insertPolicy(tx, {
      tenantId,
      orgId: org.id,
      docNumber: input.docNumber ?? null,
      title: input.title,
      issuer: input.issuer,
      topic: input.topic,
      redAction: input.redAction ?? null,
      summary: input.summary ?? null,
      issuedOn: input.issuedOn,
    });
    await repo.replaceMeasures(tx, tenantId, id, measureRows(input.measures));
    await recordAudit(tx, auditActor(ctx), { action: 'policy.create', objectType: 'policy', objectId: id, result: 'success', diff: { after: input } });
    return id;
  });
  return detail(ctx.db, tenantId, id, today());
}

/** Loads a policy for a change, locked, after checking the caller writes policies for its issuing org. */
async function loadForWrite(ctx: ServiceContext, tx: DbOrTx, id: number): Promise<repo.PolicyRow> {
  writeScope(ctx.actor);
  readScope(ctx.actor);
  await repo.lockPolicy(tx, ctx.actor.tenantId, id);
  const row = await loadPolicy(tx, ctx.actor.tenantId, id);
  assertMayWritePolicyOf(ctx.actor, row.orgPath);
  return row;
}

/** Corrects a document's undated fields or its issue date (the measures change through replaceMeasures). */
export async function updatePolicy(ctx: ServiceContext, id: number, input: UpdatePolicyInput): Promise<PolicyDetailView> {
  const tenantId = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    const before = await loadForWrite(ctx, tx, id);
    assertNotFuture('issuedOn', input.issuedOn);
    if (input.issuedOn !== undefined && before.repealedOn !== null && input.issuedOn >= before.repealedOn) {
      throw ruleViolation('issuedOn', '发布日期须早于废止日期', 'The issue date must come before the repeal date');
    }
    await assertDocNumberFree(tx, tenantId, input.docNumber, id);
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    if (Object.keys(patch).length === 0) return;
    await repo.updatePolicy(tx, tenantId, id, patch);
    const changed = Object.fromEntries(Object.keys(patch).map((k) => [k, { before: before[k as keyof typeof before], after: patch[k] }]));
    await recordAudit(tx, auditActor(ctx), { action: 'policy.update', objectType: 'policy', objectId: id, result: 'success', diff: changed });
  });
  return detail(ctx.db, tenantId, id, today());
}

/** Replaces a document's measures (numbered from 1 in the order given); the audit log keeps the old list. */
export async function replacePolicyMeasures(ctx: ServiceContext, id: number, measures: MeasureInput[]): Promise<PolicyDetailView> {
  const tenantId = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    await loadForWrite(ctx, tx, id);
    const before = await repo.listMeasures(tx, tenantId, [id]);
    await repo.replaceMeasures(tx, tenantId, id, measureRows(measures));
    await recordAudit(tx, auditActor(ctx), {
      action: 'policy.measures',
      objectType: 'policy',
      objectId: id,
      result: 'success',
      diff: { before: before.map((m) => ({ title: m.title, content: m.content })), after: measures },
    });
  });
  return detail(ctx.db, tenantId, id, today());
}

/** Repeals a document from a date; a repealed one stays on record with its measures, no longer in force. */
export async function repealPolicy(ctx: ServiceContext, id: number, input: RepealPolicyInput): Promise<PolicyDetailView> {
  const tenantId = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    const before = await loadForWrite(ctx, tx, id);
    if (before.repealedOn !== null) throw conflict('repealedOn', '该政策已废止', 'The policy is repealed already');
    assertNotFuture('repealedOn', input.repealedOn);
    if (input.repealedOn <= before.issuedOn) throw ruleViolation('repealedOn', '废止日期须晚于发布日期', 'The repeal date must come after the issue date');
    await repo.updatePolicy(tx, tenantId, id, { repealedOn: input.repealedOn, repealReason: input.reason });
    await recordAudit(tx, auditActor(ctx), { action: 'policy.repeal', objectType: 'policy', objectId: id, result: 'success', diff: { after: input } });
  });
  return detail(ctx.db, tenantId, id, today());
}

/** For figures: the measures of the policies of a topic in force on a date, with their documents. */
export async function measuresInForce(ctx: ServiceContext, topic: PolicyTopic, on: string) {
  readScope(ctx.actor);
  const { rows } = await repo.listPolicies(ctx.db, ctx.actor.tenantId, { topic, inForceOn: on, offset: 0, limit: 10_000 });
  const measures = await repo.listMeasures(ctx.db, ctx.actor.tenantId, rows.map((r) => r.id));
  return { policies: rows, measures: rows.flatMap((policy) => measures.filter((m) => m.policyId === policy.id).map((m) => ({ ...m, policy }))) };
}
