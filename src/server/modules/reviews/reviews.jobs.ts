import { registerParkJob } from '../../platform/jobs.ts';
import * as cycles from './review-cycles.repository.ts';
import { closeStage } from './review-scoring.service.ts';

/** The park's date (China Standard Time) at an instant. */
function parkDay(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Closes, as they stand, the commitments and report stages left open past their deadline, dated to the deadline
 * (or to the previous stage's close, when that came later): an org that did not file in time has filed what it
 * had, and any later change takes a reopening with a reason. Scoring is not closed by the clock — it needs every
 * score. Idempotent: a closed stage is not found again. A commitments stage closed here may leave the report
 * overdue too; the next run closes that.
 */
registerParkJob({
  name: 'reviews.close-overdue-stages',
  async run(ctx, now) {
    const overdue = await cycles.listOverdueStages(ctx.db, ctx.actor.tenantId, parkDay(now));
    for (const o of overdue) {
      const on = o.previousClosedOn && o.previousClosedOn > o.dueOn ? o.previousClosedOn : o.dueOn;
      await closeStage(ctx, o.cycleId, { stage: o.stage, on });
    }
    return { closedCommitments: overdue.filter((o) => o.stage === 'commitments').length, closedReports: overdue.filter((o) => o.stage === 'report').length };
  },
});
