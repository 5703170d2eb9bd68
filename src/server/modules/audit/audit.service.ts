import type { Db } from '../../db/connection.ts';
import { entryHash, genesisHash } from '../../platform/audit.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { offsetOf } from '../../platform/paging.ts';
import { requirePermission } from '../../platform/scope.ts';
import * as repo from './audit.repository.ts';

export type ChainVerification = { ok: boolean; checked: number; brokenAt: number | null; reason: string | null };

/** Recomputes every entry's hash from its fields and its predecessor's hash; the first mismatch breaks the chain. */
export async function verifyAuditChain(db: Db, tenantId: number): Promise<ChainVerification> {
  let prevHash = genesisHash;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const batch = await repo.chainBatch(db, tenantId, expectedSeq - 1, 1000);
    if (batch.length === 0) return { ok: true, checked, brokenAt: null, reason: null };
    for (const row of batch) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) return { ok: false, checked, brokenAt: expectedSeq, reason: 'an entry is missing' };
      if (row.prevHash !== prevHash) return { ok: false, checked, brokenAt: seq, reason: 'the link to the previous entry does not match' };
      const hash = entryHash(prevHash, {
        seq,
        atMs: Number(row.atMs),
        actorUserId: row.actorUserId === null ? null : Number(row.actorUserId),
        actorName: row.actorName,
        ip: row.ip,
        action: row.action,
        objectType: row.objectType,
        objectId: row.objectId,
        result: row.result,
        diff: row.diff ?? null,
      });
      if (hash !== row.hash) return { ok: false, checked, brokenAt: seq, reason: 'the entry was altered' };
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
  }
}

export async function listAuditLog(ctx: ServiceContext, q: { action?: string; actor?: string; objectType?: string; objectId?: string; from?: string; to?: string; page: number; pageSize: number }) {
  requirePermission(ctx.actor, 'audit.read');
  const { total, rows } = await repo.listAudit(ctx.db, ctx.actor.tenantId, { ...q, offset: offsetOf(q.page, q.pageSize), limit: q.pageSize });
  return {
    items: rows.map((r) => ({
      seq: Number(r.seq),
      at: r.atIso,
      actorUserId: r.actorUserId === null ? null : Number(r.actorUserId),
      actorName: r.actorName,
      ip: r.ip,
      action: r.action,
      objectType: r.objectType,
      objectId: r.objectId,
      result: r.result,
      diff: (r.diff ?? null) as Record<string, unknown> | null,
      hash: r.hash,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function verifyForCaller(ctx: ServiceContext): Promise<ChainVerification> {
  requirePermission(ctx.actor, 'audit.read');
  return verifyAuditChain(ctx.db, ctx.actor.tenantId);
}
