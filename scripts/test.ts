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
// The browser tests run after the others, one file at a time: beside two database suites on two cores a page's
// actions wait on a starved server, and a test would measure the machine's load instead of the interface.
const isBrowserTest = (f: string) => f.startsWith('test/e2e/');
const run = (group: string[], concurrency: number) =>
  group.length === 0 ? 0 : (spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...group], { stdio: 'inherit', env: process.env }).status ?? 1);
const others = run(files.filter((f) => !isBrowserTest(f)), 2);
const browser = run(files.filter(isBrowserTest), 1);
process.exit(others || browser);
