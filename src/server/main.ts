import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Config, loadConfig } from './config.ts';
import { type Database, openPglite, openPostgres } from './db/connection.ts';
import { type DataDirLock, DataDirLockedError, lockDataDir } from './db/data-dir-lock.ts';
import { checkIntegrity } from './db/integrity.ts';
import { migrate } from './db/migrate.ts';
import { buildApp } from './app.ts';
import { bootstrapPark } from './platform/bootstrap.ts';
import { createCipher, loadMasterKey } from './platform/personal-data.ts';
import { purgeExpiredSessions } from './platform/auth/sessions.ts';
import { startParkJobs } from './platform/jobs.ts';
import { loadDemoPark } from './demo/demo-park.ts';

const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite under the data-dir lock. */
export async function openConfiguredDatabase(config: Config): Promise<{ database: Database; lock: DataDirLock | null }> {
  if (config.databaseUrl) return { database: await openPostgres(config.databaseUrl), lock: null };
  const lock = lockDataDir(config.dataDir);
  try {
    const database = await openPglite(path.resolve(config.dataDir));
    if (lock.wasUncleanStop) {
      console.warn('The last server on this data directory did not stop cleanly; checking the database before serving…');
      const report = await checkIntegrity(database.client);
      if (!report.ok) {
        await database.client.close();
        throw new Error(`The embedded database is damaged:\n  ${report.problems.join('\n  ')}\nRestore ${config.dataDir} from a backup.`);
      }
      console.warn(`Integrity check passed (${report.checkedRelations} tables and indexes).`);
    }
    return { database, lock };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** The process: config → database → migrations → first-start park → app → listen; clean stop on signals. */
export async function startServer(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(env);
  let opened: Awaited<ReturnType<typeof openConfiguredDatabase>>;
  try {
    opened = await openConfiguredDatabase(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const { database, lock } = opened;
  await migrate(database);
  const cipher = createCipher(loadMasterKey({ secretKeyHex: config.secretKeyHex, keyFile: config.keyFile }));
  const boot = await bootstrapPark(database.db, { parkCode: config.parkCode, parkName: config.parkName, adminPassword: config.adminPassword, security: config.security });
  let demoNote: string | null = null;
  if (boot.isNewPark && config.demo) {
    console.log('Loading the demo park (内江经开区)…');
    const demo = await loadDemoPark({ db: database.db, cipher, tenantId: boot.tenantId });
    // PGlite runs no autovacuum: give the planner statistics for the freshly loaded tables.
    await database.exec('ANALYZE');
    demoNote = `Demo accounts (${demo.accounts.map((a) => a.username).join(', ')}) share the password: ${demo.password}`;
  }
  const app = await buildApp({
    database,
    cipher,
    security: config.security,
    defaultParkCode: config.parkCode,
    logger: { level: config.logLevel },
    webRoot,
  });
  const purge = setInterval(() => void purgeExpiredSessions(database.db, config.security).catch(() => {}), 10 * 60_000);
  purge.unref();
  // The modules' sweeps (overdue tasks, overdue requests, …): at start and every 10 minutes.
  const stopJobs = startParkJobs({ db: database.db, cipher }, 10 * 60_000, (outcomes) => {
    for (const o of outcomes) {
      if (o.error) app.log.error({ job: o.job, tenantId: o.tenantId }, `job failed: ${o.error}`);
      else if (o.result && Object.values(o.result).some((n) => n > 0)) app.log.info({ job: o.job, tenantId: o.tenantId, ...o.result }, 'job done');
    }
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping…`);
    clearInterval(purge);
    await stopJobs();
    await app.close();
    await database.close();
    lock?.release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const url = `http://localhost:${typeof address === 'object' && address ? address.port : config.port}`;
  console.log(`\nHongYuan 红园 is serving ${url} on ${database.kind === 'pglite' ? `the embedded database in ${config.dataDir}` : 'PostgreSQL'}`);
  if (boot.admin) {
    console.log(
      boot.admin.generatedPassword
        ? `First start: log in as "admin" with the password ${boot.admin.generatedPassword} (shown only now; you will be asked to change it).`
        : 'First start: log in as "admin" with the password from HONGYUAN_ADMIN_PASSWORD.',
    );
  }
  if (demoNote) console.log(`${demoNote} (shown only now).`);
  return app;
}
