#!/usr/bin/env node
import { loadConfig } from '../server/config.ts';
import { migrate } from '../server/db/migrate.ts';
import { openConfiguredDatabase, startServer } from '../server/main.ts';
import { verifyAuditChain } from '../server/modules/audit/audit.service.ts';
import { findTenantByCode } from '../server/modules/users/users.repository.ts';
import '../server/modules/index.ts';
import { runParkJobs } from '../server/platform/jobs.ts';
import { createCipher, loadMasterKey } from '../server/platform/personal-data.ts';

const usage = `hongyuan <command>

  serve          start the platform (the default)
  migrate        apply the database migrations and exit
  audit-verify   verify the audit log's hash chain for the park; exit 1 if broken
  run-jobs       run the periodic sweeps (overdue tasks, overdue requests, …) once in every park and exit;
                 exit 1 if one failed
`;

async function withDatabase<T>(fn: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>['database']) => Promise<T>): Promise<T> {
  const { database, lock } = await openConfiguredDatabase(loadConfig());
  try {
    return await fn(database);
  } finally {
    await database.close();
    lock?.release();
  }
}

const command = process.argv[2] ?? 'serve';
process.on('uncaughtException', (error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
switch (command) {
  case 'serve':
    await startServer();
    break;
  case 'migrate': {
    const { applied } = await withDatabase((db) => migrate(db));
    console.log(applied.length ? `Applied ${applied.length} migration(s).` : 'The database is up to date.');
    break;
  }
  case 'audit-verify': {
    const config = loadConfig();
    const result = await withDatabase(async (database) => {
      const tenant = await findTenantByCode(database.db, config.parkCode);
      if (!tenant) throw new Error(`No park with code ${config.parkCode}`);
      return verifyAuditChain(database.db, tenant.id);
    });
    console.log(result.ok ? `Audit chain intact: ${result.checked} entries.` : `Audit chain BROKEN at entry ${result.brokenAt}: ${result.reason}`);
    process.exitCode = result.ok ? 0 : 1;
    break;
  }
  case 'run-jobs': {
    const config = loadConfig();
    const outcomes = await withDatabase(async (database) => {
      const cipher = createCipher(loadMasterKey({ secretKeyHex: config.secretKeyHex, keyFile: config.keyFile }));
      return runParkJobs({ db: database.db, cipher });
    });
    for (const o of outcomes) console.log(`park ${o.tenantId} ${o.job}: ${o.error ? `FAILED ${o.error}` : JSON.stringify(o.result)}`);
    process.exitCode = outcomes.some((o) => o.error) ? 1 : 0;
    break;
  }
  default:
    console.error(usage);
    process.exitCode = 2;
}
