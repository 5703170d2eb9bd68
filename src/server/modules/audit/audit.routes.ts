import type { App, AppDeps } from '../../platform/context.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { auditListQuery, auditListView, chainView } from './audit.schemas.ts';
import { listAuditLog, verifyForCaller } from './audit.service.ts';

const tags = ['audit'];

export async function registerAuditRoutes(app: App, deps: AppDeps) {
  const access = { access: 'audit.read' as const };
  app.get('/api/v1/audit-log', { schema: { tags, summary: 'Read the audit log (audit admin)', querystring: auditListQuery, response: { 200: auditListView } }, config: access }, async (req) =>
    listAuditLog(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/audit-log/verify', { schema: { tags, summary: 'Verify the hash chain of the audit log', response: { 200: chainView } }, config: access }, async (req) =>
    verifyForCaller(serviceContext(deps, req)),
  );
}
