import { registerParkJob } from '../../platform/jobs.ts';
import { escalateOverdueRequests } from './request-escalation.service.ts';

/** The SLA sweep, run by the platform in every park on its timer: escalates the requests overdue by then. */
registerParkJob({ name: 'requests.escalate-overdue', run: (ctx, now) => escalateOverdueRequests(ctx, now) });
