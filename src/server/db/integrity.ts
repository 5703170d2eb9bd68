import type { PGlite } from '@electric-sql/pglite';

export type IntegrityReport = { ok: boolean; problems: string[]; checkedRelations: number };

/**
 * After an unclean stop: verify every table's heap and every btree index with amcheck before serving.
 * PGlite replays its WAL on open; this catches what replay cannot repair.
 */
export async function checkIntegrity(client: PGlite): Promise<IntegrityReport> {
  await client.exec('CREATE EXTENSION IF NOT EXISTS amcheck');
  const problems: string[] = [];
  const tables = await client.query<{ oid: number; name: string }>(
    `SELECT c.oid::int AS oid, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r'`,
  );
  for (const t of tables.rows) {
    const r = await client.query<{ msg: string }>(`SELECT msg FROM verify_heapam($1::regclass)`, [t.oid]);
    for (const row of r.rows) problems.push(`${t.name}: ${row.msg}`);
  }
  const indexes = await client.query<{ oid: number; name: string }>(
    `SELECT c.oid::int AS oid, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_am am ON am.oid = c.relam WHERE n.nspname = 'public' AND c.relkind = 'i' AND am.amname = 'btree'`,
  );
  for (const i of indexes.rows) {
    try {
      await client.query('SELECT bt_index_check($1::regclass, true)', [i.oid]);
    } catch (error) {
      problems.push(`${i.name}: ${(error as Error).message}`);
    }
  }
  return { ok: problems.length === 0, problems, checkedRelations: tables.rows.length + indexes.rows.length };
}
