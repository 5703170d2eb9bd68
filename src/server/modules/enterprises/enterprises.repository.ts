import { and, asc, count, countDistinct, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/connection.ts';
import { chainEnterprises, chains, enterpriseContacts, enterpriseDesignations, enterprises, members, memberships, orgCoverage, orgs } from '../../db/schema/index.ts';
import { type Scope, enterpriseInScope } from '../../platform/scope.ts';

/**
 * The only code that queries host units and their contacts. Scope is SQL (`enterpriseInScope`), which needs the
 * responsible org's current path: so orgs is joined here for its path and name only, never for its rules.
 */
export type EnterpriseRow = typeof enterprises.$inferSelect;
export type ContactRow = typeof enterpriseContacts.$inferSelect;

/** A unit with its responsible org and whether it lies in the read and write scopes given. */
export type FoundEnterprise = {
  enterprise: EnterpriseRow;
  responsibleOrgName: string;
  responsibleOrgPath: string;
  readable: boolean;
  writable: boolean;
};

const responsibleOrg = and(eq(orgs.tenantId, enterprises.tenantId), eq(orgs.id, enterprises.responsibleOrgId));

function inScope(tenantId: number, scope: Scope, on: string): SQL {
  return enterpriseInScope(scope, { tenantId, enterpriseId: enterprises.id, responsibleOrgPath: orgs.path, on });
}

/** LIKE treats % _ and \ specially; user input must match them literally. */
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const heldOn = (d: string) =>
  and(lte(enterpriseDesignations.validFrom, d), or(isNull(enterpriseDesignations.validTo), sql`${enterpriseDesignations.validTo} > ${d}`));

const linkedOn = (d: string) => and(lte(orgCoverage.validFrom, d), or(isNull(orgCoverage.validTo), gt(orgCoverage.validTo, d)));
const memberOn = (d: string) => and(lte(chainEnterprises.validFrom, d), or(isNull(chainEnterprises.validTo), gt(chainEnterprises.validTo, d)));

/** The covering org, aliased: the list query already joins orgs as the responsible org. */
const coveringOrg = alias(orgs, 'covering_org');
/** An org covers on a date once founded and until dissolved (as the coverage module counts). */
const coveringOrgInForce = (d: string) => and(lte(coveringOrg.foundedOn, d), or(isNull(coveringOrg.dissolvedOn), gt(coveringOrg.dissolvedOn, d)));

/** The unit is covered on the date by an own or joint link to an org in force then. */
const coveredOn = (d: string) => sql`EXISTS (SELECT 1 FROM ${orgCoverage}
  JOIN ${orgs} AS ${coveringOrg} ON ${coveringOrg.tenantId} = ${orgCoverage.tenantId} AND ${coveringOrg.id} = ${orgCoverage.orgId}
  WHERE ${orgCoverage.tenantId} = ${enterprises.tenantId} AND ${orgCoverage.enterpriseId} = ${enterprises.id} AND ${linkedOn(d)} AND ${coveringOrgInForce(d)})`;

/** The unit is a member of the chain on the date. */
const inChainOn = (chainId: number, d: string) => sql`EXISTS (SELECT 1 FROM ${chainEnterprises}
  WHERE ${chainEnterprises.tenantId} = ${enterprises.tenantId} AND ${chainEnterprises.enterpriseId} = ${enterprises.id}
    AND ${chainEnterprises.chainId} = ${chainId} AND ${memberOn(d)})`;

/**
 * One unit by id with its access worked out in the same query: `readable` / `writable` say whether it lies in
 * those scopes on `on` (today: who may see a unit is decided by where things stand now).
 */
export async function findEnterprise(
  db: DbOrTx,
  tenantId: number,
  id: number,
  access: { read: Scope; write?: Scope },
  on: string,
): Promise<FoundEnterprise | null> {
  const [row] = await db
    .select({
      enterprise: enterprises,
      responsibleOrgName: orgs.name,
      responsibleOrgPath: orgs.path,
      readable: sql<boolean>`${inScope(tenantId, access.read, on)}`,
      writable: access.write ? sql<boolean>`${inScope(tenantId, access.write, on)}` : sql<boolean>`false`,
    })
    .from(enterprises)
    .innerJoin(orgs, responsibleOrg)
    .where(and(eq(enterprises.tenantId, tenantId), eq(enterprises.id, id)));
  return row ? { ...row, readable: Boolean(row.readable), writable: Boolean(row.writable) } : null;
}

/** Locks a unit's row for the rest of the transaction, so dated changes to one unit run one after the other. */
export async function lockEnterprise(db: DbOrTx, tenantId: number, id: number): Promise<void> {
  await db.select({ id: enterprises.id }).from(enterprises).where(and(eq(enterprises.tenantId, tenantId), eq(enterprises.id, id))).for('update');
}

export async function findEnterpriseIdByUscc(db: DbOrTx, tenantId: number, uscc: string): Promise<number | null> {
  const [row] = await db.select({ id: enterprises.id }).from(enterprises).where(and(eq(enterprises.tenantId, tenantId), eq(enterprises.uscc, uscc)));
  return row?.id ?? null;
}

export type EnterpriseFilter = {
  /** The date designations are read on. */
  asOf: string;
  /** The date scope is decided on (today). */
  scopeOn: string;
  unitKind?: string;
  status?: string;
  designation?: string;
  q?: string;
  /** Current path of the org whose subtree the responsible org must lie in. */
  subtreePath?: string;
  /** Only members of this chain on `asOf`. */
  chainId?: number;
  /** org: covered on `asOf` by an org in force; none: covered by none. */
  coverage?: 'org' | 'none';
  offset: number;
  limit: number;
};

/** Units in scope matching the filters, by name. */
export async function listEnterprises(db: DbOrTx, tenantId: number, scope: Scope, f: EnterpriseFilter): Promise<{ total: number; rows: EnterpriseRow[] }> {
  const like = f.q ? `%${escapeLike(f.q)}%` : null;
  const where = and(
    eq(enterprises.tenantId, tenantId),
    inScope(tenantId, scope, f.scopeOn),
    f.unitKind ? eq(enterprises.unitKind, f.unitKind) : undefined,
    f.status ? eq(enterprises.status, f.status) : undefined,
    like ? or(sql`${enterprises.name} ILIKE ${like}`, sql`${enterprises.uscc} ILIKE ${like}`) : undefined,
    f.subtreePath ? sql`${orgs.path} LIKE ${`${escapeLike(f.subtreePath)}%`}` : undefined,
    f.designation
      ? sql`EXISTS (SELECT 1 FROM ${enterpriseDesignations} WHERE ${enterpriseDesignations.tenantId} = ${enterprises.tenantId}
          AND ${enterpriseDesignations.enterpriseId} = ${enterprises.id} AND ${enterpriseDesignations.designation} = ${f.designation} AND ${heldOn(f.asOf)})`
      : undefined,
    f.chainId === undefined ? undefined : inChainOn(f.chainId, f.asOf),
    f.coverage === 'org' ? coveredOn(f.asOf) : f.coverage === 'none' ? sql`NOT ${coveredOn(f.asOf)}` : undefined,
  );
  const [{ total }] = await db.select({ total: count() }).from(enterprises).innerJoin(orgs, responsibleOrg).where(where);
  const rows = await db
    .select({ enterprise: enterprises })
    .from(enterprises)
    .innerJoin(orgs, responsibleOrg)
    .where(where)
    .orderBy(asc(enterprises.name), asc(enterprises.id))
    .offset(f.offset)
    .limit(f.limit);
  return { total, rows: rows.map((r) => r.enterprise) };
}

/** Designations held on a date by each of the units. */
export async function designationsHeldOn(db: DbOrTx, tenantId: number, enterpriseIds: number[], on: string): Promise<{ enterpriseId: number; designation: string }[]> {
  if (enterpriseIds.length === 0) return [];
  return db
    .select({ enterpriseId: enterpriseDesignations.enterpriseId, designation: enterpriseDesignations.designation })
    .from(enterpriseDesignations)
    .where(and(eq(enterpriseDesignations.tenantId, tenantId), inArray(enterpriseDesignations.enterpriseId, enterpriseIds), heldOn(on)))
    .orderBy(asc(enterpriseDesignations.designation));
}

export type CoveringOrgRow = { enterpriseId: number; orgId: number; orgName: string; orgPath: string; kind: string };

/**
 * Orgs covering each of the units on a date: links in force to orgs in force (the same rule as the list's coverage
 * filter). Joined to orgs for name and path, to name them in scope.
 */
export async function coveringOrgsOn(db: DbOrTx, tenantId: number, enterpriseIds: number[], on: string): Promise<CoveringOrgRow[]> {
  if (enterpriseIds.length === 0) return [];
  return db
    .select({ enterpriseId: orgCoverage.enterpriseId, orgId: orgCoverage.orgId, orgName: coveringOrg.name, orgPath: coveringOrg.path, kind: orgCoverage.kind })
    .from(orgCoverage)
    .innerJoin(coveringOrg, and(eq(coveringOrg.tenantId, orgCoverage.tenantId), eq(coveringOrg.id, orgCoverage.orgId)))
    .where(and(eq(orgCoverage.tenantId, tenantId), inArray(orgCoverage.enterpriseId, enterpriseIds), linkedOn(on), coveringOrgInForce(on)))
    .orderBy(asc(orgCoverage.kind), asc(orgCoverage.orgId));
}

/** A unit's chain on a date, with the committee's current path (which decides whether the caller may read the chain). */
export type MemberChainRow = { enterpriseId: number; chainId: number; chainName: string; committeePath: string | null };

/** Chains each of the units is a member of on a date, by name. */
export async function chainsOn(db: DbOrTx, tenantId: number, enterpriseIds: number[], on: string): Promise<MemberChainRow[]> {
  if (enterpriseIds.length === 0) return [];
  const committee = alias(orgs, 'committee');
  return db
    .select({ enterpriseId: chainEnterprises.enterpriseId, chainId: chains.id, chainName: chains.name, committeePath: committee.path })
    .from(chainEnterprises)
    .innerJoin(chains, and(eq(chains.tenantId, chainEnterprises.tenantId), eq(chains.id, chainEnterprises.chainId)))
    .leftJoin(committee, and(eq(committee.tenantId, chains.tenantId), eq(committee.id, chains.committeeOrgId)))
    .where(and(eq(chainEnterprises.tenantId, tenantId), inArray(chainEnterprises.enterpriseId, enterpriseIds), memberOn(on)))
    .orderBy(asc(chains.name), asc(chains.id));
}

/**
 * Members working at the unit whose membership is in force on the date. A count over members and memberships
 * together: the members module offers no per-employer count, and this is one indexed query.
 */
export async function countEmployedMembers(db: DbOrTx, tenantId: number, enterpriseId: number, on: string): Promise<number> {
  const [row] = await db
    .select({ n: countDistinct(members.id) })
    .from(members)
    .innerJoin(memberships, and(eq(memberships.tenantId, members.tenantId), eq(memberships.memberId, members.id)))
    .where(
      and(
        eq(members.tenantId, tenantId),
        eq(members.employerId, enterpriseId),
        lte(memberships.validFrom, on),
        or(isNull(memberships.validTo), sql`${memberships.validTo} > ${on}`),
      ),
    );
  return row.n;
}

export async function insertEnterprise(db: DbOrTx, values: typeof enterprises.$inferInsert): Promise<EnterpriseRow> {
  const [row] = await db.insert(enterprises).values(values).returning();
  return row;
}

export async function updateEnterprise(db: DbOrTx, tenantId: number, id: number, patch: Partial<typeof enterprises.$inferInsert>): Promise<EnterpriseRow> {
  const [row] = await db
    .update(enterprises)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(enterprises.tenantId, tenantId), eq(enterprises.id, id)))
    .returning();
  return row;
}

export async function listContacts(db: DbOrTx, tenantId: number, enterpriseId: number): Promise<ContactRow[]> {
  return db
    .select()
    .from(enterpriseContacts)
    .where(and(eq(enterpriseContacts.tenantId, tenantId), eq(enterpriseContacts.enterpriseId, enterpriseId)))
    .orderBy(asc(enterpriseContacts.id));
}

export async function findContact(db: DbOrTx, tenantId: number, id: number): Promise<ContactRow | null> {
  const [row] = await db.select().from(enterpriseContacts).where(and(eq(enterpriseContacts.tenantId, tenantId), eq(enterpriseContacts.id, id)));
  return row ?? null;
}

export async function insertContact(db: DbOrTx, values: typeof enterpriseContacts.$inferInsert): Promise<ContactRow> {
  const [row] = await db.insert(enterpriseContacts).values(values).returning();
  return row;
}

export async function deleteContact(db: DbOrTx, tenantId: number, id: number): Promise<void> {
  await db.delete(enterpriseContacts).where(and(eq(enterpriseContacts.tenantId, tenantId), eq(enterpriseContacts.id, id)));
}
