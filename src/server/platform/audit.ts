import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';

export type AuditEntry = {
  action: string;
  objectType?: string;
  objectId?: string | number;
  result: 'success' | 'failure';
  diff?: Record<string, unknown>;
};

export type AuditActor = { tenantId: number; userId: number | null; name: string | null; ip: string | null };

/** Keys whose values never reach the audit log in clear. */
const secretKeys = new Set(['password', 'newPassword', 'currentPassword', 'passwordHash']);
const maskedKeys: Record<string, (v: string) => string> = {
  idNumber: (v) => (v.length > 8 ? `${v.slice(0, 4)}${'*'.repeat(v.length - 8)}${v.slice(-4)}` : '****'),
  phone: (v) => (v.length > 7 ? `${v.slice(0, 3)}****${v.slice(-4)}` : '****'),
};

/** Masks personal data and drops secrets anywhere in a diff. */
export function maskForAudit(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskForAudit);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (secretKeys.has(k) || k.endsWith('Enc') || k.endsWith('Hash')) continue;
      out[k] = typeof v === 'string' && maskedKeys[k] ? maskedKeys[k](v) : maskForAudit(v);
    }
    return out;
  }
  return value;
}

/** JSON with sorted keys, so a hash computed on write is reproduced on verify. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export type ChainedFields = {
  seq: number;
  atMs: number;
  actorUserId: number | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  diff: unknown;
};

export function entryHash(prevHash: string, f: ChainedFields): string {
  return crypto.createHash('sha256').update(prevHash).update(canonicalJson(f)).digest('hex');
}

export const genesisHash = '0'.repeat(64);

/**
 * Appends one entry to the park's hash chain. Call it inside the transaction of the write it records, so
 * the entry and the change commit or roll back together. The advisory lock serializes the chain per park.
 */
export async function recordAudit(db: DbOrTx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(7241, ${actor.tenantId})`);
  const last = (await db.execute(sql`SELECT seq, hash FROM audit_log WHERE tenant_id = ${actor.tenantId} ORDER BY seq DESC LIMIT 1`)) as unknown as {
    rows: { seq: string | number; hash: string }[];
  };
  const prev = last.rows[0];
  const atMs = Date.now();
  const fields: ChainedFields = {
    seq: prev ? Number(prev.seq) + 1 : 1,
    atMs,
    actorUserId: actor.userId,
    actorName: actor.name,
    ip: actor.ip,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId === undefined ? null : String(entry.objectId),
    result: entry.result,
    diff: entry.diff === undefined ? null : maskForAudit(entry.diff),
  };
  const prevHash = prev ? prev.hash : genesisHash;
  const hash = entryHash(prevHash, fields);
  await db.execute(sql`INSERT INTO audit_log
    (tenant_id, seq, at, actor_user_id, actor_name, ip, action, object_type, object_id, result, diff, prev_hash, hash)
    VALUES (${actor.tenantId}, ${fields.seq}, ${new Date(atMs).toISOString()}, ${fields.actorUserId}, ${fields.actorName},
      ${fields.ip}, ${fields.action}, ${fields.objectType}, ${fields.objectId}, ${fields.result},
      ${fields.diff === null ? null : JSON.stringify(fields.diff)}::jsonb, ${prevHash}, ${hash})`);
}

/** Audits outside any business transaction (logins, refused attempts): its own small transaction. */
export async function recordAuditAlone(db: DbOrTx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.transaction(async (tx) => recordAudit(tx, actor, entry));
}
