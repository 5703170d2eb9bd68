import type { Db } from '../db/connection.ts';
import { listTenantIds } from '../modules/users/users.repository.ts';
import type { ServiceContext } from './context.ts';
import type { PersonalDataCipher } from './personal-data.ts';
import { systemActor } from './system-actor.ts';

/**
 * Work the platform does by itself in every park, on a timer: sweeps that open accountability records for
 * overdue tasks, escalate overdue requests and the like. Each job is idempotent (running it twice changes nothing
 * more), acts as the platform (the system actor, audited as "system") and answers counts of what it did.
 */
export type ParkJob = { name: string; run(ctx: ServiceContext, now: Date): Promise<Record<string, number>> };

const jobs = new Map<string, ParkJob>();

/** Called by the module that owns the job, at module load (see modules/index.ts). */
export function registerParkJob(job: ParkJob): void {
  if (jobs.has(job.name)) throw new Error(`job ${job.name} is registered twice`);
  jobs.set(job.name, job);
}

export function listParkJobs(): ParkJob[] {
  return [...jobs.values()];
}

export type JobOutcome = { tenantId: number; job: string; result?: Record<string, number>; error?: string };

/**
 * Runs every job once in every park (or in the parks named); one job failing in one park does not keep the others
 * from running.
 */
export async function runParkJobs(deps: { db: Db; cipher: PersonalDataCipher }, now = new Date(), tenantIds?: number[]): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const tenantId of tenantIds ?? (await listTenantIds(deps.db))) {
    const ctx: ServiceContext = { db: deps.db, cipher: deps.cipher, actor: systemActor(tenantId), ip: '127.0.0.1' };
    for (const job of jobs.values()) {
      try {
        outcomes.push({ tenantId, job: job.name, result: await job.run(ctx, now) });
      } catch (error) {
        outcomes.push({ tenantId, job: job.name, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return outcomes;
}

/**
 * Runs the jobs now and then every `everyMs`, one run at a time (a slow run is not overlapped by the next).
 * Returns the function that stops the timer and waits for a run in progress.
 */
export function startParkJobs(deps: { db: Db; cipher: PersonalDataCipher }, everyMs: number, log: (outcomes: JobOutcome[]) => void): () => Promise<void> {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = runParkJobs(deps)
      .then(log, (error: unknown) => log([{ tenantId: 0, job: '*', error: error instanceof Error ? error.message : String(error) }]))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
