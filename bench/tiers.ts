/**
 * Bench data tiers of ARCHITECTURE (park, city, province), generated set-based in SQL: parks, an org tree per
 * park (root → committees → branches, with matching versions) and members with current memberships. Personal
 * fields hold fixed dummy ciphertext: the bench measures tree and roster reads, not encryption.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/connection.ts';

export type Tier = { name: 'park' | 'city' | 'province'; parks: number; orgsPerPark: number; membersPerPark: number };

export const tiers: Tier[] = [
  { name: 'park', parks: 1, orgsPerPark: 250, membersPerPark: 4371 },
  { name: 'city', parks: 10, orgsPerPark: 250, membersPerPark: 4500 },
  { name: 'province', parks: 200, orgsPerPark: 250, membersPerPark: 5000 },
];

const committeesPerPark = 9;

/** Adds parks until the database holds the tier; parks already there are kept (tiers grow in place). */
export async function growToTier(database: Database, tier: Tier): Promise<void> {
  const db = database.db;
  const have = Number(((await db.execute(sql`SELECT count(*)::int AS n FROM tenants WHERE code LIKE 'bench-%'`)) as unknown as { rows: { n: number }[] }).rows[0].n);
  const o = tier.orgsPerPark;
  const m = tier.membersPerPark;
  const c = committeesPerPark;
  for (let t = have + 1; t <= tier.parks; t++) {
    await db.transaction(async (tx) => {
      const [{ id: tenantId }] = ((await tx.execute(sql`INSERT INTO tenants (code, name) VALUES (${`bench-${t}`}, ${`基准园区${t}`}) RETURNING id`)) as unknown as { rows: { id: number }[] }).rows;
      const base = Number(((await tx.execute(sql`SELECT coalesce(max(id), 0)::bigint AS b FROM orgs`)) as unknown as { rows: { b: string }[] }).rows[0].b);
      await tx.execute(sql`
        INSERT INTO orgs (tenant_id, id, code, kind, name, parent_id, path, depth, founded_on)
        OVERRIDING SYSTEM VALUE
        SELECT ${tenantId}, ${base} + i + 1, 'B' || i,
          CASE WHEN i = 0 THEN 'working_committee' WHEN i <= ${c} THEN 'committee' ELSE 'branch' END,
          '中共基准党组织' || i,
          CASE WHEN i = 0 THEN NULL WHEN i <= ${c} THEN ${base} + 1 ELSE ${base} + 1 + ((i - ${c} - 1) % ${c}) + 1 END,
          CASE WHEN i = 0 THEN '/' || (${base} + 1) || '/'
               WHEN i <= ${c} THEN '/' || (${base} + 1) || '/' || (${base} + i + 1) || '/'
               ELSE '/' || (${base} + 1) || '/' || (${base} + 1 + ((i - ${c} - 1) % ${c}) + 1) || '/' || (${base} + i + 1) || '/' END,
          CASE WHEN i = 0 THEN 0 WHEN i <= ${c} THEN 1 ELSE 2 END,
          DATE '2015-01-01'
        FROM generate_series(0, ${o - 1}) AS i`);
      await tx.execute(sql`
        INSERT INTO org_versions (tenant_id, org_id, kind, name, parent_id, path, valid_from, change)
        SELECT tenant_id, id, kind, name, parent_id, path, founded_on, 'found' FROM orgs WHERE tenant_id = ${tenantId}`);
      await tx.execute(sql`
        INSERT INTO members (tenant_id, name, name_pinyin, name_initials, sex, birth_date, id_number_enc, id_number_hash,
          id_number_masked, joined_on, status)
        SELECT ${tenantId}, '党员' || j, 'dangyuan' || j, 'dy' || j, CASE WHEN j % 2 = 0 THEN 'male' ELSE 'female' END,
          DATE '1980-01-01' + (j % 9000), 'v1:bench', md5(${tenantId} || '-' || j), '5110**********0000',
          DATE '2015-01-01' + (j % 3650), 'full'
        FROM generate_series(1, ${m}) AS j`);
      await tx.execute(sql`
        INSERT INTO memberships (tenant_id, member_id, org_id, valid_from, start_reason)
        SELECT mem.tenant_id, mem.id, ${base} + 1 + ${c} + 1 + ((row_number() OVER (ORDER BY mem.id) - 1) % ${o - c - 1}), mem.joined_on, 'join'
        FROM members mem WHERE mem.tenant_id = ${tenantId}`);
    });
  }
  await db.execute(sql`SELECT setval(pg_get_serial_sequence('orgs', 'id'), (SELECT max(id) FROM orgs))`);
  await db.execute(sql`ANALYZE`);
}
