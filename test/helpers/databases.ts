import crypto from 'node:crypto';
import { type Database, openPglite, openPostgres } from '../../src/server/db/connection.ts';
import { migrate } from '../../src/server/db/migrate.ts';

export type TestDatabaseKind = 'pglite' | 'postgresql';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI always sets it). */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
}

/**
 * A migrated database. PGlite: a fresh in-memory one per test file. PostgreSQL: the shared test database,
 * migrated once by scripts/test.ts; tests stay apart by each using parks (tenants) of their own.
 */
export async function openTestDatabase(kind: TestDatabaseKind): Promise<Database> {
  if (kind === 'pglite') {
    const database = await openPglite('memory://');
    await migrate(database);
    return database;
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const database = await openPostgres(url, { max: 4 });
  await migrate(database);
  return database;
}

/** A park code no other test uses. */
export function uniqueParkCode(prefix = 'test'): string {
  return `${prefix}-${crypto.randomBytes(6).toString('hex')}`;
}
