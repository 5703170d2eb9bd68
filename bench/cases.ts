import type { Database } from '../src/server/db/connection.ts';
import { systemActor } from '../src/server/platform/system-actor.ts';
import { createCipher } from '../src/server/platform/personal-data.ts';
import type { ServiceContext } from '../src/server/platform/context.ts';
import { findTenantByCode } from '../src/server/modules/users/users.repository.ts';
import { countOrgs, listOrgs } from '../src/server/modules/orgs/orgs.service.ts';
import { countMembers } from '../src/server/modules/members/memberships.service.ts';
import { type Stats, measure } from './measure.ts';

export type BenchCase = { name: string; run: () => Promise<{ service: Stats; raw: Stats }> };

/** The cases, aimed at one committee's subtree in park 1. */
export async function benchCases(database: Database, raw: (text: string, params: unknown[]) => Promise<unknown>): Promise<BenchCase[]> {
  const tenant = await findTenantByCode(database.db, 'bench-1');
  if (!tenant) throw new Error('bench park 1 missing');
  const ctx: ServiceContext = { db: database.db, cipher: createCipher(Buffer.alloc(32)), actor: systemActor(tenant.id), ip: '127.0.0.1' };
  const committee = (await listOrgs(ctx, { kind: 'committee', page: 1, pageSize: 1 })).items[0];
  const root = (await listOrgs(ctx, { roots: 'true', page: 1, pageSize: 1 })).items[0];
  const path = `/${root.id}/${committee.id}/`;
  const asOf = '2025-12-31';
  const scopeCtx: ServiceContext = { ...ctx, actor: { ...ctx.actor, assignments: [{ id: 0, role: 'park_admin', orgId: committee.id, orgPath: path }] } };
  return [
    {
      name: 'orgs in force in a subtree, as of a date',
      run: async () => ({
        service: await measure(() => countOrgs(scopeCtx, { asOf })),
        raw: await measure(() =>
          raw(
            `SELECT count(*) FROM org_versions v JOIN orgs o ON o.tenant_id = v.tenant_id AND o.id = v.org_id
             WHERE v.tenant_id = $1 AND v.valid_from <= $2 AND (v.valid_to IS NULL OR v.valid_to > $2) AND o.path LIKE $3`,
            [tenant.id, asOf, `${path}%`],
          ),
        ),
      }),
    },
    {
      name: 'members in force in a subtree, as of a date',
      run: async () => ({
        service: await measure(() => countMembers(ctx, { orgId: committee.id, asOf })),
        raw: await measure(() =>
          raw(
            `SELECT count(*) FROM memberships ms JOIN orgs o ON o.tenant_id = ms.tenant_id AND o.id = ms.org_id
             WHERE ms.tenant_id = $1 AND ms.valid_from <= $2 AND (ms.valid_to IS NULL OR ms.valid_to > $2) AND o.path LIKE $3`,
            [tenant.id, asOf, `${path}%`],
          ),
        ),
      }),
    },
    {
      name: 'children of an org, first page',
      run: async () => ({
        service: await measure(() => listOrgs(ctx, { parentId: committee.id, page: 1, pageSize: 20 })),
        raw: await measure(() =>
          raw(
            `SELECT * FROM orgs WHERE tenant_id = $1 AND parent_id = $2 AND dissolved_on IS NULL ORDER BY depth, code LIMIT 20`,
            [tenant.id, committee.id],
          ),
        ),
      }),
    },
  ];
}
