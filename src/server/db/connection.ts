import { PGlite } from '@electric-sql/pglite';
import { amcheck } from '@electric-sql/pglite/contrib/amcheck';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A repository takes either the database or an open transaction. */
export type DbOrTx = Db | Tx;
export type DatabaseKind = 'pglite' | 'postgresql';

export type Database = {
  db: Db;
  kind: DatabaseKind;
  /** Runs raw SQL (several statements allowed) outside drizzle: migrations, integrity checks. */
  exec(sql: string): Promise<void>;
  /** Flushes to disk and closes the connection(s). */
  close(): Promise<void>;
};

/** Opens PGlite on a directory (or in memory with 'memory://'). The caller holds the directory lock. */
export async function openPglite(dataDir: string): Promise<Database & { client: PGlite }> {
  const client = await PGlite.create(dataDir === 'memory://' ? undefined : dataDir, {
    extensions: { amcheck, pg_trgm },
  });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    client,
    exec: async (sql) => {
      await client.exec(sql);
    },
    close: async () => {
      if (client.closed) return;
      await client.exec('CHECKPOINT');
      await client.close();
    },
  };
}

/** Opens a pool on a PostgreSQL server (≥ 15). */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database & { pool: pg.Pool }> {
  // Dates stay 'YYYY-MM-DD' strings, never shifted through a JS Date in the server's zone.
  pg.types.setTypeParser(1082, (v) => v);
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  const probe = await pool.query<{ v: string }>('SHOW server_version_num');
  if (Number(probe.rows[0].v) < 150000) {
    await pool.end();
    throw new Error(`PostgreSQL 15 or later is required (server is ${probe.rows[0].v})`);
  }
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    kind: 'postgresql',
    pool,
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: async () => {
      await pool.end();
    },
  };
}
