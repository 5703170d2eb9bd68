import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { type Scope, enterpriseInScope, pathInScope } from '../../platform/scope.ts';

/**
 * The gaps of the contact graph, read-only: park leaders with no contact point in force, and enterprises of a
 * category with no department contact in force. Role assignments, enterprises and their designations are read
 * here (never written) so that one SQL statement answers each gap.
 */
type Rows<T> = { rows: T[] };

const designationOf: Record<string, string[]> = {
  above_scale: ['above_scale'],
  srdi: ['srdi_national', 'srdi_provincial'],
  high_tech: ['high_tech'],
};

/**
 * Active users holding the leader role on `on` without a leader_org link in force then. A leader bound to an org
 * shows when that org lies in the scope; a park-wide leader only to a park-wide caller.
 */
export async function leadersWithoutPoints(db: DbOrTx, tenantId: number, scope: Scope, on: string): Promise<{ userId: number; displayName: string }[]> {
  const reach = scope.all ? sql`true` : sql`(ra.org_id IS NOT NULL AND ${pathInScope(scope, sql`o.path`)})`;
  const result = (await db.execute(sql`SELECT DISTINCT u.id AS "userId", u.display_name AS "displayName" FROM role_assignments ra
    JOIN users u ON u.tenant_id = ra.tenant_id AND u.id = ra.user_id
    LEFT JOIN orgs o ON o.tenant_id = ra.tenant_id AND o.id = ra.org_id
    WHERE ra.tenant_id = ${tenantId} AND ra.role = 'leader' AND NOT u.is_disabled
      AND (ra.valid_from IS NULL OR ra.valid_from <= ${on}) AND (ra.valid_to IS NULL OR ra.valid_to > ${on}) AND ${reach}
      AND NOT EXISTS (SELECT 1 FROM contact_links cl WHERE cl.tenant_id = ra.tenant_id AND cl.kind = 'leader_org' AND cl.user_id = u.id
        AND cl.valid_from <= ${on} AND (cl.valid_to IS NULL OR cl.valid_to > ${on}))
    ORDER BY u.display_name`)) as unknown as Rows<{ userId: number | string; displayName: string }>;
  return result.rows.map((r) => ({ userId: Number(r.userId), displayName: r.displayName }));
}

/**
 * Enterprises (not social organizations, not closed) in the scope holding the category's designation on `on`
 * ('all': every one), with no department_enterprise link in force then: how many, and the first `limit` by name.
 */
export async function enterprisesWithoutDepartment(
  db: DbOrTx,
  tenantId: number,
  scope: Scope,
  category: string,
  on: string,
  scopeOn: string,
  limit: number,
): Promise<{ total: number; items: { id: number; name: string }[] }> {
  const designations = designationOf[category];
  const inCategory = designations
    ? sql`EXISTS (SELECT 1 FROM enterprise_designations d WHERE d.tenant_id = e.tenant_id AND d.enterprise_id = e.id
        AND d.designation IN (${sql.join(designations.map((d) => sql`${d}`), sql`, `)}) AND d.valid_from <= ${on} AND (d.valid_to IS NULL OR d.valid_to > ${on}))`
    : sql`true`;
  const where = sql`e.tenant_id = ${tenantId} AND e.unit_kind = 'enterprise' AND e.status <> 'closed' AND ${inCategory}
    AND ${enterpriseInScope(scope, { tenantId, enterpriseId: sql`e.id`, responsibleOrgPath: sql`ro.path`, on: scopeOn })}
    AND NOT EXISTS (SELECT 1 FROM contact_links cl WHERE cl.tenant_id = e.tenant_id AND cl.kind = 'department_enterprise' AND cl.enterprise_id = e.id
      AND cl.valid_from <= ${on} AND (cl.valid_to IS NULL OR cl.valid_to > ${on}))`;
  const from = sql`FROM enterprises e JOIN orgs ro ON ro.tenant_id = e.tenant_id AND ro.id = e.responsible_org_id`;
  const total = (await db.execute(sql`SELECT count(*) AS n ${from} WHERE ${where}`)) as unknown as Rows<{ n: number | string }>;
  const items = (await db.execute(sql`SELECT e.id, e.name ${from} WHERE ${where} ORDER BY e.name LIMIT ${limit}`)) as unknown as Rows<{ id: number | string; name: string }>;
  return { total: Number(total.rows[0].n), items: items.rows.map((r) => ({ id: Number(r.id), name: r.name })) };
}
