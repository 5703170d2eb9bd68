import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/connection.ts';
import { orgs, requestAttachments, requestCategories, requestEvents, roleAssignments, users } from '../../db/schema/index.ts';

/** The only code that queries request events, attachments and categories, and the assignee's role assignments. */
export type EventRow = typeof requestEvents.$inferSelect & { actorName: string | null; departmentName: string | null; assigneeName: string | null; escalatedToName: string | null };
export type AttachmentMeta = Omit<typeof requestAttachments.$inferSelect, 'content'>;
export type AttachmentRow = typeof requestAttachments.$inferSelect;
export type CategoryRow = typeof requestCategories.$inferSelect;

const actor = alias(users, 'event_actor');
const eventAssignee = alias(users, 'event_assignee');
const eventDepartment = alias(orgs, 'event_department');
const eventEscalated = alias(orgs, 'event_escalated');

export async function insertEvent(db: DbOrTx, values: typeof requestEvents.$inferInsert): Promise<void> {
  await db.insert(requestEvents).values(values);
}

/** A request's events, earliest first, with the names of who and where. */
export async function listEvents(db: DbOrTx, tenantId: number, requestId: number): Promise<EventRow[]> {
  const rows = await db
    .select({ event: requestEvents, actorName: actor.displayName, departmentName: eventDepartment.name, assigneeName: eventAssignee.displayName, escalatedToName: eventEscalated.name })
    .from(requestEvents)
    .leftJoin(actor, and(eq(actor.tenantId, requestEvents.tenantId), eq(actor.id, requestEvents.actorUserId)))
    .leftJoin(eventAssignee, and(eq(eventAssignee.tenantId, requestEvents.tenantId), eq(eventAssignee.id, requestEvents.assigneeUserId)))
    .leftJoin(eventDepartment, and(eq(eventDepartment.tenantId, requestEvents.tenantId), eq(eventDepartment.id, requestEvents.departmentOrgId)))
    .leftJoin(eventEscalated, and(eq(eventEscalated.tenantId, requestEvents.tenantId), eq(eventEscalated.id, requestEvents.escalatedToOrgId)))
    .where(and(eq(requestEvents.tenantId, tenantId), eq(requestEvents.requestId, requestId)))
    .orderBy(asc(requestEvents.at), asc(requestEvents.id));
  return rows.map((r) => ({ ...r.event, actorName: r.actorName, departmentName: r.departmentName, assigneeName: r.assigneeName, escalatedToName: r.escalatedToName }));
}

/** The latest event's time per request (Open311's updated_datetime). */
export async function lastEventTimes(db: DbOrTx, tenantId: number, ids: number[]): Promise<Map<number, Date>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ requestId: requestEvents.requestId, at: sql<string>`max(${requestEvents.at})` })
    .from(requestEvents)
    .where(and(eq(requestEvents.tenantId, tenantId), sql`${requestEvents.requestId} IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`))
    .groupBy(requestEvents.requestId);
  return new Map(rows.map((r) => [Number(r.requestId), new Date(r.at)]));
}

export async function insertAttachment(db: DbOrTx, values: typeof requestAttachments.$inferInsert): Promise<AttachmentMeta> {
  const [row] = await db.insert(requestAttachments).values(values).returning({
    tenantId: requestAttachments.tenantId,
    id: requestAttachments.id,
    requestId: requestAttachments.requestId,
    fileName: requestAttachments.fileName,
    mimeType: requestAttachments.mimeType,
    sizeBytes: requestAttachments.sizeBytes,
    sha256: requestAttachments.sha256,
    uploadedByUserId: requestAttachments.uploadedByUserId,
    createdAt: requestAttachments.createdAt,
  });
  return row;
}

/** A request's attachments without their content, oldest first. */
export async function listAttachments(db: DbOrTx, tenantId: number, requestId: number): Promise<AttachmentMeta[]> {
  return db
    .select({
      tenantId: requestAttachments.tenantId,
      id: requestAttachments.id,
      requestId: requestAttachments.requestId,
      fileName: requestAttachments.fileName,
      mimeType: requestAttachments.mimeType,
      sizeBytes: requestAttachments.sizeBytes,
      sha256: requestAttachments.sha256,
      uploadedByUserId: requestAttachments.uploadedByUserId,
      createdAt: requestAttachments.createdAt,
    })
    .from(requestAttachments)
    .where(and(eq(requestAttachments.tenantId, tenantId), eq(requestAttachments.requestId, requestId)))
    .orderBy(asc(requestAttachments.id));
}

export async function findAttachment(db: DbOrTx, tenantId: number, id: number): Promise<AttachmentRow | null> {
  const [row] = await db.select().from(requestAttachments).where(and(eq(requestAttachments.tenantId, tenantId), eq(requestAttachments.id, id)));
  return row ?? null;
}

export async function listCategories(db: DbOrTx, tenantId: number): Promise<CategoryRow[]> {
  return db.select().from(requestCategories).where(eq(requestCategories.tenantId, tenantId)).orderBy(asc(requestCategories.sortOrder), asc(requestCategories.id));
}

export async function findCategoryByCode(db: DbOrTx, tenantId: number, code: string): Promise<CategoryRow | null> {
  const [row] = await db.select().from(requestCategories).where(and(eq(requestCategories.tenantId, tenantId), eq(requestCategories.code, code)));
  return row ?? null;
}

/** Inserts the categories the park lacks (by code); concurrent seeding of the same park inserts each once. */
export async function insertMissingCategories(db: DbOrTx, values: (typeof requestCategories.$inferInsert)[]): Promise<void> {
  if (values.length === 0) return;
  await db.insert(requestCategories).values(values).onConflictDoNothing();
}

export async function upsertCategory(db: DbOrTx, values: typeof requestCategories.$inferInsert): Promise<CategoryRow> {
  const { tenantId, code, ...rest } = values;
  const [row] = await db
    .insert(requestCategories)
    .values(values)
    .onConflictDoUpdate({ target: [requestCategories.tenantId, requestCategories.code], set: { ...rest, updatedAt: new Date() } })
    .returning();
  return { ...row, tenantId, code };
}

/** A user of the park, whether active, with the role assignments in force on `on` and their orgs' paths (one query). */
export async function findUserWithAssignments(db: DbOrTx, tenantId: number, userId: number, on: string) {
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      isDisabled: users.isDisabled,
      assignmentId: roleAssignments.id,
      role: roleAssignments.role,
      orgId: roleAssignments.orgId,
      orgPath: orgs.path,
      enterpriseId: roleAssignments.enterpriseId,
    })
    .from(users)
    .leftJoin(
      roleAssignments,
      and(
        eq(roleAssignments.tenantId, users.tenantId),
        eq(roleAssignments.userId, users.id),
        or(isNull(roleAssignments.validFrom), sql`${roleAssignments.validFrom} <= ${on}`),
        or(isNull(roleAssignments.validTo), sql`${roleAssignments.validTo} > ${on}`),
      ),
    )
    .leftJoin(orgs, and(eq(orgs.tenantId, roleAssignments.tenantId), eq(orgs.id, roleAssignments.orgId)))
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  if (rows.length === 0) return null;
  const { id, username, displayName, isDisabled } = rows[0];
  const assignments = rows.flatMap((r) => (r.assignmentId === null || r.role === null ? [] : [{ id: r.assignmentId, role: r.role, orgId: r.orgId, orgPath: r.orgPath, enterpriseId: r.enterpriseId }]));
  return { id, username, displayName, isDisabled, assignments };
}
