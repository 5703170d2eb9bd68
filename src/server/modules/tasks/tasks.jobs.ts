import { registerParkJob } from '../../platform/jobs.ts';
import { openOverdueAccountability } from './accountability.service.ts';

/** The day in the park's time zone (China Standard Time) at an instant. */
function parkDay(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** 反向问责 on a timer: overdue tasks get their first accountability record without anyone running the sweep. */
registerParkJob({
  name: 'tasks.overdue-accountability',
  run: (ctx, now) => openOverdueAccountability(ctx, parkDay(now)),
});
