import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, invalidField, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import { requireReadableEnterprise, setEnterpriseStatus } from '../enterprises/enterprises.service.ts';
import { assertReadable, assertWritable, readScope, writeScope } from './onboarding.policy.ts';
import { presentCaseDetail, presentCaseListItem } from './onboarding.presenter.ts';
import * as repo from './onboarding.repository.ts';
import { byTrackAndSeq, isFinished, orgSuggestionFor, type StepStatus, stepStatusNames } from './onboarding.rules.ts';
import type { CaseDetailView, CreateCaseInput, ListCasesQuery } from './onboarding.schemas.ts';
import { numberWithinTracks, onboardingTrackNames, type OnboardingTrack, stepsFromTemplate } from './onboarding.template.ts';

/** 三合一 onboarding cases: open one for a new enterprise, follow it, complete or cancel it. */

/** The scopes a read is judged by: onboarding.read, as of today. */
export function readScopes(ctx: ServiceContext): repo.Scopes {
  return { read: readScope(ctx.actor), write: null, on: today() };
}

/** The scopes a write is judged by; 403 when the caller holds onboarding.write nowhere. */
export function writeScopes(ctx: ServiceContext): repo.Scopes {
  const write = writeScope(ctx.actor);
  return { read: readScope(ctx.actor), write, on: today() };
}

export function assertNotFuture(field: string, date: string) {
  if (date > today()) throw invalidField(field, '日期不能晚于今天', 'The date cannot be in the future');
}

/** Closed cases (completed or cancelled) are read-only: 409. */
export function assertCaseOpen(status: string) {
  if (status !== 'open') throw conflict(undefined, '该案件已办结或已撤销，不能再修改', 'The case is closed (completed or cancelled) and read-only');
}

/** A case with its steps and their hand-offs, overdue as of `asOf`. */
export async function loadCaseDetail(db: DbOrTx, tenantId: number, c: repo.CaseWithEnterprise, asOf: string): Promise<CaseDetailView> {
  const steps = await repo.listStepsOfCases(db, tenantId, [c.id]);
  const handoffs = await repo.listHandoffsOfSteps(db, tenantId, steps.map((s) => s.id));
  return presentCaseDetail(c, steps, handoffs, asOf);
}

/** Checks the official named on a step: a user of the park (404 naming the field otherwise), not disabled. */
export async function checkOwnerUser(db: DbOrTx, tenantId: number, userId: number, field: string) {
  const user = await repo.findUser(db, tenantId, userId);
  if (!user) throw new AppError('NOT_FOUND', [{ field, message: '未找到该用户', messageEn: 'No such user' }]);
  if (user.isDisabled) throw ruleViolation(field, '该用户已停用', 'The user is disabled');
}

/**
 * The enterprise a case is opened for: 404 naming enterpriseId unless it lies in the caller's onboarding.read
 * scope, 403 when readable but outside the onboarding.write scope.
 */
async function requireWritableEnterprise(ctx: ServiceContext, id: number, scopes: repo.Scopes) {
  const enterprise = await requireReadableEnterprise(ctx, id, { field: 'enterpriseId', scope: scopes.read });
  try {
    await requireReadableEnterprise(ctx, id, { scope: scopes.write ?? { all: false, paths: [] } });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('FORBIDDEN');
    throw error;
  }
  return enterprise;
}

/**
 * Opens a case for an enterprise in status onboarding that has no open case (409 otherwise). The steps are the
 * built-in template's, due so many days after the opening, unless the caller gives its own.
 */
export async function createCase(ctx: ServiceContext, input: CreateCaseInput): Promise<CaseDetailView> {
  assertNotFuture('openedOn', input.openedOn);
  input.steps?.forEach((s, i) => {
    if (s.dueOn < input.openedOn) throw ruleViolation(`steps.${i}.dueOn`, '到期日不能早于立案日期', 'The due date cannot precede the opening date');
  });
  const scopes = writeScopes(ctx);
  const tenantId = ctx.actor.tenantId;
  return ctx.db.transaction(async (tx) => {
    // Lock first: the status and open-case checks below then hold until the case is written.
    await repo.lockEnterpriseCases(tx, tenantId, input.enterpriseId);
    const enterprise = await requireWritableEnterprise({ ...ctx, db: tx }, input.enterpriseId, scopes);
    if (enterprise.status !== 'onboarding') throw conflict('enterpriseId', '只有“入驻中”的企业才能办理三合一', 'Only an enterprise in status onboarding can have an onboarding case');
    if (await repo.findOpenCaseId(tx, tenantId, input.enterpriseId)) throw conflict('enterpriseId', '该企业已有办理中的三合一案件', 'The enterprise already has an open onboarding case');
    for (const [i, s] of (input.steps ?? []).entries()) if (s.ownerUserId) await checkOwnerUser(tx, tenantId, s.ownerUserId, `steps.${i}.ownerUserId`);
    const row = await repo.insertCase(tx, { tenantId, enterpriseId: input.enterpriseId, openedOn: input.openedOn, status: 'open', note: input.note ?? null });
    const steps = input.steps
      ? numberWithinTracks(input.steps.map((s) => ({ ...s, ownerUserId: s.ownerUserId ?? null })))
      : stepsFromTemplate(input.openedOn).map((s) => ({ ...s, ownerUserId: null }));
    await repo.insertSteps(
      tx,
      steps.map((s) => ({ tenantId, caseId: row.id, track: s.track, seq: s.seq, title: s.title, ownerDepartment: s.ownerDepartment, ownerUserId: s.ownerUserId, dueOn: s.dueOn, status: 'pending' })),
    );
    await recordAudit(tx, auditActor(ctx), {
      action: 'onboarding_case.create',
      objectType: 'onboarding_case',
      objectId: row.id,
      result: 'success',
      diff: { after: { enterpriseId: input.enterpriseId, openedOn: input.openedOn, note: input.note, fromTemplate: !input.steps, steps: steps.map((s) => `${s.track}#${s.seq} ${s.title} (${s.ownerDepartment}, ${s.dueOn})`) } },
    });
    return loadCaseDetail(tx, tenantId, { ...row, enterpriseName: enterprise.name }, today());
  });
}

/** Cases in the caller's scope, filtered; each with its overall status, progress per track and overdue steps. */
export async function listCases(ctx: ServiceContext, input: ListCasesQuery) {
  const scopes = readScopes(ctx);
  const tenantId = ctx.actor.tenantId;
  if (input.enterpriseId !== undefined) await requireReadableEnterprise(ctx, input.enterpriseId, { field: 'enterpriseId', scope: scopes.read });
  const asOf = today();
  const { total, rows } = await repo.listCases(ctx.db, tenantId, scopes.read, {
    status: input.status,
    overdueOn: input.overdue === 'true' ? asOf : undefined,
    enterpriseId: input.enterpriseId,
    on: scopes.on,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  const steps = Map.groupBy(await repo.listStepsOfCases(ctx.db, tenantId, rows.map((r) => r.id)), (s) => s.caseId);
  return { items: rows.map((r) => presentCaseListItem(r, steps.get(r.id) ?? [], asOf)), total, page: input.page, pageSize: input.pageSize };
}

/** One case: the tracks with their steps in order and hand-off history, overdue flags and the one overall status. */
export async function getCase(ctx: ServiceContext, id: number): Promise<CaseDetailView> {
  const scopes = readScopes(ctx);
  const row = await repo.findCase(ctx.db, ctx.actor.tenantId, id, scopes);
  assertReadable(row);
  return loadCaseDetail(ctx.db, ctx.actor.tenantId, row, today());
}

/** Loads a case for a closing write: in write scope, locked, still open. */
async function loadOpenCaseForWrite(ctx: ServiceContext, tx: DbOrTx, id: number) {
  const row = await repo.findCase(tx, ctx.actor.tenantId, id, writeScopes(ctx), true);
  assertWritable(row);
  assertCaseOpen(row.status);
  return row;
}

/**
 * Completes a case once every step is done or skipped (else 422 listing the open steps), and makes the
 * enterprise active through the enterprises module. When members work there and it hosts no org of its own, the
 * answer carries a prompt: found a branch (3 or more full members) or join a joint branch.
 */
export async function completeCase(ctx: ServiceContext, id: number, input: { completedOn: string }) {
  assertNotFuture('completedOn', input.completedOn);
  const tenantId = ctx.actor.tenantId;
  return ctx.db.transaction(async (tx) => {
    const row = await loadOpenCaseForWrite(ctx, tx, id);
    if (input.completedOn < row.openedOn) throw ruleViolation('completedOn', '办结日期不能早于立案日期', 'The completion date cannot precede the opening date');
    const open = (await repo.listStepsOfCases(tx, tenantId, [id])).filter((s) => !isFinished(s.status as StepStatus)).sort(byTrackAndSeq);
    if (open.length) {
      throw new AppError(
        'RULE_VIOLATION',
        open.map((s) => ({
          field: 'steps',
          stepId: s.id,
          track: s.track,
          title: s.title,
          status: s.status,
          message: `${onboardingTrackNames[s.track as OnboardingTrack].zh}「${s.title}」尚未完成（${stepStatusNames[s.status as StepStatus]}）`,
          messageEn: `${s.track} step "${s.title}" is still ${s.status}`,
        })),
      );
    }
    // A unit closed meanwhile is not brought back by its onboarding case.
    const unit = await requireReadableEnterprise({ ...ctx, db: tx }, row.enterpriseId, { scope: { all: true } });
    if (unit.status === 'closed') throw conflict(undefined, '该企业已注销，不能办结入驻案件', 'The enterprise is closed; its onboarding case cannot be completed');
    const updated = await repo.updateCase(tx, tenantId, id, { status: 'completed', completedOn: input.completedOn });
    const activated = await setEnterpriseStatus({ ...ctx, db: tx }, row.enterpriseId, 'active', input.completedOn);
    const orgPrompt = await orgPromptFor(tx, tenantId, row.enterpriseId, activated.coveringOrgs.some((o) => o.kind === 'own'));
    await recordAudit(tx, auditActor(ctx), {
      action: 'onboarding_case.complete',
      objectType: 'onboarding_case',
      objectId: id,
      result: 'success',
      diff: { before: { status: row.status }, after: { status: 'completed', completedOn: input.completedOn }, enterpriseId: row.enterpriseId, enterpriseStatus: 'active', orgPrompt },
    });
    return { ...(await loadCaseDetail(tx, tenantId, { ...updated, enterpriseName: row.enterpriseName }, today())), orgPrompt };
  });
}

/**
 * Members employed at the enterprise today and no org of its own: what to found or join. Null when nothing is
 * due. Judged as of today, whatever the completion date: the prompt asks for action now.
 */
async function orgPromptFor(db: DbOrTx, tenantId: number, enterpriseId: number, hasOwnOrg: boolean) {
  if (hasOwnOrg) return null;
  const { employed, full } = await repo.countEmployedMembers(db, tenantId, enterpriseId, today());
  if (employed === 0) return null;
  const suggestion = orgSuggestionFor(full);
  const message =
    suggestion === 'found_branch'
      ? `该企业有党员 ${employed} 名（正式党员 ${full} 名），尚无自己的党组织，应单独组建党支部`
      : `该企业有党员 ${employed} 名（正式党员 ${full} 名），不足 3 名正式党员，宜就近加入联合党支部`;
  return { employedMembers: employed, fullMembers: full, suggestion, message };
}

/** Cancels an open case with a reason, appended to the case's note. The enterprise stays in onboarding. */
export async function cancelCase(ctx: ServiceContext, id: number, input: { note: string }): Promise<CaseDetailView> {
  const tenantId = ctx.actor.tenantId;
  return ctx.db.transaction(async (tx) => {
    const row = await loadOpenCaseForWrite(ctx, tx, id);
    const reason = `撤销原因：${input.note}`;
    const updated = await repo.updateCase(tx, tenantId, id, { status: 'cancelled', note: row.note ? `${row.note}\n${reason}` : reason });
    await recordAudit(tx, auditActor(ctx), {
      action: 'onboarding_case.cancel',
      objectType: 'onboarding_case',
      objectId: id,
      result: 'success',
      diff: { before: { status: row.status }, after: { status: 'cancelled' }, note: input.note, on: today() },
    });
    return loadCaseDetail(tx, tenantId, { ...updated, enterpriseName: row.enterpriseName }, today());
  });
}
