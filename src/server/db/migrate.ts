import { readMigrationFiles } from 'drizzle-orm/migrator';
import { fileURLToPath } from 'node:url';
import type { Database } from './connection.ts';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Applies the committed SQL migrations in order, each in its own transaction, on PGlite and PostgreSQL
 * alike. An advisory lock keeps two servers starting together from applying the same one twice.
 */
export async function migrate(database: Database): Promise<{ applied: string[] }> {
  const migrations = readMigrationFiles({ migrationsFolder });
  const applied: string[] = [];
  await database.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    hash text PRIMARY KEY, tag text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const run = async (query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>) => {
    await query('SELECT pg_advisory_lock(724101)');
    try {
      const done = new Set((await query('SELECT hash FROM schema_migrations')).rows.map((r) => String(r.hash)));
      for (const m of migrations) {
        if (done.has(m.hash)) continue;
        await query('BEGIN');
        try {
          for (const statement of m.sql) if (statement.trim()) await query(statement);
          await query('INSERT INTO schema_migrations (hash, tag) VALUES ($1, $2)', [m.hash, String(m.folderMillis)]);
          await query('COMMIT');
        } catch (error) {
          await query('ROLLBACK');
          throw error;
        }
        applied.push(m.hash);
      }
    } finally {
      await query('SELECT pg_advisory_unlock(724101)');
    }
  };
  if ('client' in database) {
    const client = (database as unknown as { client: import('@electric-sql/pglite').PGlite }).client;
    await run((sql, params) => client.query(sql, params) as Promise<{ rows: Record<string, unknown>[] }>);
  } else {
    const pool = (database as unknown as { pool: import('pg').Pool }).pool;
    const conn = await pool.connect();
    try {
      await run((sql, params) => conn.query(sql, params));
    } finally {
      conn.release();
    }
  }
  return { applied };
}
