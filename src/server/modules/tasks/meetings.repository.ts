import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { jointMeetingAttendees, jointMeetingDecisions, jointMeetings, members, orgs, taskItems } from '../../db/schema/index.ts';
import { type Scope, pathInScope } from '../../platform/scope.ts';

/** The only code that queries joint meetings (党建联席会议), their attendees and decisions. */
export type MeetingRow = typeof jointMeetings.$inferSelect & { orgName: string; orgPath: string };
export type AttendeeRow = { id: number; meetingId: number; memberId: number | null; memberName: string | null; name: string | null };
export type DecisionRow = typeof jointMeetingDecisions.$inferSelect & { taskItemIds: number[] };

const orgJoin = and(eq(orgs.tenantId, jointMeetings.tenantId), eq(orgs.id, jointMeetings.orgId));

export async function insertMeeting(db: DbOrTx, values: typeof jointMeetings.$inferInsert): Promise<number> {
  const [row] = await db.insert(jointMeetings).values(values).returning({ id: jointMeetings.id });
  return row.id;
}

export async function insertAttendees(db: DbOrTx, values: (typeof jointMeetingAttendees.$inferInsert)[]): Promise<void> {
  if (values.length) await db.insert(jointMeetingAttendees).values(values);
}

export async function insertDecisions(db: DbOrTx, values: (typeof jointMeetingDecisions.$inferInsert)[]): Promise<void> {
  if (values.length) await db.insert(jointMeetingDecisions).values(values);
}

export async function findMeeting(db: DbOrTx, tenantId: number, id: number): Promise<MeetingRow | null> {
  const [row] = await db.select({ meeting: jointMeetings, orgName: orgs.name, orgPath: orgs.path }).from(jointMeetings).innerJoin(orgs, orgJoin).where(and(eq(jointMeetings.tenantId, tenantId), eq(jointMeetings.id, id)));
  return row ? { ...row.meeting, orgName: row.orgName, orgPath: row.orgPath } : null;
}

export type MeetingFilter = { year?: number; subtreePath?: string; offset: number; limit: number };

/** Meetings held by orgs in the scope, latest first, with their decision counts. */
export async function listMeetings(db: DbOrTx, tenantId: number, scope: Scope, f: MeetingFilter) {
  const where = and(
    eq(jointMeetings.tenantId, tenantId),
    pathInScope(scope, orgs.path),
    f.year !== undefined ? sql`extract(year from ${jointMeetings.heldOn}) = ${f.year}` : undefined,
    f.subtreePath !== undefined ? sql`${orgs.path} LIKE ${`${f.subtreePath}%`}` : undefined,
  );
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(jointMeetings).innerJoin(orgs, orgJoin).where(where);
  const rows = await db
    .select({
      meeting: jointMeetings,
      orgName: orgs.name,
      orgPath: orgs.path,
      decisions: sql<number>`(SELECT count(*)::int FROM joint_meeting_decisions d WHERE d.tenant_id = ${jointMeetings.tenantId} AND d.meeting_id = ${jointMeetings.id})`,
      attendees: sql<number>`(SELECT count(*)::int FROM joint_meeting_attendees a WHERE a.tenant_id = ${jointMeetings.tenantId} AND a.meeting_id = ${jointMeetings.id})`,
    })
    .from(jointMeetings)
    .innerJoin(orgs, orgJoin)
    .where(where)
    .orderBy(desc(jointMeetings.heldOn), desc(jointMeetings.id))
    .offset(f.offset)
    .limit(f.limit);
  return { total: Number(total), rows: rows.map((r) => ({ ...r.meeting, orgName: r.orgName, orgPath: r.orgPath, decisionCount: Number(r.decisions), attendeeCount: Number(r.attendees) })) };
}

export async function listAttendees(db: DbOrTx, tenantId: number, meetingId: number): Promise<AttendeeRow[]> {
  return db
    .select({ id: jointMeetingAttendees.id, meetingId: jointMeetingAttendees.meetingId, memberId: jointMeetingAttendees.memberId, memberName: members.name, name: jointMeetingAttendees.name })
    .from(jointMeetingAttendees)
    .leftJoin(members, and(eq(members.tenantId, jointMeetingAttendees.tenantId), eq(members.id, jointMeetingAttendees.memberId)))
    .where(and(eq(jointMeetingAttendees.tenantId, tenantId), eq(jointMeetingAttendees.meetingId, meetingId)))
    .orderBy(asc(jointMeetingAttendees.id));
}

/** A meeting's decisions in order, each with the task items made from it. */
export async function listDecisions(db: DbOrTx, tenantId: number, meetingId: number): Promise<DecisionRow[]> {
  const rows = await db.select().from(jointMeetingDecisions).where(and(eq(jointMeetingDecisions.tenantId, tenantId), eq(jointMeetingDecisions.meetingId, meetingId))).orderBy(asc(jointMeetingDecisions.seq));
  const ids = rows.map((r) => r.id);
  const items = ids.length ? await db.select({ id: taskItems.id, decisionId: taskItems.decisionId }).from(taskItems).where(and(eq(taskItems.tenantId, tenantId), inArray(taskItems.decisionId, ids))).orderBy(asc(taskItems.id)) : [];
  return rows.map((r) => ({ ...r, taskItemIds: items.filter((i) => i.decisionId === r.id).map((i) => i.id) }));
}

export async function findDecision(db: DbOrTx, tenantId: number, id: number) {
  const [row] = await db.select().from(jointMeetingDecisions).where(and(eq(jointMeetingDecisions.tenantId, tenantId), eq(jointMeetingDecisions.id, id)));
  return row ?? null;
}
