/**
 * `npm run bench`: subtree reads at each data tier, on PGlite (park and city) and PostgreSQL (all tiers, when
 * BENCH_DATABASE_URL or the default local server answers), through the platform's services beside the raw SQL
 * of the same computation. Writes docs/performance.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../src/server/db/connection.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { benchCases } from './cases.ts';
import { type Stats, round } from './measure.ts';
import { type Tier, growToTier, tiers } from './tiers.ts';

type Row = { database: string; tier: string; case: string; service: Stats; raw: Stats };

const defaultUrl = 'postgres://postgres@127.0.0.1:5432/hongyuan_bench';

async function preparePostgres(url: string): Promise<Database | null> {
  const target = new URL(url);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  await admin.query(`DROP DATABASE IF EXISTS ${target.pathname.slice(1)}`);
  await admin.query(`CREATE DATABASE ${target.pathname.slice(1)}`);
  await admin.end();
  return openPostgres(url, { max: 4 });
}

async function benchDatabase(label: string, database: Database, run: Tier[], rawQuery: (text: string, params: unknown[]) => Promise<unknown>): Promise<Row[]> {
  await migrate(database);
  const rows: Row[] = [];
  for (const tier of run) {
    const started = performance.now();
    await growToTier(database, tier);
    console.log(`${label}: ${tier.name} tier ready in ${round((performance.now() - started) / 1000)} s`);
    for (const c of await benchCases(database, rawQuery)) {
      const result = await c.run();
      rows.push({ database: label, tier: tier.name, case: c.name, ...result });
      console.log(`  ${c.name}: service p50 ${result.service.p50} ms p95 ${result.service.p95} ms | raw p50 ${result.raw.p50} ms p95 ${result.raw.p95} ms`);
    }
  }
  return rows;
}

const rows: Row[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyuan-bench-'));
const lite = await openPglite(path.join(dir, 'pglite'));
rows.push(...(await benchDatabase('PGlite', lite, tiers.filter((t) => t.name !== 'province'), (text, params) => lite.client.query(text, params))));
await lite.close();
fs.rmSync(dir, { recursive: true, force: true });

const pgDatabase = await preparePostgres(process.env.BENCH_DATABASE_URL ?? defaultUrl);
if (pgDatabase && 'pool' in pgDatabase) {
  const pool = (pgDatabase as Database & { pool: pg.Pool }).pool;
  rows.push(...(await benchDatabase('PostgreSQL', pgDatabase, tiers, (text, params) => pool.query(text, params))));
  await pgDatabase.close();
} else {
  console.log('PostgreSQL not reachable: PGlite only');
}

const lines = [
  '# Performance',
  '',
  `Measured by \`npm run bench\` on ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${new Date().toISOString().slice(0, 10)}.`,
  'Each case reads one committee\'s subtree in park 1 (about 27 orgs and 500 members) while the database holds',
  'the whole tier: park (1 park, 250 orgs, 4,371 members), city (10 parks, 2,500 orgs, 45,000 members),',
  'province (200 parks, 50,000 orgs, 1,000,000 members). "service" is the platform\'s own code path',
  '(service → repository → driver); "raw" is the same SQL sent straight to the driver. Times in ms over 100 runs',
  'after 10 warm-up runs. A subtree read must not slow down as the rest of the database grows: compare a case',
  'across tiers. The children list is three queries in the service (the page, its total, and each row\'s',
  'child count) against one in the raw column, which is most of its ratio.',
  '',
  '| database | tier | case | service p50 | service p95 | raw p50 | raw p95 | ratio p50 |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.database} | ${r.tier} | ${r.case} | ${r.service.p50} | ${r.service.p95} | ${r.raw.p50} | ${r.raw.p95} | ${round(r.service.p50 / Math.max(r.raw.p50, 0.01))} |`),
  '',
];
fs.writeFileSync(path.resolve(import.meta.dirname, '../docs/performance.md'), lines.join('\n'));
console.log('wrote docs/performance.md');
