import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { conflict, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import { type Scope, scopeFor } from '../../platform/scope.ts';
import { requireReadableChain } from '../chains/chains.service.ts';
import { updateOrg } from '../orgs/orgs.service.ts';
import * as coverageRepo from './coverage.repository.ts';
import {
  assertNotFuture,
  checkedUscc,
  enterpriseDetail,
  findReferencedOrg,
  loadReadable,
  loadWritable,
  reload,
} from './enterprises.lookup.ts';
import { assertReadable, nameScopes, readScope, writeScope } from './enterprises.policy.ts';
import { presentListItem } from './enterprises.presenter.ts';
import * as repo from './enterprises.repository.ts';
import type { EnterpriseStatus } from './enterprises.rules.ts';
import type { CreateEnterpriseInput, EnterpriseDetailView, EnterpriseListItem, ListEnterprisesInput, UpdateEnterpriseInput } from './enterprises.schemas.ts';

/**
 * Units the caller may read, filtered, with their designations, covering orgs and chains as of a date (today by
 * default). A chain filter names a chain the caller may read (404 naming chainId otherwise, also without
 * chains.read at all: the chain is simply not there for them).
 */
export async function listEnterprises(ctx: ServiceContext, input: ListEnterprisesInput) {
  const scope = readScope(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  const asOf = input.asOf ?? today();
  const subtreePath = input.responsibleOrgId === undefined ? undefined : (await findReferencedOrg(ctx, input.responsibleOrgId, 'responsibleOrgId')).path;
  if (input.chainId !== undefined) await requireReadableChain(ctx, input.chainId, { scope: scopeFor(ctx.actor, 'chains.read'), field: 'chainId' });
  const { total, rows } = await repo.listEnterprises(ctx.db, tenantId, scope, {
    asOf,
    scopeOn: today(),
    unitKind: input.unitKind,
    status: input.status,
    designation: input.designation,
    q: input.q || undefined,
    subtreePath,
    chainId: input.chainId,
    coverage: input.coverage,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  const ids = rows.map((r) => r.id);
  const held = await repo.designationsHeldOn(ctx.db, tenantId, ids, asOf);
  const covering = await repo.coveringOrgsOn(ctx.db, tenantId, ids, asOf);
  const chains = await repo.chainsOn(ctx.db, tenantId, ids, asOf);
  const names = nameScopes(ctx.actor);
  const items = rows.map((e) =>
    presentListItem(
      e,
      {
        designations: held.filter((d) => d.enterpriseId === e.id).map((d) => d.designation),
        covering: covering.filter((c) => c.enterpriseId === e.id),
        chains: chains.filter((c) => c.enterpriseId === e.id),
      },
      names,
    ),
  );
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/** One unit with contacts (masked), designation and coverage history, and its employed members; as of a date when asked. */
export async function getEnterprise(ctx: ServiceContext, id: number, asOf?: string): Promise<EnterpriseDetailView> {
  return enterpriseDetail(ctx, await loadReadable(ctx, id), asOf ?? today());
}

/** The responsible org must lie where the caller may write enterprises (404 naming the field otherwise) and be in force. */
async function responsibleOrgFor(ctx: ServiceContext, orgId: number, write: Scope) {
  const org = await findReferencedOrg(ctx, orgId, 'responsibleOrgId', write);
  if (org.dissolvedOn) throw ruleViolation('responsibleOrgId', '该党组织已撤销', 'The org is dissolved');
  return org;
}

async function assertUsccFree(ctx: ServiceContext, uscc: string, exceptId?: number): Promise<void> {
  const holder = await repo.findEnterpriseIdByUscc(ctx.db, ctx.actor.tenantId, uscc);
  if (holder !== null && holder !== exceptId) throw conflict('uscc', '该统一社会信用代码的单位已存在', 'A unit with this unified social credit code already exists');
}

/** The fields of a unit as the audit log shows them. */
function auditView(e: repo.EnterpriseRow): Record<string, unknown> {
  const { uscc, unitKind, name, address, industry, registeredCapital, employees, foundedOn, status, responsibleOrgId } = e;
  return { uscc, unitKind, name, address, industry, registeredCapital, employees, foundedOn, status, responsibleOrgId };
}

/**
 * Registers an enterprise or social organization under a responsible org the caller may write enterprises under.
 * The USCC is checked (400 naming uscc) and unique in the park (409 naming uscc).
 */
export async function createEnterprise(ctx: ServiceContext, input: CreateEnterpriseInput): Promise<EnterpriseDetailView> {
  const write = writeScope(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    // Where before what: an org outside the caller's reach is 404 whatever else is wrong with the body.
    await responsibleOrgFor(txCtx, input.responsibleOrgId, write);
    const uscc = checkedUscc(input.uscc);
    if (input.foundedOn !== undefined) assertNotFuture('foundedOn', input.foundedOn);
    await assertUsccFree(txCtx, uscc);
    const row = await repo.insertEnterprise(tx, {
      tenantId: ctx.actor.tenantId,
      uscc,
      unitKind: input.unitKind,
      name: input.name,
      address: input.address ?? null,
      industry: input.industry ?? null,
      registeredCapital: input.registeredCapital ?? null,
      employees: input.employees ?? null,
      foundedOn: input.foundedOn ?? null,
      status: input.status ?? 'active',
      responsibleOrgId: input.responsibleOrgId,
    });
    await recordAudit(tx, auditActor(ctx), { action: 'enterprise.create', objectType: 'enterprise', objectId: row.id, result: 'success', diff: { after: auditView(row) } });
    return enterpriseDetail(txCtx, await reload(txCtx, row.id));
  });
}

/** PATCH moves a unit between active and closed only; onboarding → active is the onboarding case's completion. */
function assertStatusChange(from: EnterpriseStatus, to: 'active' | 'closed'): void {
  if (to === 'active' && from === 'onboarding') {
    throw ruleViolation('status', '新入驻企业在“三合一”办结后自动转为正常', 'An onboarding unit becomes active when its onboarding case completes');
  }
}

/**
 * Changes a unit's fields: a new USCC is checked and must stay unique; a new responsible org must lie where the
 * caller may write enterprises. A new name or kind is carried to the orgs the unit hosts today.
 */
export async function updateEnterprise(ctx: ServiceContext, id: number, input: UpdateEnterpriseInput): Promise<EnterpriseDetailView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const tenantId = ctx.actor.tenantId;
    const found = await loadWritable(txCtx, id);
    const before = found.enterprise;
    const patch: Partial<repo.EnterpriseRow> = {};
    if (input.responsibleOrgId !== undefined && input.responsibleOrgId !== before.responsibleOrgId) {
      await responsibleOrgFor(txCtx, input.responsibleOrgId, writeScope(ctx.actor));
      patch.responsibleOrgId = input.responsibleOrgId;
    }
    if (input.uscc !== undefined) {
      const uscc = checkedUscc(input.uscc);
      if (uscc !== before.uscc) {
        await assertUsccFree(txCtx, uscc, id);
        patch.uscc = uscc;
      }
    }
    if (input.foundedOn) assertNotFuture('foundedOn', input.foundedOn);
    if (input.status !== undefined && input.status !== before.status) {
      assertStatusChange(before.status as EnterpriseStatus, input.status);
      patch.status = input.status;
    }
    for (const key of ['unitKind', 'name', 'address', 'industry', 'registeredCapital', 'employees', 'foundedOn'] as const) {
      if (input[key] !== undefined && input[key] !== before[key]) Object.assign(patch, { [key]: input[key] });
    }
    if (Object.keys(patch).length === 0) return enterpriseDetail(txCtx, found);
    const after = await repo.updateEnterprise(tx, tenantId, id, patch);
    if (patch.name !== undefined || patch.unitKind !== undefined) {
      for (const orgId of await coverageRepo.ownOrgIdsOn(tx, tenantId, id, today())) {
        await updateOrg(txCtx, orgId, { hostUnitKind: after.unitKind as 'enterprise' | 'social_org', hostUnitName: after.name });
      }
    }
    const was = auditView(before);
    const now = auditView(after);
    const changed = Object.keys(now).filter((k) => was[k] !== now[k]);
    await recordAudit(tx, auditActor(ctx), {
      action: 'enterprise.update',
      objectType: 'enterprise',
      objectId: id,
      result: 'success',
      diff: { before: Object.fromEntries(changed.map((k) => [k, was[k]])), after: Object.fromEntries(changed.map((k) => [k, now[k]])) },
    });
    return enterpriseDetail(txCtx, await reload(txCtx, id));
  });
}

/**
 * For other modules (onboarding): sets a unit's status as of a day, e.g. onboarding → active when its case
 * completes. The calling module has authorized its own use case; here the unit must lie in the caller's
 * enterprises.read scope (404 otherwise). Designations are kept: as-of reads go by their dates. Audited.
 */
export async function setEnterpriseStatus(ctx: ServiceContext, id: number, status: EnterpriseStatus, on: string): Promise<EnterpriseListItem> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    await repo.lockEnterprise(tx, ctx.actor.tenantId, id);
    const found = await loadReadable(txCtx, id);
    const before = found.enterprise.status;
    if (before !== status) {
      await repo.updateEnterprise(tx, ctx.actor.tenantId, id, { status });
      await recordAudit(tx, auditActor(ctx), { action: 'enterprise.status', objectType: 'enterprise', objectId: id, result: 'success', diff: { before: { status: before }, after: { status }, effectiveOn: on } });
    }
    return summaryOf(txCtx, await reload(txCtx, id));
  });
}

async function summaryOf(ctx: ServiceContext, found: repo.FoundEnterprise, asOf = today()): Promise<EnterpriseListItem> {
  const tenantId = ctx.actor.tenantId;
  const held = await repo.designationsHeldOn(ctx.db, tenantId, [found.enterprise.id], asOf);
  const covering = await repo.coveringOrgsOn(ctx.db, tenantId, [found.enterprise.id], asOf);
  const chains = await repo.chainsOn(ctx.db, tenantId, [found.enterprise.id], asOf);
  return presentListItem(found.enterprise, { designations: held.map((d) => d.designation), covering, chains }, nameScopes(ctx.actor));
}

/** For other modules: a unit as listed (designations and covering orgs today), or 404 when out of the caller's enterprises.read scope. */
export async function getEnterpriseForOther(ctx: ServiceContext, id: number): Promise<EnterpriseListItem> {
  return summaryOf(ctx, await loadReadable(ctx, id));
}

/**
 * For other modules: the unit's row if it lies in the scope given (default: the caller's enterprises.read scope),
 * else 404 naming `field` when one is given. `{ all: true }` checks only that the unit exists in the park.
 */
export async function requireReadableEnterprise(ctx: ServiceContext, id: number, options: { field?: string; scope?: Scope } = {}): Promise<repo.EnterpriseRow> {
  const found = await repo.findEnterprise(ctx.db, ctx.actor.tenantId, id, { read: options.scope ?? readScope(ctx.actor) }, today());
  assertReadable(found, options.field);
  return found.enterprise;
}
