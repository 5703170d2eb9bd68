import { and, asc, count, eq, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { members, memberships, orgs } from '../../db/schema/index.ts';
import { type Scope, pathInScope } from '../../platform/scope.ts';

/** The only code that queries members and their dated memberships. */
export type MemberRow = typeof members.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;

/** What `q` was read as; each set field adds one OR-ed way to match. */
export type MemberSearch = {
  nameContains?: string;
  pinyinPrefix?: string;
  idNumberHash?: string;
  phoneHash?: string;
  /** The last four characters of an ID or mobile number, which the masks keep. */
  maskedTail?: string;
};

export type RosterFilter = {
  asOf: string;
  /** Current path of the org whose subtree is read. */
  subtreePath?: string;
  status?: 'full' | 'probationary';
  search?: MemberSearch;
  offset: number;
  limit: number;
};

export type RosterRow = { member: MemberRow; orgId: number; statusOn: 'full' | 'probationary' };

const inForceOn = (d: string) => and(lte(memberships.validFrom, d), or(isNull(memberships.validTo), sql`${memberships.validTo} > ${d}`));

/** LIKE treats % _ and \ specially; user input must match them literally. */
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Full until converted: a member converted later was still probationary on an earlier date. */
const statusOn = (d: string) =>
  sql<'full' | 'probationary'>`CASE WHEN ${members.status} = 'full' AND (${members.convertedOn} IS NULL OR ${members.convertedOn} <= ${d}) THEN 'full' ELSE 'probationary' END`;

/**
 * A member is visible when the org of their home membership (the current one, else the last) lies in the scope
 * by that org's current path. Mirrors `homeMembership` in the policy.
 */
function visibleIn(scope: Scope): SQL | undefined {
  if (scope.all) return undefined;
  if (scope.paths.length === 0) return sql`false`;
  return sql`EXISTS (SELECT 1 FROM (
      SELECT o.path FROM memberships h JOIN orgs o ON o.tenant_id = h.tenant_id AND o.id = h.org_id
      WHERE h.tenant_id = ${members.tenantId} AND h.member_id = ${members.id}
      ORDER BY (h.valid_to IS NULL) DESC, h.valid_from DESC, h.id DESC LIMIT 1) home
    WHERE ${pathInScope(scope, sql`home.path`)})`;
}

function searchCondition(s: MemberSearch | undefined): SQL | undefined {
  if (!s) return undefined;
  const ways: SQL[] = [];
  if (s.nameContains) ways.push(sql`${members.name} ILIKE ${`%${escapeLike(s.nameContains)}%`}`);
  if (s.pinyinPrefix) {
    const prefix = `${escapeLike(s.pinyinPrefix)}%`;
    ways.push(sql`${members.namePinyin} LIKE ${prefix}`, sql`${members.nameInitials} LIKE ${prefix}`);
  }
  if (s.idNumberHash) ways.push(eq(members.idNumberHash, s.idNumberHash));
  if (s.phoneHash) ways.push(eq(members.phoneHash, s.phoneHash));
  if (s.maskedTail) {
    const tail = `%${escapeLike(s.maskedTail)}`;
    ways.push(sql`${members.idNumberMasked} LIKE ${tail}`, sql`${members.phoneMasked} LIKE ${tail}`);
  }
  // A query that could match nothing (e.g. 7 digits) must not fall back to "everything".
  return ways.length ? sql`(${sql.join(ways, sql` OR `)})` : sql`false`;
}

/** The roster as of a date: one row per visible member with a membership in force then. */
export async function listRoster(db: DbOrTx, tenantId: number, scope: Scope, f: RosterFilter): Promise<{ total: number; rows: RosterRow[] }> {
  const status = statusOn(f.asOf);
  const where = and(
    eq(memberships.tenantId, tenantId),
    inForceOn(f.asOf),
    f.subtreePath ? sql`${orgs.path} LIKE ${`${escapeLike(f.subtreePath)}%`}` : undefined,
    f.status ? sql`${status} = ${f.status}` : undefined,
    searchCondition(f.search),
    visibleIn(scope),
  );
  const memberJoin = and(eq(members.tenantId, memberships.tenantId), eq(members.id, memberships.memberId));
  // orgs is joined for its path only: the subtree filter.
  const orgJoin = and(eq(orgs.tenantId, memberships.tenantId), eq(orgs.id, memberships.orgId));
  const [{ total }] = await db.select({ total: count() }).from(memberships).innerJoin(members, memberJoin).innerJoin(orgs, orgJoin).where(where);
  const rows = await db
    .select({ member: members, orgId: memberships.orgId, statusOn: status })
    .from(memberships)
    .innerJoin(members, memberJoin)
    .innerJoin(orgs, orgJoin)
    .where(where)
    .orderBy(asc(members.namePinyin), asc(members.id))
    .offset(f.offset)
    .limit(f.limit);
  return { total, rows };
}

/**
 * Memberships in force on a date whose org lies in the scope and, when given, under a subtree (current paths):
 * one indexed query however many orgs the subtree holds. Periods of one member never overlap, so rows = members.
 */
export async function countInForce(db: DbOrTx, tenantId: number, scope: Scope, asOf: string, subtreePath?: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .innerJoin(orgs, and(eq(orgs.tenantId, memberships.tenantId), eq(orgs.id, memberships.orgId)))
    .where(
      and(
        eq(memberships.tenantId, tenantId),
        inForceOn(asOf),
        pathInScope(scope, orgs.path),
        subtreePath ? sql`${orgs.path} LIKE ${`${escapeLike(subtreePath)}%`}` : undefined,
      ),
    );
  return row.n;
}

/** The members behind countInForce (same filter): id and name, ordered by name. */
export async function listInForce(db: DbOrTx, tenantId: number, scope: Scope, asOf: string): Promise<{ id: number; name: string }[]> {
  return db
    .select({ id: members.id, name: members.name })
    .from(memberships)
    .innerJoin(orgs, and(eq(orgs.tenantId, memberships.tenantId), eq(orgs.id, memberships.orgId)))
    .innerJoin(members, and(eq(members.tenantId, memberships.tenantId), eq(members.id, memberships.memberId)))
    .where(and(eq(memberships.tenantId, tenantId), inForceOn(asOf), pathInScope(scope, orgs.path)))
    .orderBy(asc(members.namePinyin), asc(members.id));
}

/** Memberships of one org still running on or after a date (the dissolve guard's question). */
export async function countRunningInOrg(db: DbOrTx, tenantId: number, orgId: number, on: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.orgId, orgId), or(isNull(memberships.validTo), sql`${memberships.validTo} > ${on}`)));
  return row.n;
}

export async function findMember(db: DbOrTx, tenantId: number, id: number): Promise<MemberRow | null> {
  const [row] = await db.select().from(members).where(and(eq(members.tenantId, tenantId), eq(members.id, id)));
  return row ?? null;
}

export async function findMemberIdByIdNumberHash(db: DbOrTx, tenantId: number, hash: string): Promise<number | null> {
  const [row] = await db.select({ id: members.id }).from(members).where(and(eq(members.tenantId, tenantId), eq(members.idNumberHash, hash)));
  return row?.id ?? null;
}

/** A member's periods, oldest first. */
export async function listMemberships(db: DbOrTx, tenantId: number, memberId: number): Promise<MembershipRow[]> {
  return db
    .select()
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.memberId, memberId)))
    .orderBy(asc(memberships.validFrom), asc(memberships.id));
}

export async function insertMember(db: DbOrTx, values: typeof members.$inferInsert): Promise<MemberRow> {
  const [row] = await db.insert(members).values(values).returning();
  return row;
}

export async function updateMember(db: DbOrTx, tenantId: number, id: number, patch: Partial<typeof members.$inferInsert>): Promise<MemberRow> {
  const [row] = await db
    .update(members)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(members.tenantId, tenantId), eq(members.id, id)))
    .returning();
  return row;
}

export async function insertMembership(db: DbOrTx, values: typeof memberships.$inferInsert): Promise<MembershipRow> {
  const [row] = await db.insert(memberships).values(values).returning();
  return row;
}

/** Ends the open period on a date (exclusive). Callers hold the member's lock, so the period is still open. */
export async function closeMembership(db: DbOrTx, m: MembershipRow, on: string, endReason: string, note: string | null): Promise<void> {
  await db
    .update(memberships)
    .set({ validTo: on, endReason, note })
    .where(and(eq(memberships.tenantId, m.tenantId), eq(memberships.id, m.id)));
}

/** Locks a member's row for the rest of the transaction, so two dated changes to one member run one after the other. */
export async function lockMember(db: DbOrTx, tenantId: number, id: number): Promise<void> {
  await db.select({ id: members.id }).from(members).where(and(eq(members.tenantId, tenantId), eq(members.id, id))).for('update');
}
