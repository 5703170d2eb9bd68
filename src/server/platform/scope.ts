import { type SQL, type AnyColumn, sql } from 'drizzle-orm';
import { AppError } from './errors.ts';
import { type Permission, type Role, rolePermissions } from './roles.ts';

export type Assignment = { id: number; role: Role; orgId: number | null; orgPath: string | null };

/** Who is calling, as loaded fresh from the database on every request. */
export type Actor = {
  tenantId: number;
  userId: number;
  username: string;
  displayName: string;
  assignments: Assignment[];
  mustChangePassword: boolean;
};

/** The org subtrees (materialized-path prefixes) in which a permission holds; all = the whole park. */
export type Scope = { all: true } | { all: false; paths: string[] };

export function scopeFor(actor: Actor, permission: Permission): Scope {
  const paths: string[] = [];
  for (const a of actor.assignments) {
    if (!rolePermissions[a.role].includes(permission)) continue;
    if (a.orgId === null) return { all: true };
    if (a.orgPath) paths.push(a.orgPath);
  }
  return { all: false, paths };
}

export function can(actor: Actor, permission: Permission): boolean {
  const scope = scopeFor(actor, permission);
  return scope.all || scope.paths.length > 0;
}

/** Refuses with 403 a caller who holds the permission nowhere. */
export function requirePermission(actor: Actor, permission: Permission): Scope {
  const scope = scopeFor(actor, permission);
  if (!scope.all && scope.paths.length === 0) throw new AppError('FORBIDDEN');
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
