import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { enterprises, memberships, members, onboardingCases, onboardingHandoffs, onboardingSteps, orgs, users } from '../../db/schema/index.ts';
import { type Scope, enterpriseInScope } from '../../platform/scope.ts';

/**
 * The only code that queries onboarding cases, steps and hand-offs — and, read-only, the few facts about
 * enterprises, members and users they show: the enterprise's name and responsible org (which decide scope),
 * the members employed there (for the org prompt), the names of the officials on a step.
 */
export type CaseRow = typeof onboardingCases.$inferSelect;
export type StepRow = typeof onboardingSteps.$inferSelect;
export type HandoffRow = typeof onboardingHandoffs.$inferSelect;

/** The scopes a record is judged against; `write` null on reads. */
export type Scopes = { read: Scope; write: Scope | null; on: string };

export type CaseWithEnterprise = CaseRow & { enterpriseName: string };
export type CaseAccess = CaseWithEnterprise & { readable: boolean; writable: boolean };
export type StepAccess = StepRow & { caseStatus: string; openedOn: string; readable: boolean; writable: boolean };
export type StepWithOwner = StepRow & { ownerUserName: string | null };
export type HandoffWithUser = HandoffRow & { byUserName: string | null };

const enterpriseJoin = and(eq(enterprises.tenantId, onboardingCases.tenantId), eq(enterprises.id, onboardingCases.enterpriseId));
const orgJoin = and(eq(orgs.tenantId, enterprises.tenantId), eq(orgs.id, enterprises.responsibleOrgId));
const caseJoin = and(eq(onboardingCases.tenantId, onboardingSteps.tenantId), eq(onboardingCases.id, onboardingSteps.caseId));
const ownerJoin = and(eq(users.tenantId, onboardingSteps.tenantId), eq(users.id, onboardingSteps.ownerUserId));
const openWork = inArray(onboardingSteps.status, ['pending', 'in_progress']);

/** "The case's enterprise lies in the scope" (joined enterprises and their responsible orgs). */
function inScope(scope: Scope, tenantId: number, on: string): SQL {
  return enterpriseInScope(scope, { tenantId, enterpriseId: enterprises.id, responsibleOrgPath: orgs.path, on });
}

function reach(s: Scopes, tenantId: number) {
  return {
    readable: sql<boolean>`${inScope(s.read, tenantId, s.on)}`,
    writable: s.write ? sql<boolean>`${inScope(s.write, tenantId, s.on)}` : sql<boolean>`false`,
  };
}

/** One case with its enterprise's name and the caller's reach; `lock` holds the case row for the transaction. */
export async function findCase(db: DbOrTx, tenantId: number, id: number, s: Scopes, lock = false): Promise<CaseAccess | null> {
  const query = db
    .select({ c: onboardingCases, enterpriseName: enterprises.name, ...reach(s, tenantId) })
    .from(onboardingCases)
    .innerJoin(enterprises, enterpriseJoin)
    .innerJoin(orgs, orgJoin)
    .where(and(eq(onboardingCases.tenantId, tenantId), eq(onboardingCases.id, id)));
  const [row] = lock ? await query.for('update', { of: onboardingCases }) : await query;
  return row ? { ...row.c, enterpriseName: row.enterpriseName, readable: row.readable, writable: row.writable } : null;
}

/** One step with its case's status and opening date and the caller's reach; `lock` holds step and case. */
export async function findStep(db: DbOrTx, tenantId: number, id: number, s: Scopes, lock = false): Promise<StepAccess | null> {
  const query = db
    .select({ step: onboardingSteps, caseStatus: onboardingCases.status, openedOn: onboardingCases.openedOn, ...reach(s, tenantId) })
    .from(onboardingSteps)
    .innerJoin(onboardingCases, caseJoin)
    .innerJoin(enterprises, enterpriseJoin)
    .innerJoin(orgs, orgJoin)
    .where(and(eq(onboardingSteps.tenantId, tenantId), eq(onboardingSteps.id, id)));
  const [row] = lock ? await query.for('update', { of: [onboardingSteps, onboardingCases] }) : await query;
  return row ? { ...row.step, caseStatus: row.caseStatus, openedOn: row.openedOn, readable: row.readable, writable: row.writable } : null;
}

/**
 * Serializes case creation per enterprise until the transaction ends, so two concurrent requests cannot both
 * open a case (the schema has no unique index on open cases).
 */
export async function lockEnterpriseCases(tx: DbOrTx, tenantId: number, enterpriseId: number): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`onboarding-case:${tenantId}:${enterpriseId}`}, 0))`);
}

export async function findOpenCaseId(db: DbOrTx, tenantId: number, enterpriseId: number): Promise<number | null> {
  const [row] = await db
    .select({ id: onboardingCases.id })
    .from(onboardingCases)
    .where(and(eq(onboardingCases.tenantId, tenantId), eq(onboardingCases.enterpriseId, enterpriseId), eq(onboardingCases.status, 'open')))
    .limit(1);
  return row?.id ?? null;
}

export async function insertCase(tx: DbOrTx, values: typeof onboardingCases.$inferInsert): Promise<CaseRow> {
  const [row] = await tx.insert(onboardingCases).values(values).returning();
  return row;
}

export async function updateCase(tx: DbOrTx, tenantId: number, id: number, patch: Partial<typeof onboardingCases.$inferInsert>): Promise<CaseRow> {
  const [row] = await tx
    .update(onboardingCases)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(onboardingCases.tenantId, tenantId), eq(onboardingCases.id, id)))
    .returning();
  return row;
}

export async function insertSteps(tx: DbOrTx, rows: (typeof onboardingSteps.$inferInsert)[]): Promise<StepRow[]> {
  return tx.insert(onboardingSteps).values(rows).returning();
}

export async function updateStep(tx: DbOrTx, tenantId: number, id: number, patch: Partial<typeof onboardingSteps.$inferInsert>): Promise<StepRow> {
  const [row] = await tx
    .update(onboardingSteps)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(onboardingSteps.tenantId, tenantId), eq(onboardingSteps.id, id)))
    .returning();
  return row;
}

export async function insertHandoff(tx: DbOrTx, values: typeof onboardingHandoffs.$inferInsert): Promise<HandoffRow> {
  const [row] = await tx.insert(onboardingHandoffs).values(values).returning();
  return row;
}

/** The steps of some cases with their officials' names, by case, track and seq. */
export async function listStepsOfCases(db: DbOrTx, tenantId: number, caseIds: number[]): Promise<StepWithOwner[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .select({ step: onboardingSteps, ownerUserName: users.displayName })
    .from(onboardingSteps)
    .leftJoin(users, ownerJoin)
    .where(and(eq(onboardingSteps.tenantId, tenantId), inArray(onboardingSteps.caseId, caseIds)))
    .orderBy(asc(onboardingSteps.caseId), asc(onboardingSteps.track), asc(onboardingSteps.seq), asc(onboardingSteps.id));
  return rows.map((r) => ({ ...r.step, ownerUserName: r.ownerUserName }));
}

/** Hand-offs of some steps, oldest first, with the recording user's name. */
export async function listHandoffsOfSteps(db: DbOrTx, tenantId: number, stepIds: number[]): Promise<HandoffWithUser[]> {
  if (stepIds.length === 0) return [];
  const rows = await db
    .select({ handoff: onboardingHandoffs, byUserName: users.displayName })
    .from(onboardingHandoffs)
    .leftJoin(users, and(eq(users.tenantId, onboardingHandoffs.tenantId), eq(users.id, onboardingHandoffs.byUserId)))
    .where(and(eq(onboardingHandoffs.tenantId, tenantId), inArray(onboardingHandoffs.stepId, stepIds)))
    .orderBy(asc(onboardingHandoffs.handedOn), asc(onboardingHandoffs.id));
  return rows.map((r) => ({ ...r.handoff, byUserName: r.byUserName }));
}

export type CaseFilter = { status?: string; overdueOn?: string; enterpriseId?: number; on: string; offset: number; limit: number };

/** Cases whose enterprise lies in the scope, newest first. `overdueOn`: only open cases with a step overdue that day. */
export async function listCases(db: DbOrTx, tenantId: number, scope: Scope, f: CaseFilter): Promise<{ total: number; rows: CaseWithEnterprise[] }> {
  const where = and(
    eq(onboardingCases.tenantId, tenantId),
    inScope(scope, tenantId, f.on),
    f.status ? eq(onboardingCases.status, f.status) : undefined,
    f.enterpriseId !== undefined ? eq(onboardingCases.enterpriseId, f.enterpriseId) : undefined,
    f.overdueOn
      ? and(
          eq(onboardingCases.status, 'open'),
          sql`EXISTS (SELECT 1 FROM ${onboardingSteps} WHERE ${onboardingSteps.tenantId} = ${onboardingCases.tenantId}
            AND ${onboardingSteps.caseId} = ${onboardingCases.id} AND ${openWork} AND ${onboardingSteps.dueOn} < ${f.overdueOn})`,
        )
      : undefined,
  );
  const [{ total }] = await db.select({ total: count() }).from(onboardingCases).innerJoin(enterprises, enterpriseJoin).innerJoin(orgs, orgJoin).where(where);
  const rows = await db
    .select({ c: onboardingCases, enterpriseName: enterprises.name })
    .from(onboardingCases)
    .innerJoin(enterprises, enterpriseJoin)
    .innerJoin(orgs, orgJoin)
    .where(where)
    .orderBy(desc(onboardingCases.openedOn), desc(onboardingCases.id))
    .offset(f.offset)
    .limit(f.limit);
  return { total, rows: rows.map((r) => ({ ...r.c, enterpriseName: r.enterpriseName })) };
}

export type OverdueFilter = { asOf: string; on: string; track?: string; ownerDepartment?: string; offset: number; limit: number };
export type OverdueStepRow = StepWithOwner & { enterpriseId: number; enterpriseName: string };

/** Open steps of open cases in scope due before `asOf`, the most overdue first. */
export async function listOverdueSteps(db: DbOrTx, tenantId: number, scope: Scope, f: OverdueFilter): Promise<{ total: number; rows: OverdueStepRow[] }> {
  const where = and(
    eq(onboardingSteps.tenantId, tenantId),
    eq(onboardingCases.status, 'open'),
    openWork,
    sql`${onboardingSteps.dueOn} < ${f.asOf}`,
    f.track ? eq(onboardingSteps.track, f.track) : undefined,
    f.ownerDepartment ? eq(onboardingSteps.ownerDepartment, f.ownerDepartment) : undefined,
    inScope(scope, tenantId, f.on),
  );
  const [{ total }] = await db
    .select({ total: count() })
    .from(onboardingSteps)
    .innerJoin(onboardingCases, caseJoin)
    .innerJoin(enterprises, enterpriseJoin)
    .innerJoin(orgs, orgJoin)
    .where(where);
  const rows = await db
    .select({ step: onboardingSteps, ownerUserName: users.displayName, enterpriseId: enterprises.id, enterpriseName: enterprises.name })
    .from(onboardingSteps)
    .innerJoin(onboardingCases, caseJoin)
    .innerJoin(enterprises, enterpriseJoin)
    .innerJoin(orgs, orgJoin)
    .leftJoin(users, ownerJoin)
    .where(where)
    .orderBy(asc(onboardingSteps.dueOn), asc(onboardingSteps.id))
    .offset(f.offset)
    .limit(f.limit);
  return { total, rows: rows.map((r) => ({ ...r.step, ownerUserName: r.ownerUserName, enterpriseId: r.enterpriseId, enterpriseName: r.enterpriseName })) };
}

/** A user of the park, for naming a step's official. */
export async function findUser(db: DbOrTx, tenantId: number, id: number): Promise<{ id: number; displayName: string; isDisabled: boolean } | null> {
  const [row] = await db
    .select({ id: users.id, displayName: users.displayName, isDisabled: users.isDisabled })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  return row ?? null;
}

const inForceOn = (on: string) => and(sql`${memberships.validFrom} <= ${on}`, or(isNull(memberships.validTo), sql`${memberships.validTo} > ${on}`));

/** Members working at the enterprise with a membership in force on a date; of them, full members on that date. */
export async function countEmployedMembers(db: DbOrTx, tenantId: number, enterpriseId: number, on: string): Promise<{ employed: number; full: number }> {
  const [row] = await db
    .select({
      employed: count(),
      full: sql<number>`count(*) FILTER (WHERE ${members.status} = 'full' AND (${members.convertedOn} IS NULL OR ${members.convertedOn} <= ${on}))`.mapWith(Number),
    })
    .from(members)
    .where(
      and(
        eq(members.tenantId, tenantId),
        eq(members.employerId, enterpriseId),
        sql`EXISTS (SELECT 1 FROM ${memberships} WHERE ${memberships.tenantId} = ${members.tenantId} AND ${memberships.memberId} = ${members.id} AND ${inForceOn(on)})`,
      ),
    );
  return { employed: row.employed, full: row.full };
}

/** One step with its official's name (no scope: the caller has already judged the step). */
export async function findStepWithOwner(db: DbOrTx, tenantId: number, id: number): Promise<StepWithOwner | null> {
  const [row] = await db
    .select({ step: onboardingSteps, ownerUserName: users.displayName })
    .from(onboardingSteps)
    .leftJoin(users, ownerJoin)
    .where(and(eq(onboardingSteps.tenantId, tenantId), eq(onboardingSteps.id, id)));
  return row ? { ...row.step, ownerUserName: row.ownerUserName } : null;
}
