import { type SQL, type AnyColumn, sql } from 'drizzle-orm';
import { AppError } from './errors.ts';
import { type Permission, type Role, relationRoles, rolePermissions } from './roles.ts';

/**
 * A role assignment as the request sees it. Besides the org subtree it is bound to, a relation role carries
 * what its relations reach today: an instructor's assigned enterprises, an enterprise contact's enterprise, and
 * the subtrees of the orgs covering those enterprises.
 */
export type Assignment = {
  id: number;
  role: Role;
  orgId: number | null;
  orgPath: string | null;
  enterpriseId?: number | null;
  relationPaths?: string[];
  relationEnterpriseIds?: number[];
};

/** Who is calling, as loaded fresh from the database on every request. */
export type Actor = {
  tenantId: number;
  userId: number;
  username: string;
  displayName: string;
  assignments: Assignment[];
  mustChangePassword: boolean;
};

/**
 * Where a permission holds: all = the whole park; else the org subtrees (materialized-path prefixes) and, from
 * relation scopes, single enterprises (by id).
 */
export type Scope = { all: true } | { all: false; paths: string[]; enterpriseIds?: number[] };

/** Permissions a relation's covering orgs extend: an instructor or contact reads "their orgs" and members. */
const relationPathPermissions: readonly Permission[] = ['orgs.read', 'members.read'];

export function scopeFor(actor: Actor, permission: Permission): Scope {
  const paths: string[] = [];
  const enterpriseIds: number[] = [];
  for (const a of actor.assignments) {
    if (!rolePermissions[a.role].includes(permission)) continue;
    if (a.orgId === null && !relationRoles.includes(a.role)) return { all: true };
    if (a.orgPath) paths.push(a.orgPath);
    // The orgs covering a relation enterprise open those orgs and their members, not every other enterprise
    // the same (joint) org covers: enterprise-level reads go by the relation enterprises themselves.
    if (relationPathPermissions.includes(permission)) paths.push(...(a.relationPaths ?? []));
    enterpriseIds.push(...(a.relationEnterpriseIds ?? []));
  }
  return { all: false, paths: [...new Set(paths)], enterpriseIds: [...new Set(enterpriseIds)] };
}

function isEmpty(scope: Scope): boolean {
  return !scope.all && scope.paths.length === 0 && (scope.enterpriseIds ?? []).length === 0;
}

export function can(actor: Actor, permission: Permission): boolean {
  return !isEmpty(scopeFor(actor, permission));
}

/** Refuses with 403 a caller who holds the permission nowhere. */
export function requirePermission(actor: Actor, permission: Permission): Scope {
  const scope = scopeFor(actor, permission);
  if (isEmpty(scope)) throw new AppError('FORBIDDEN');
  return scope;
}

export function isPathInScope(scope: Scope, path: string): boolean {
  return scope.all || scope.paths.some((p) => path.startsWith(p));
}

/** The SQL condition "this path column lies inside the scope"; one indexed prefix scan per subtree. */
export function pathInScope(scope: Scope, column: AnyColumn | SQL): SQL {
  if (scope.all) return sql`true`;
  if (scope.paths.length === 0) return sql`false`;
  const parts = scope.paths.map((p) => sql`${column} LIKE ${`${p}%`}`);
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/**
 * The SQL condition "this enterprise (or social organization) lies inside the scope": its responsible org is in
 * one of the subtrees, an org in one of the subtrees covers it on `on`, or it is one of the relation enterprises.
 * `enterpriseId` and `responsibleOrgPath` are SQL for the row being filtered (the caller joins orgs for the
 * responsible org's current path).
 */
export function enterpriseInScope(
  scope: Scope,
  row: { tenantId: number; enterpriseId: AnyColumn | SQL; responsibleOrgPath: AnyColumn | SQL; on: string },
): SQL {
  if (scope.all) return sql`true`;
  const parts: SQL[] = [];
  if (scope.paths.length) {
    parts.push(pathInScope(scope, row.responsibleOrgPath));
    parts.push(sql`EXISTS (SELECT 1 FROM org_coverage oc JOIN orgs co ON co.tenant_id = oc.tenant_id AND co.id = oc.org_id
      WHERE oc.tenant_id = ${row.tenantId} AND oc.enterprise_id = ${row.enterpriseId}
        AND oc.valid_from <= ${row.on} AND (oc.valid_to IS NULL OR oc.valid_to > ${row.on}) AND ${pathInScope(scope, sql`co.path`)})`);
  }
  const ids = scope.enterpriseIds ?? [];
  if (ids.length) parts.push(sql`${row.enterpriseId} IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
  return parts.length ? sql`(${sql.join(parts, sql` OR `)})` : sql`false`;
}
