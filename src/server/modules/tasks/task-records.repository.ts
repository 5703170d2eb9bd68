import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { taskEvidence, taskProgressReports, taskStatusChanges, users } from '../../db/schema/index.ts';

/** The only code that queries an item's progress reports, status changes and evidence files. */
export type ReportRow = typeof taskProgressReports.$inferSelect & { byUserName: string | null };
export type StatusChangeRow = typeof taskStatusChanges.$inferSelect & { byUserName: string | null };
export type EvidenceMeta = Omit<typeof taskEvidence.$inferSelect, 'content'> & { byUserName: string | null };

const reportUser = and(eq(users.tenantId, taskProgressReports.tenantId), eq(users.id, taskProgressReports.byUserId));
const statusUser = and(eq(users.tenantId, taskStatusChanges.tenantId), eq(users.id, taskStatusChanges.byUserId));
const evidenceUser = and(eq(users.tenantId, taskEvidence.tenantId), eq(users.id, taskEvidence.byUserId));

export async function insertReport(db: DbOrTx, values: typeof taskProgressReports.$inferInsert): Promise<number> {
  const [row] = await db.insert(taskProgressReports).values(values).returning({ id: taskProgressReports.id });
  return row.id;
}

/** An item's reports, latest first. */
export async function listReports(db: DbOrTx, tenantId: number, itemId: number): Promise<ReportRow[]> {
  const rows = await db
    .select({ report: taskProgressReports, byUserName: users.displayName })
    .from(taskProgressReports)
    .leftJoin(users, reportUser)
    .where(and(eq(taskProgressReports.tenantId, tenantId), eq(taskProgressReports.itemId, itemId)))
    .orderBy(desc(taskProgressReports.reportedOn), desc(taskProgressReports.id));
  return rows.map((r) => ({ ...r.report, byUserName: r.byUserName }));
}

export async function countReports(db: DbOrTx, tenantId: number, itemId: number): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(taskProgressReports).where(and(eq(taskProgressReports.tenantId, tenantId), eq(taskProgressReports.itemId, itemId)));
  return Number(row.n);
}

/** Each item's progress on a date: its latest report on or before it (items without one are absent). */
export async function progressOn(db: DbOrTx, tenantId: number, itemIds: number[], on: string): Promise<Map<number, number>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([taskProgressReports.itemId], { itemId: taskProgressReports.itemId, progress: taskProgressReports.progress })
    .from(taskProgressReports)
    .where(and(eq(taskProgressReports.tenantId, tenantId), inArray(taskProgressReports.itemId, itemIds), lte(taskProgressReports.reportedOn, on)))
    .orderBy(taskProgressReports.itemId, desc(taskProgressReports.reportedOn), desc(taskProgressReports.id));
  return new Map(rows.map((r) => [r.itemId, r.progress]));
}

/** Each item's status on a date: the latest change on or before it (items recorded later are absent). */
export async function statusOn(db: DbOrTx, tenantId: number, itemIds: number[], on: string): Promise<Map<number, string>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([taskStatusChanges.itemId], { itemId: taskStatusChanges.itemId, status: taskStatusChanges.toStatus })
    .from(taskStatusChanges)
    .where(and(eq(taskStatusChanges.tenantId, tenantId), inArray(taskStatusChanges.itemId, itemIds), lte(taskStatusChanges.changedOn, on)))
    .orderBy(taskStatusChanges.itemId, desc(taskStatusChanges.changedOn), desc(taskStatusChanges.id));
  return new Map(rows.map((r) => [r.itemId, r.status]));
}

export async function insertStatusChange(db: DbOrTx, values: typeof taskStatusChanges.$inferInsert): Promise<void> {
  await db.insert(taskStatusChanges).values(values);
}

/** An item's status changes, earliest first. */
export async function listStatusChanges(db: DbOrTx, tenantId: number, itemId: number): Promise<StatusChangeRow[]> {
  const rows = await db
    .select({ change: taskStatusChanges, byUserName: users.displayName })
    .from(taskStatusChanges)
    .leftJoin(users, statusUser)
    .where(and(eq(taskStatusChanges.tenantId, tenantId), eq(taskStatusChanges.itemId, itemId)))
    .orderBy(asc(taskStatusChanges.changedOn), asc(taskStatusChanges.id));
  return rows.map((r) => ({ ...r.change, byUserName: r.byUserName }));
}

const evidenceMeta = {
  tenantId: taskEvidence.tenantId,
  id: taskEvidence.id,
  itemId: taskEvidence.itemId,
  fileName: taskEvidence.fileName,
  mimeType: taskEvidence.mimeType,
  sizeBytes: taskEvidence.sizeBytes,
  sha256: taskEvidence.sha256,
  uploadedOn: taskEvidence.uploadedOn,
  byUserId: taskEvidence.byUserId,
  createdAt: taskEvidence.createdAt,
  byUserName: users.displayName,
};

export async function insertEvidence(db: DbOrTx, values: typeof taskEvidence.$inferInsert): Promise<number> {
  const [row] = await db.insert(taskEvidence).values(values).returning({ id: taskEvidence.id });
  return row.id;
}

/** An item's evidence files without their content, latest first. */
export async function listEvidence(db: DbOrTx, tenantId: number, itemId: number): Promise<EvidenceMeta[]> {
  return db
    .select(evidenceMeta)
    .from(taskEvidence)
    .leftJoin(users, evidenceUser)
    .where(and(eq(taskEvidence.tenantId, tenantId), eq(taskEvidence.itemId, itemId)))
    .orderBy(desc(taskEvidence.id));
}

export async function findEvidenceMeta(db: DbOrTx, tenantId: number, id: number): Promise<EvidenceMeta | null> {
  const [row] = await db.select(evidenceMeta).from(taskEvidence).leftJoin(users, evidenceUser).where(and(eq(taskEvidence.tenantId, tenantId), eq(taskEvidence.id, id)));
  return row ?? null;
}

export async function readEvidenceContent(db: DbOrTx, tenantId: number, id: number): Promise<Buffer | null> {
  const [row] = await db.select({ content: taskEvidence.content }).from(taskEvidence).where(and(eq(taskEvidence.tenantId, tenantId), eq(taskEvidence.id, id)));
  return row?.content ?? null;
}
