/**
 * `npm test`: prepares the PostgreSQL test database when TEST_DATABASE_URL is set (fresh schema, migrations
 * applied once), then runs every test file with node:test. Extra arguments narrow the files.
 */
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';
import pg from 'pg';
import { openPostgres } from '../src/server/db/connection.ts';
import { migrate } from '../src/server/db/migrate.ts';

const url = process.env.TEST_DATABASE_URL;
if (url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public');
  await client.end();
  const database = await openPostgres(url, { max: 1 });
  await migrate(database);
  await database.close();
  console.log('PostgreSQL test database ready');
} else {
  console.log('TEST_DATABASE_URL is not set: integration tests run on PGlite only');
}

const args = process.argv.slice(2);
const files = args.length ? args : globSync(['src/**/*.test.ts', 'test/**/*.test.ts']).sort();
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', '--test-reporter=spec', ...files], { stdio: 'inherit', env: process.env });
process.exit(result.status ?? 1);
