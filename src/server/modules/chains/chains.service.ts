import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import { type Scope, isPathInScope, scopeFor } from '../../platform/scope.ts';
import type { DbOrTx } from '../../db/connection.ts';
import { requireReadableOrg } from '../orgs/orgs.service.ts';
import { chainProjectTotals, chainStageSummary } from '../projects/projects.service.ts';
import { formatYuan } from '../projects/projects.rules.ts';
import { honorsHeldBy } from '../recognition/recognition.service.ts';
import { assertChainInScope, assertMayPlaceCommittee, assertMayWriteChain, readScope, writeScope } from './chains.policy.ts';
import { presentChain, presentChainEnterprise } from './chains.presenter.ts';
import * as repo from './chains.repository.ts';
import type { CreateChainInput, ListChainsInput, UpdateChainInput } from './chains.schemas.ts';

/** Whether the caller may read the committee org (its name is withheld otherwise). Never throws. */
function committeeVisible(ctx: ServiceContext, chain: repo.ChainWithCommittee): boolean {
  return chain.committeePath !== null && isPathInScope(scopeFor(ctx.actor, 'orgs.read'), chain.committeePath);
}

/** The chains the caller may read, with member enterprises, projects and signed investment as of a date. */
export async function listChains(ctx: ServiceContext, input: ListChainsInput) {
  const scope = readScope(ctx.actor);
  const asOf = input.asOf ?? today();
  const { total, rows } = await repo.listChains(ctx.db, ctx.actor.tenantId, scope, { q: input.q, offset: offsetOf(input.page, input.pageSize), limit: input.pageSize });
  const ids = rows.map((r) => r.id);
  const enterprises = await repo.countEnterprisesOn(ctx.db, ctx.actor.tenantId, ids, asOf);
  const projects = await chainProjectTotals(ctx, ids, asOf);
  const items = rows.map((r) => {
    const totals = projects.get(r.id) ?? { projects: 0, signedInvestment: 0 };
    return {
      ...presentChain(r, committeeVisible(ctx, r)),
      enterpriseCount: enterprises.get(r.id) ?? 0,
      projectCount: totals.projects,
      signedInvestment: totals.signedInvestment,
      signedInvestmentText: formatYuan(totals.signedInvestment),
    };
  });
  return { items, total, page: input.page, pageSize: input.pageSize, asOf };
}

/** One chain as of a date: committee, member enterprises with their periods, honors, projects by stage. */
export async function getChain(ctx: ServiceContext, id: number, asOf = today()) {
  const chain = await repo.findChain(ctx.db, ctx.actor.tenantId, id);
  assertChainInScope(readScope(ctx.actor), chain);
  const enterprises = await repo.listChainEnterprises(ctx.db, ctx.actor.tenantId, id, asOf);
  const history = await repo.listChainEnterprises(ctx.db, ctx.actor.tenantId, id);
  return {
    ...presentChain(chain, committeeVisible(ctx, chain)),
    asOf,
    enterprises: enterprises.map(presentChainEnterprise),
    enterpriseHistory: history.map(presentChainEnterprise),
    honors: await honorsHeldBy(ctx, 'chain', id, asOf),
    projectsByStage: await chainStageSummary(ctx, id, asOf),
  };
}

/**
 * The committee named for a chain: an org the caller may read (404 naming committeeOrgId otherwise), of category
 * chain_committee and not dissolved (422), inside the caller's chains.write scope (403).
 */
async function resolveCommittee(ctx: ServiceContext, db: DbOrTx, committeeOrgId: number) {
  let org: Awaited<ReturnType<typeof requireReadableOrg>>;
  try {
    org = await requireReadableOrg({ ...ctx, db }, committeeOrgId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw new AppError('NOT_FOUND', [{ field: 'committeeOrgId', message: '未找到该党组织', messageEn: 'No such org' }]);
    }
    throw error;
  }
  if (org.category !== 'chain_committee') throw ruleViolation('committeeOrgId', '所选党组织不是产业链党委', 'The org is not a chain committee (category chain_committee)');
  if (org.dissolvedOn) throw ruleViolation('committeeOrgId', '所选产业链党委已撤销', 'The chain committee is dissolved');
  assertMayPlaceCommittee(ctx.actor, org.path);
  return org;
}

async function assertCodeFree(db: DbOrTx, tenantId: number, code: string) {
  if (await repo.findChainByCode(db, tenantId, code)) throw conflict('code', '产业链编码已存在', 'The chain code is taken');
}

/** Creates a chain under its chain committee. */
export async function createChain(ctx: ServiceContext, input: CreateChainInput) {
  writeScope(ctx.actor);
  const id = await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    await resolveCommittee(ctx, tx, input.committeeOrgId);
    await assertCodeFree(tx, tenantId, input.code);
    const row = await repo.insertChain(tx, { tenantId, code: input.code, name: input.name, committeeOrgId: input.committeeOrgId, description: input.description ?? null });
    await recordAudit(tx, auditActor(ctx), { action: 'chain.create', objectType: 'chain', objectId: row.id, result: 'success', diff: { after: input } });
    return row.id;
  });
  return getChain(ctx, id);
}

/** Changes a chain's code, name, committee or description. */
export async function updateChain(ctx: ServiceContext, id: number, input: UpdateChainInput) {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const before = await repo.findChain(tx, tenantId, id, true);
    assertMayWriteChain(ctx.actor, before);
    if (input.committeeOrgId !== undefined && input.committeeOrgId !== before.committeeOrgId) await resolveCommittee(ctx, tx, input.committeeOrgId);
    if (input.code !== undefined && input.code !== before.code) await assertCodeFree(tx, tenantId, input.code);
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    await repo.updateChain(tx, tenantId, id, patch);
    const changed = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, { before: before[k as keyof typeof before], after: v }]));
    await recordAudit(tx, auditActor(ctx), { action: 'chain.update', objectType: 'chain', objectId: id, result: 'success', diff: changed });
  });
  return getChain(ctx, id);
}

/**
 * For other modules: the chain if it lies in the scope given (default: the caller's chains.read scope), else 404
 * naming `field` when given. Pass `{ all: true }` to look a chain up whatever the caller's reach.
 */
export async function requireReadableChain(ctx: ServiceContext, id: number, options: { scope?: Scope; field?: string } = {}): Promise<repo.ChainWithCommittee> {
  const chain = await repo.findChain(ctx.db, ctx.actor.tenantId, id);
  assertChainInScope(options.scope ?? readScope(ctx.actor), chain, options.field);
  return chain;
}
