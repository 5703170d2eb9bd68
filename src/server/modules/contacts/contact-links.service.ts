import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, type ErrorDetail, conflict, invalidField, notFound, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import { type Scope, isPathInScope } from '../../platform/scope.ts';
import { requireReadableEnterprise } from '../enterprises/enterprises.service.ts';
import { getMember } from '../members/members.service.ts';
import { requireReadableOrg } from '../orgs/orgs.service.ts';
import { requireReadablePlace } from '../places/places.service.ts';
import { userHoldsRole } from '../users/users.service.ts';
import { assertLinkVisible, assertLinkWritable, readScope, visibleScope, writeScope } from './contacts.policy.ts';
import { presentLink } from './contacts.presenter.ts';
import * as repo from './contacts.repository.ts';
import { type LinkKind, enterpriseKinds, userRoleOf } from './contacts.rules.ts';
import type { CreateLinkInput, EndLinkInput, LinkView, ListLinksInput, StaleLinksInput } from './contacts.schemas.ts';
import { loadIntervals } from './contact-settings.service.ts';

/** Dated contact links (双联系): leader contact points, department and cadre pairings, org ↔ place links, secondments. */

type PartyField = 'userId' | 'orgId' | 'enterpriseId' | 'placeId' | 'memberId' | 'personName' | 'direction';
/** The fields each kind needs, and those it may carry besides. */
const shapes: Record<LinkKind, { needs: PartyField[]; may: PartyField[] }> = {
  leader_org: { needs: ['userId', 'orgId'], may: [] },
  department_enterprise: { needs: ['orgId', 'enterpriseId'], may: [] },
  cadre_enterprise: { needs: ['userId', 'enterpriseId'], may: [] },
  org_place: { needs: ['orgId', 'placeId'], may: [] },
  secondment: { needs: ['orgId', 'enterpriseId', 'direction'], may: ['memberId', 'personName'] },
};
const partyFields: PartyField[] = ['userId', 'orgId', 'enterpriseId', 'placeId', 'memberId', 'personName', 'direction'];

/** Every field the kind needs but lacks, and every one it cannot carry (400, each named). */
function checkShape(input: CreateLinkInput) {
  const shape = shapes[input.kind];
  const problems: ErrorDetail[] = [];
  for (const f of partyFields) {
    const given = input[f] !== undefined;
    if (shape.needs.includes(f) && !given) problems.push({ field: f, message: `该类联系须填写 ${f}`, messageEn: `A ${input.kind} link needs ${f}` });
    if (!shape.needs.includes(f) && !shape.may.includes(f) && given) problems.push({ field: f, message: `该类联系不填写 ${f}`, messageEn: `A ${input.kind} link takes no ${f}` });
  }
  if (input.kind === 'secondment' && input.personName === undefined && input.memberId === undefined) {
    problems.push({ field: 'personName', message: '挂职须填写挂职人员', messageEn: 'A secondment needs personName or memberId' });
  }
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems);
}

/** 404 naming the field for a party outside the caller's reach (or not in the park). */
async function withField<T>(field: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', [{ field, message: '未找到该记录', messageEn: 'Not found' }]);
    throw error;
  }
}

/**
 * Checks the parties of a new link and returns the seconded person's name. The side that decides the link's
 * scope (its enterprise, else its org) must lie in the caller's contacts.write scope: 404 unseen, 403 seen only.
 */
async function checkParties(ctx: ServiceContext, input: CreateLinkInput, write: Scope): Promise<string | null> {
  const isEnterpriseKind = enterpriseKinds.includes(input.kind);
  if (input.enterpriseId !== undefined) {
    const enterpriseId = input.enterpriseId;
    const unit = await requireReadableEnterprise(ctx, enterpriseId, { field: 'enterpriseId', scope: visibleScope(ctx.actor) });
    if (unit.foundedOn && input.validFrom < unit.foundedOn) throw ruleViolation('validFrom', `该企业成立于 ${unit.foundedOn}，联系不能早于此日`, `The enterprise was founded on ${unit.foundedOn}; the link cannot begin earlier`);
    if (!write.all) {
      await requireReadableEnterprise(ctx, enterpriseId, { scope: write }).catch((e: unknown) => {
        throw e instanceof AppError && e.code === 'NOT_FOUND' ? new AppError('FORBIDDEN') : e;
      });
    }
  }
  if (input.orgId !== undefined) {
    const orgId = input.orgId;
    const org = await withField('orgId', () => requireReadableOrg(ctx, orgId));
    if (!isEnterpriseKind && !isPathInScope(write, org.path)) throw new AppError('FORBIDDEN');
    if (org.dissolvedOn) throw ruleViolation('orgId', `该党组织已于 ${org.dissolvedOn} 撤销`, `The org was dissolved on ${org.dissolvedOn}`);
    if (input.validFrom < org.foundedOn) throw ruleViolation('validFrom', `该党组织成立于 ${org.foundedOn}，联系不能早于此日`, `The org was founded on ${org.foundedOn}; the link cannot begin earlier`);
    if ((input.kind === 'department_enterprise' || input.kind === 'secondment') && org.hostUnitKind !== 'government') {
      throw ruleViolation('orgId', '须为区级部门（机关）党组织', 'Must be the party org of a department (an organ branch)');
    }
    if (input.kind === 'org_place' && org.hostUnitKind !== 'enterprise') throw ruleViolation('orgId', '须为企业党组织', 'Must be an enterprise party org');
  }
  if (input.placeId !== undefined) {
    const place = await requireReadablePlace(ctx, input.placeId, 'placeId');
    if (place.kind !== 'community' && place.kind !== 'compound') throw ruleViolation('placeId', '须为城市社区或小区楼院', 'Must be a community or a compound');
  }
  const role = userRoleOf[input.kind];
  if (role && input.userId !== undefined) {
    const holds = await userHoldsRole(ctx, input.userId, role, input.validFrom);
    if (holds === null) throw new AppError('NOT_FOUND', [{ field: 'userId', message: '未找到该用户', messageEn: 'No such user in this park' }]);
    if (!holds) {
      const name = role === 'leader' ? '区领导' : '联系干部';
      throw ruleViolation('userId', `该用户在开始日期不担任${name}（或已停用）`, `The user does not hold the ${role} role on validFrom (or is disabled)`);
    }
  }
  if (input.memberId !== undefined) {
    const memberId = input.memberId;
    const member = await withField('memberId', () => getMember(ctx, memberId));
    return input.personName ?? member.name;
  }
  return input.personName ?? null;
}

async function presentById(db: DbOrTx, ctx: ServiceContext, id: number, on: string): Promise<LinkView> {
  const row = await repo.findLink(db, ctx.actor.tenantId, id, { visible: { all: true } }, on, await loadIntervals(db, ctx.actor.tenantId));
  if (!row) throw notFound();
  return presentLink(row, on);
}

/** Links the caller may read, in force on a date (today by default), or their whole history with includeEnded. */
export async function listLinks(ctx: ServiceContext, input: ListLinksInput) {
  const scope = readScope(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  const on = today();
  const asOf = input.asOf ?? on;
  if (input.enterpriseId !== undefined) await requireReadableEnterprise(ctx, input.enterpriseId, { field: 'enterpriseId', scope });
  if (input.orgId !== undefined) {
    const orgId = input.orgId;
    await withField('orgId', () => requireReadableOrg(ctx, orgId));
  }
  const intervals = await loadIntervals(ctx.db, tenantId);
  const { total, rows } = await repo.listLinks(ctx.db, tenantId, scope, intervals, {
    scopeOn: on,
    on: asOf,
    kind: input.kind,
    userId: input.userId,
    orgId: input.orgId,
    enterpriseId: input.enterpriseId,
    placeId: input.placeId,
    includeEnded: input.includeEnded,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  return { items: rows.map((r) => presentLink(r, asOf)), total, page: input.page, pageSize: input.pageSize, asOf };
}

/** Links in force on a date without a visit within their kind's interval (the flags of "links without a visit in N days"). */
export async function listStaleLinks(ctx: ServiceContext, input: StaleLinksInput) {
  const scope = readScope(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  const on = today();
  const asOf = input.asOf ?? on;
  const intervals = await loadIntervals(ctx.db, tenantId);
  const { total, rows } = await repo.listLinks(ctx.db, tenantId, scope, intervals, {
    scopeOn: on,
    on: asOf,
    kind: input.kind,
    staleOnly: true,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  return { items: rows.map((r) => presentLink(r, asOf)), total, page: input.page, pageSize: input.pageSize, asOf };
}

export async function getLink(ctx: ServiceContext, id: number, asOf?: string): Promise<LinkView> {
  const scope = readScope(ctx.actor);
  const on = today();
  const link = await repo.findLink(ctx.db, ctx.actor.tenantId, id, { visible: scope }, asOf ?? on, await loadIntervals(ctx.db, ctx.actor.tenantId));
  assertLinkVisible(link);
  return presentLink(link, asOf ?? on);
}

/**
 * Makes a link from a date. The kind decides the fields (400 for a missing or extraneous one); the parties must
 * be what the kind says — a leader or cadre holding that role on validFrom, a department's organ org, an
 * enterprise party org, a community or compound, and the org and enterprise founded by validFrom (422); the
 * same parties may not be linked twice over overlapping periods (409).
 */
export async function createLink(ctx: ServiceContext, input: CreateLinkInput): Promise<LinkView> {
  const write = writeScope(ctx.actor);
  const on = today();
  checkShape(input);
  if (input.validFrom > on) throw invalidField('validFrom', '开始日期不能晚于今天', 'validFrom cannot be in the future');
  const tenantId = ctx.actor.tenantId;
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const personName = await checkParties(txCtx, input, write);
    const parties = {
      kind: input.kind,
      userId: input.userId ?? null,
      orgId: input.orgId ?? null,
      enterpriseId: input.enterpriseId ?? null,
      placeId: input.placeId ?? null,
      personName,
    };
    const twin = await repo.findOverlappingLink(tx, tenantId, { ...parties, from: input.validFrom });
    if (twin) throw conflict('validFrom', `双方已有期间重叠的同类联系（自 ${twin.validFrom} 起）`, `The same parties already have an overlapping link of this kind (from ${twin.validFrom})`);
    const row = await repo.insertLink(tx, { tenantId, ...parties, memberId: input.memberId ?? null, direction: input.direction ?? null, note: input.note ?? null, validFrom: input.validFrom });
    await recordAudit(tx, auditActor(ctx), { action: 'contact_link.create', objectType: 'contact_link', objectId: row.id, result: 'success', diff: { after: { ...input, personName } } });
    return presentById(tx, ctx, row.id, on);
  });
}

/** Ends a link: validTo (exclusive) after its start and not in the future; an ended link stays ended (422). */
export async function endLink(ctx: ServiceContext, id: number, input: EndLinkInput): Promise<LinkView> {
  const write = writeScope(ctx.actor);
  const on = today();
  if (input.validTo > on) throw invalidField('validTo', '结束日期不能晚于今天', 'validTo cannot be in the future');
  const tenantId = ctx.actor.tenantId;
  return ctx.db.transaction(async (tx) => {
    const link = await repo.findLink(tx, tenantId, id, { visible: visibleScope(ctx.actor), writable: write }, on, {}, true);
    assertLinkWritable(link);
    if (link.validTo !== null) throw ruleViolation('validTo', `该联系已于 ${link.validTo} 结束`, `The link already ended on ${link.validTo}`);
    if (input.validTo <= link.validFrom) throw ruleViolation('validTo', `结束日期须晚于开始日期（${link.validFrom}）`, `validTo must come after validFrom (${link.validFrom})`);
    await repo.endLink(tx, tenantId, id, input.validTo);
    await recordAudit(tx, auditActor(ctx), { action: 'contact_link.end', objectType: 'contact_link', objectId: id, result: 'success', diff: { before: { validTo: null }, after: { validTo: input.validTo } } });
    return presentById(tx, ctx, id, on);
  });
}
