import { and, asc, count, desc, eq, gt, gte, ilike, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { auditLog } from '../../db/schema/index.ts';

/** Reads the audit log; nothing here (or anywhere) updates or deletes it. */
export type AuditFilter = { action?: string; actor?: string; objectType?: string; objectId?: string; from?: string; to?: string; offset: number; limit: number };

const chainedColumns = {
  seq: auditLog.seq,
  atMs: sql<string>`floor(extract(epoch from ${auditLog.at}) * 1000)::bigint::text`,
  atIso: sql<string>`to_char(${auditLog.at} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS.MS"+08:00"')`,
  actorUserId: auditLog.actorUserId,
  actorName: auditLog.actorName,
  ip: auditLog.ip,
  action: auditLog.action,
  objectType: auditLog.objectType,
  objectId: auditLog.objectId,
  result: auditLog.result,
  diff: auditLog.diff,
  prevHash: auditLog.prevHash,
  hash: auditLog.hash,
};
export type AuditRow = { seq: number; atMs: string; atIso: string; actorUserId: number | null; actorName: string | null; ip: string | null; action: string; objectType: string | null; objectId: string | null; result: string; diff: unknown; prevHash: string; hash: string };

export async function listAudit(db: DbOrTx, tenantId: number, f: AuditFilter): Promise<{ total: number; rows: AuditRow[] }> {
  const where = and(
    eq(auditLog.tenantId, tenantId),
    f.action ? ilike(auditLog.action, `${f.action}%`) : undefined,
    f.actor ? eq(auditLog.actorName, f.actor) : undefined,
    f.objectType ? eq(auditLog.objectType, f.objectType) : undefined,
    f.objectId ? eq(auditLog.objectId, f.objectId) : undefined,
    f.from ? gte(auditLog.at, `${f.from}T00:00:00+08:00`) : undefined,
    f.to ? lt(auditLog.at, sql`(${f.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`) : undefined,
  );
  const [{ total }] = await db.select({ total: count() }).from(auditLog).where(where);
  const rows = await db.select(chainedColumns).from(auditLog).where(where).orderBy(desc(auditLog.seq)).offset(f.offset).limit(f.limit);
  return { total, rows: rows as AuditRow[] };
}

/** A batch of the chain in order, for verification. */
export async function chainBatch(db: DbOrTx, tenantId: number, afterSeq: number, limit: number): Promise<AuditRow[]> {
  const rows = await db.select(chainedColumns).from(auditLog).where(and(eq(auditLog.tenantId, tenantId), gt(auditLog.seq, afterSeq))).orderBy(asc(auditLog.seq)).limit(limit);
  return rows as AuditRow[];
}
