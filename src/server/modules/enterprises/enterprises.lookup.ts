import type { ServiceContext } from '../../platform/context.ts';
import { AppError, invalidField } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import type { Scope } from '../../platform/scope.ts';
import { isUsccProblem, parseUscc } from '../../platform/uscc.ts';
import { requireReadableOrg } from '../orgs/orgs.service.ts';
import * as coverageRepo from './coverage.repository.ts';
import * as designationsRepo from './designations.repository.ts';
import { assertReadable, assertWritable, nameScopes, readScope, visibleOrgName, writeScope } from './enterprises.policy.ts';
import { presentContact, presentCoverage, presentDesignation, presentListItem } from './enterprises.presenter.ts';
import * as repo from './enterprises.repository.ts';
import type { EnterpriseDetailView } from './enterprises.schemas.ts';

/** Steps shared by the unit, designation, coverage and contact services: loading a unit under a policy, detail. */

export type Org = Awaited<ReturnType<typeof requireReadableOrg>>;

/** A unit the caller may read (404 otherwise, naming `field` when a request field pointed at it). */
export async function loadReadable(ctx: ServiceContext, id: number, field?: string): Promise<repo.FoundEnterprise> {
  const found = await repo.findEnterprise(ctx.db, ctx.actor.tenantId, id, { read: readScope(ctx.actor) }, today());
  assertReadable(found, field);
  return found;
}

/**
 * A unit the caller may write, locked for the rest of the transaction: lacking enterprises.write everywhere is
 * 403, a unit out of sight (or absent) 404, readable but not writable 403.
 */
export async function loadWritable(ctx: ServiceContext, id: number): Promise<repo.FoundEnterprise> {
  const write = writeScope(ctx.actor);
  const read = readScope(ctx.actor);
  await repo.lockEnterprise(ctx.db, ctx.actor.tenantId, id);
  const found = await repo.findEnterprise(ctx.db, ctx.actor.tenantId, id, { read, write }, today());
  assertWritable(found);
  return found;
}

/**
 * An org named in a request body, looked up in a scope: outside it, or absent, is the same 404 naming the field,
 * so existence does not leak.
 */
export async function findReferencedOrg(ctx: ServiceContext, id: number, field: string, scope?: Scope): Promise<Org> {
  try {
    return await requireReadableOrg(ctx, id, scope);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw new AppError('NOT_FOUND', [{ field, message: '未找到该党组织', messageEn: 'No such org' }]);
    }
    throw error;
  }
}

/** A 统一社会信用代码 checked by GB 32100-2015, upper case; a bad one is 400 naming uscc. */
export function checkedUscc(raw: string): string {
  const parsed = parseUscc(raw);
  if (isUsccProblem(parsed)) throw invalidField('uscc', parsed.message, parsed.messageEn);
  return parsed.normalized;
}

export function assertNotFuture(field: string, date: string): void {
  if (date > today()) throw invalidField(field, '日期不能晚于今天', 'The date cannot be in the future');
}

/** The detail view of a unit as stored now (call inside a write's transaction to read its own writes). */
export async function enterpriseDetail(ctx: ServiceContext, found: repo.FoundEnterprise, asOf = today()): Promise<EnterpriseDetailView> {
  const tenantId = ctx.actor.tenantId;
  const e = found.enterprise;
  const names = nameScopes(ctx.actor);
  const orgScope = names.orgs;
  const [held, covering, chains, contacts, designations, coverage, employed] = await Promise.all([
    repo.designationsHeldOn(ctx.db, tenantId, [e.id], asOf),
    repo.coveringOrgsOn(ctx.db, tenantId, [e.id], asOf),
    repo.chainsOn(ctx.db, tenantId, [e.id], asOf),
    repo.listContacts(ctx.db, tenantId, e.id),
    designationsRepo.listDesignations(ctx.db, tenantId, e.id),
    coverageRepo.listCoverage(ctx.db, tenantId, e.id),
    repo.countEmployedMembers(ctx.db, tenantId, e.id, asOf),
  ]);
  return {
    ...presentListItem(e, { designations: held.map((d) => d.designation), covering, chains }, names),
    address: e.address,
    employees: e.employees,
    foundedOn: e.foundedOn,
    responsibleOrg: { id: e.responsibleOrgId, name: visibleOrgName(orgScope, { name: found.responsibleOrgName, path: found.responsibleOrgPath }) },
    contacts: contacts.map(presentContact),
    designationHistory: designations.map(presentDesignation),
    coverageHistory: coverage.map((c) => presentCoverage(c, orgScope)),
    employedMemberCount: employed,
  };
}

/** Re-reads a unit after a write in the same transaction (its access was already checked). */
export async function reload(ctx: ServiceContext, id: number): Promise<repo.FoundEnterprise> {
  const found = await repo.findEnterprise(ctx.db, ctx.actor.tenantId, id, { read: { all: true } }, today());
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}
