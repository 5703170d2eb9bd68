import type { App, AppDeps } from '../../platform/context.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { accountabilityListView, decideBody, escalateBody, ladderView, listAccountabilityQuery, replaceLadderBody, sweepBody, sweepView } from './accountability.schemas.ts';
import * as service from './accountability.service.ts';
import { accountabilityView } from './tasks.schemas.ts';

const tags = ['tasks'];

/** 反向问责: accountability records, the overdue sweep, the park's ladder. */
export async function registerAccountabilityRoutes(app: App, deps: AppDeps) {
  const read = { access: 'tasks.read' as const };
  const write = { access: 'tasks.write' as const };

  app.get('/api/v1/accountability-records', { schema: { tags, summary: 'List accountability records of the items the caller reaches', querystring: listAccountabilityQuery, response: { 200: accountabilityListView } }, config: read }, async (req) =>
    service.listAccountability(serviceContext(deps, req), req.query),
  );
  app.post('/api/v1/accountability-records/sweep', { schema: { tags, summary: 'Open accountability records for overdue items (idempotent)', body: sweepBody, response: { 200: sweepView } }, config: write }, async (req) =>
    service.sweepOverdue(serviceContext(deps, req), req.body),
  );
  app.post('/api/v1/accountability-records/:id/decide', { schema: { tags, summary: 'Decide an open record: upheld, or waived with a reason', params: idParam, body: decideBody, response: { 200: accountabilityView } }, config: write }, async (req) =>
    service.decideAccountability(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/accountability-records/:id/escalate', { schema: { tags, summary: 'Escalate an open record to the next level of the ladder', params: idParam, body: escalateBody, response: { 200: accountabilityView } }, config: write }, async (req) =>
    service.escalateAccountability(serviceContext(deps, req), req.params.id, req.body),
  );
  app.get('/api/v1/accountability-levels', { schema: { tags, summary: 'The park\'s accountability ladder', response: { 200: ladderView } }, config: read }, async (req) =>
    service.getLadder(serviceContext(deps, req)),
  );
  app.put('/api/v1/accountability-levels', { schema: { tags, summary: 'Replace the park\'s accountability ladder (park-wide)', body: replaceLadderBody, response: { 200: ladderView } }, config: write }, async (req) =>
    service.replaceLadder(serviceContext(deps, req), req.body),
  );
}
