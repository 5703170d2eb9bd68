import { and, asc, desc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { projectNotes, projectOfficers, projectStageChanges, users } from '../../db/schema/index.ts';

/** The only code that queries a project's stage changes, chief service officers and notes. */
export type StageChangeRow = typeof projectStageChanges.$inferSelect & { byUserName: string | null };
export type OfficerRow = typeof projectOfficers.$inferSelect & { userName: string };
export type NoteRow = typeof projectNotes.$inferSelect & { byUserName: string | null };

export async function listStageChanges(db: DbOrTx, tenantId: number, projectId: number): Promise<StageChangeRow[]> {
  const rows = await db
    .select({ change: projectStageChanges, byUserName: users.displayName })
    .from(projectStageChanges)
    .leftJoin(users, and(eq(users.tenantId, projectStageChanges.tenantId), eq(users.id, projectStageChanges.byUserId)))
    .where(and(eq(projectStageChanges.tenantId, tenantId), eq(projectStageChanges.projectId, projectId)))
    .orderBy(asc(projectStageChanges.changedOn), asc(projectStageChanges.id));
  return rows.map((r) => ({ ...r.change, byUserName: r.byUserName }));
}

export async function lastStageChange(db: DbOrTx, tenantId: number, projectId: number): Promise<typeof projectStageChanges.$inferSelect | null> {
  const [row] = await db
    .select()
    .from(projectStageChanges)
    .where(and(eq(projectStageChanges.tenantId, tenantId), eq(projectStageChanges.projectId, projectId)))
    .orderBy(desc(projectStageChanges.changedOn), desc(projectStageChanges.id))
    .limit(1);
  return row ?? null;
}

export async function insertStageChange(db: DbOrTx, values: typeof projectStageChanges.$inferInsert): Promise<void> {
  await db.insert(projectStageChanges).values(values);
}

const officerColumns = { officer: projectOfficers, userName: users.displayName };
const officerUserJoin = and(eq(users.tenantId, projectOfficers.tenantId), eq(users.id, projectOfficers.officerUserId));

/** Every officer assignment of a project, latest first. */
export async function listOfficers(db: DbOrTx, tenantId: number, projectId: number): Promise<OfficerRow[]> {
  const rows = await db
    .select(officerColumns)
    .from(projectOfficers)
    .innerJoin(users, officerUserJoin)
    .where(and(eq(projectOfficers.tenantId, tenantId), eq(projectOfficers.projectId, projectId)))
    .orderBy(desc(projectOfficers.validFrom), desc(projectOfficers.id));
  return rows.map((r) => ({ ...r.officer, userName: r.userName }));
}

export async function findOfficer(db: DbOrTx, tenantId: number, id: number, lock = false): Promise<OfficerRow | null> {
  const query = db.select(officerColumns).from(projectOfficers).innerJoin(users, officerUserJoin).where(and(eq(projectOfficers.tenantId, tenantId), eq(projectOfficers.id, id)));
  const [row] = lock ? await query.for('update', { of: projectOfficers }) : await query;
  return row ? { ...row.officer, userName: row.userName } : null;
}

/** Whether the user serves the project as chief service officer on the day. */
export async function isOfficerOn(db: DbOrTx, tenantId: number, projectId: number, userId: number, on: string): Promise<boolean> {
  const [row] = await db
    .select({ id: projectOfficers.id })
    .from(projectOfficers)
    .where(
      and(
        eq(projectOfficers.tenantId, tenantId),
        eq(projectOfficers.projectId, projectId),
        eq(projectOfficers.officerUserId, userId),
        lte(projectOfficers.validFrom, on),
        or(isNull(projectOfficers.validTo), gt(projectOfficers.validTo, on)),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertOfficer(db: DbOrTx, values: typeof projectOfficers.$inferInsert): Promise<number> {
  const [row] = await db.insert(projectOfficers).values(values).returning({ id: projectOfficers.id });
  return row.id;
}

export async function endOfficer(db: DbOrTx, tenantId: number, id: number, validTo: string): Promise<void> {
  await db.update(projectOfficers).set({ validTo }).where(and(eq(projectOfficers.tenantId, tenantId), eq(projectOfficers.id, id)));
}

/** A user of the park, for naming an officer (existence and whether the account is usable). */
export async function findParkUser(db: DbOrTx, tenantId: number, userId: number): Promise<{ id: number; displayName: string; isDisabled: boolean } | null> {
  const [row] = await db
    .select({ id: users.id, displayName: users.displayName, isDisabled: users.isDisabled })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  return row ?? null;
}

const noteColumns = { note: projectNotes, byUserName: users.displayName };
const noteUserJoin = and(eq(users.tenantId, projectNotes.tenantId), eq(users.id, projectNotes.byUserId));

/** A project's notes, latest first. */
export async function listNotes(db: DbOrTx, tenantId: number, projectId: number): Promise<NoteRow[]> {
  const rows = await db
    .select(noteColumns)
    .from(projectNotes)
    .leftJoin(users, noteUserJoin)
    .where(and(eq(projectNotes.tenantId, tenantId), eq(projectNotes.projectId, projectId)))
    .orderBy(desc(projectNotes.notedOn), desc(projectNotes.id));
  return rows.map((r) => ({ ...r.note, byUserName: r.byUserName }));
}

export async function findNote(db: DbOrTx, tenantId: number, id: number, lock = false): Promise<NoteRow | null> {
  const query = db.select(noteColumns).from(projectNotes).leftJoin(users, noteUserJoin).where(and(eq(projectNotes.tenantId, tenantId), eq(projectNotes.id, id)));
  const [row] = lock ? await query.for('update', { of: projectNotes }) : await query;
  return row ? { ...row.note, byUserName: row.byUserName } : null;
}

export async function insertNote(db: DbOrTx, values: typeof projectNotes.$inferInsert): Promise<number> {
  const [row] = await db.insert(projectNotes).values(values).returning({ id: projectNotes.id });
  return row.id;
}

export async function resolveNote(db: DbOrTx, tenantId: number, id: number, resolvedOn: string): Promise<void> {
  await db.update(projectNotes).set({ status: 'resolved', resolvedOn }).where(and(eq(projectNotes.tenantId, tenantId), eq(projectNotes.id, id)));
}
