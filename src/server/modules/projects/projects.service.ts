import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, invalidField } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import type { Scope } from '../../platform/scope.ts';
import { requireReadableChain } from '../chains/chains.service.ts';
import { requireReadableEnterprise } from '../enterprises/enterprises.service.ts';
import * as records from './project-records.repository.ts';
import { assertNotFuture, loadProject } from './projects.lookup.ts';
import { assertMayPlaceInChain, projectAccess, readScope, writeScope } from './projects.policy.ts';
import { presentNote, presentOfficer, presentProject, presentStageChange, summarizeByStage, summarizeTotal } from './projects.presenter.ts';
import * as repo from './projects.repository.ts';
import { type ProjectStage, signedOrLater } from './projects.rules.ts';
import type { CreateProjectInput, ListProjectsInput, StageSummary, UpdateProjectInput } from './projects.schemas.ts';

/** A chain named as a filter or a project's chain: in the scope given, else 404 naming chainId. */
async function chainInScope(ctx: ServiceContext, db: DbOrTx, chainId: number, scope: Scope) {
  return requireReadableChain({ ...ctx, db }, chainId, { scope, field: 'chainId' });
}

/** Projects the caller reaches, with their stage as of a date (today by default). */
export async function listProjects(ctx: ServiceContext, input: ListProjectsInput) {
  const scope = readScope(ctx.actor);
  const asOf = input.asOf ?? today();
  if (input.chainId !== undefined) await chainInScope(ctx, ctx.db, input.chainId, scope);
  const { total, rows } = await repo.listProjectsOn(ctx.db, ctx.actor.tenantId, projectAccess(ctx.actor, scope), {
    on: asOf,
    stage: input.stage,
    chainId: input.chainId,
    q: input.q,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  return { items: rows.map(presentProject), total, page: input.page, pageSize: input.pageSize, asOf };
}

/** One project: its stage as of a date and today, stage history, officers, service log, blockers and factor needs. */
export async function getProject(ctx: ServiceContext, id: number, asOf?: string) {
  const tenantId = ctx.actor.tenantId;
  await loadProject(ctx, ctx.db, id, 'read');
  const on = today();
  // Reach was checked just above; the read below only dates the stage.
  const { rows } = await repo.listProjectsOn(ctx.db, tenantId, { scope: { all: true }, userId: ctx.actor.userId, on }, { on: asOf ?? on, projectId: id });
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND', [{ field: 'asOf', message: '该日期该项目尚未登记', messageEn: 'The project was not yet recorded on that date' }]);
  const history = await records.listStageChanges(ctx.db, tenantId, id);
  const notes = (await records.listNotes(ctx.db, tenantId, id)).map(presentNote);
  const openFirst = (kind: string) => notes.filter((n) => n.kind === kind).sort((a, b) => Number(a.status === 'resolved') - Number(b.status === 'resolved'));
  return {
    ...presentProject(row),
    asOf: asOf ?? on,
    description: row.description,
    currentStage: row.stage as ProjectStage,
    stageHistory: history.map(presentStageChange),
    officers: (await records.listOfficers(ctx.db, tenantId, id)).map((o) => presentOfficer(o, on)),
    serviceLog: notes.filter((n) => n.kind === 'service_log'),
    blockers: openFirst('blocker'),
    factorNeeds: openFirst('factor_need'),
  };
}

/** The investor named by enterprise: one the caller may read (404 naming investorEnterpriseId otherwise). */
async function investorEnterprise(ctx: ServiceContext, db: DbOrTx, id: number) {
  return requireReadableEnterprise({ ...ctx, db }, id, { field: 'investorEnterpriseId' });
}

async function assertCodeFree(db: DbOrTx, tenantId: number, code: string) {
  if (await repo.findProjectByCode(db, tenantId, code)) throw conflict('code', '项目编号已存在', 'The project code is taken');
}

/** Records a project in its first stage (negotiating or signed, dated), with that stage as its first change. */
export async function createProject(ctx: ServiceContext, input: CreateProjectInput) {
  const scope = readScope(ctx.actor);
  writeScope(ctx.actor);
  const id = await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const chain = input.chainId == null ? null : await chainInScope(ctx, tx, input.chainId, scope);
    assertMayPlaceInChain(ctx.actor, chain);
    const enterprise = input.investorEnterpriseId == null ? null : await investorEnterprise(ctx, tx, input.investorEnterpriseId);
    const investorName = input.investorName ?? enterprise?.name;
    if (!investorName) throw invalidField('investorName', '须给出投资方名称或投资企业', 'Give the investor\'s name or the investing enterprise');
    assertNotFuture('stageSince', input.stageSince);
    await assertCodeFree(tx, tenantId, input.code);
    const row = await repo.insertProject(tx, {
      tenantId,
      code: input.code,
      name: input.name,
      investorEnterpriseId: input.investorEnterpriseId ?? null,
      investorName,
      chainId: input.chainId ?? null,
      agreedInvestment: input.agreedInvestment,
      stage: input.stage,
      stageSince: input.stageSince,
      description: input.description ?? null,
    });
    await records.insertStageChange(tx, { tenantId, projectId: row.id, fromStage: null, toStage: input.stage, changedOn: input.stageSince, byUserId: ctx.actor.userId || null });
    await recordAudit(tx, auditActor(ctx), { action: 'project.create', objectType: 'project', objectId: row.id, result: 'success', diff: { after: { ...input, investorName } } });
    return row.id;
  });
  return getProject(ctx, id);
}

/** Changes a project's undated fields; its stage moves only through stage changes. */
export async function updateProject(ctx: ServiceContext, id: number, input: UpdateProjectInput) {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const before = await loadProject(ctx, tx, id, 'write', true);
    if (input.chainId !== undefined && input.chainId !== before.chainId) {
      assertMayPlaceInChain(ctx.actor, input.chainId === null ? null : await chainInScope(ctx, tx, input.chainId, readScope(ctx.actor)));
    }
    if (input.investorEnterpriseId != null && input.investorEnterpriseId !== before.investorEnterpriseId) await investorEnterprise(ctx, tx, input.investorEnterpriseId);
    if (input.code !== undefined && input.code !== before.code) await assertCodeFree(tx, tenantId, input.code);
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    await repo.updateProject(tx, tenantId, id, patch);
    const changed = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, { before: before[k as keyof typeof before], after: v }]));
    await recordAudit(tx, auditActor(ctx), { action: 'project.update', objectType: 'project', objectId: id, result: 'success', diff: changed });
  });
  return getProject(ctx, id);
}

/** The pipeline on a date: counts and agreed investment by stage, and by chain × stage, of the projects the caller reaches. */
export async function projectPipeline(ctx: ServiceContext, input: { asOf?: string; chainId?: number }) {
  const scope = readScope(ctx.actor);
  const asOf = input.asOf ?? today();
  if (input.chainId !== undefined) await chainInScope(ctx, ctx.db, input.chainId, scope);
  const { rows } = await repo.listProjectsOn(ctx.db, ctx.actor.tenantId, projectAccess(ctx.actor, scope), { on: asOf, chainId: input.chainId });
  const staged = rows.map((r) => ({ stage: r.stageOn, agreedInvestment: r.agreedInvestment, chainId: r.chainId, chainName: r.chainName }));
  const chainIds = [...new Set(staged.map((r) => r.chainId))];
  const byChain = chainIds
    .map((chainId) => {
      const ofChain = staged.filter((r) => r.chainId === chainId);
      return { chainId, chainName: ofChain[0].chainName, ...summarizeTotal(ofChain), stages: summarizeByStage(ofChain) };
    })
    .sort((a, b) => (a.chainId === null ? 1 : b.chainId === null ? -1 : (a.chainName ?? '').localeCompare(b.chainName ?? '', 'zh')));
  return { asOf, total: summarizeTotal(staged), byStage: summarizeByStage(staged), byChain };
}

/** For the chains module: per chain, projects recorded by the date and the agreed investment of those signed by then. */
export async function chainProjectTotals(ctx: ServiceContext, chainIds: number[], asOf: string) {
  return repo.chainTotals(ctx.db, ctx.actor.tenantId, chainIds, asOf, signedOrLater);
}

/** For the chains module: one chain's projects by stage on a date (the caller has read the chain). */
export async function chainStageSummary(ctx: ServiceContext, chainId: number, asOf: string): Promise<StageSummary[]> {
  const { rows } = await repo.listProjectsOn(ctx.db, ctx.actor.tenantId, { scope: { all: true }, userId: ctx.actor.userId, on: today() }, { on: asOf, chainId });
  return summarizeByStage(rows.map((r) => ({ stage: r.stageOn, agreedInvestment: r.agreedInvestment })));
}

/** For figures: projects the caller reaches that had reached one of the stages by the date. */
export async function projectsReaching(ctx: ServiceContext, asOf: string, stages: readonly ProjectStage[]) {
  return repo.listProjectsReaching(ctx.db, ctx.actor.tenantId, projectAccess(ctx.actor, readScope(ctx.actor)), asOf, stages);
}
