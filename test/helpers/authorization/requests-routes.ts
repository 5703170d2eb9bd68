import { requestEnterpriseUscc } from './requests-fixture.ts';
import type { RouteSpec } from './route-spec.ts';

const attachment = { fileName: '矩阵补充.txt', mimeType: 'text/plain', contentBase64: Buffer.from('more').toString('base64') };

/** The requests routes (诉求) and their Open311 face. Lifecycle actions aim at confirmed requests: 409 when let through. */
export const requestsRoutes: Record<string, RouteSpec> = {
  'GET /api/v1/request-categories': { access: 'requests.read', family: 'none', ok: [200] },
  'PUT /api/v1/request-categories/:code': { access: 'requests.handle', family: 'none', ok: [422], url: () => '/api/v1/request-categories/labour', body: () => ({ nameZh: '用工', nameEn: 'Labour', responseHours: 72, resolutionDays: 1 }) },
  'GET /api/v1/request-enterprises': { access: 'requests.write', family: 'none', ok: [200] },
  'GET /api/v1/requests': { access: 'requests.read', family: 'requestEnterprise', ok: [200], url: (_fx, id) => `/api/v1/requests?enterpriseId=${id}` },
  'GET /api/v1/requests/:id': { access: 'requests.read', family: 'request', ok: [200] },
  'POST /api/v1/requests': { access: 'requests.write', family: 'requestEnterprise', ok: [422], body: (_fx, id) => ({ enterpriseId: id, categoryCode: 'weather', title: '矩阵诉求', description: '矩阵诉求内容' }) },
  'POST /api/v1/requests/:id/attachments': { access: 'requests.write', family: 'request', ok: [409], body: () => attachment },
  'GET /api/v1/request-attachments/:id': { access: 'requests.read', family: 'requestAttachment', ok: [200] },
  'POST /api/v1/requests/escalations': { access: 'requests.handle', family: 'none', ok: [200], body: () => ({}) },
  'POST /api/v1/requests/:id/accept': { access: 'requests.handle', family: 'request', ok: [409], body: () => ({}) },
  'POST /api/v1/requests/:id/assign': { access: 'requests.handle', family: 'request', ok: [409], body: (fx) => ({ departmentOrgId: fx.tree.a1.id }) },
  'POST /api/v1/requests/:id/start': { access: 'requests.handle', family: 'request', ok: [409], body: () => ({}) },
  'POST /api/v1/requests/:id/resolve': { access: 'requests.handle', family: 'request', ok: [409], body: () => ({ note: '矩阵' }) },
  'POST /api/v1/requests/:id/reject': { access: 'requests.handle', family: 'request', ok: [409], body: () => ({ reason: '矩阵' }) },
  'POST /api/v1/requests/:id/confirm': { access: 'requests.write', family: 'request', ok: [409], body: () => ({ satisfaction: 5 }) },
  'POST /api/v1/requests/:id/reopen': { access: 'requests.write', family: 'request', ok: [409], body: () => ({ reason: '矩阵' }) },

  'GET /open311/v2/services.json': { access: 'requests.read', family: 'none', ok: [200], open311: true },
  'GET /open311/v2/requests.json': { access: 'requests.read', family: 'none', ok: [200], open311: true },
  'POST /open311/v2/requests.json': {
    access: 'requests.write',
    family: 'requestEnterprise',
    ok: [422],
    open311: true,
    body: (_fx, id) => ({ service_code: 'weather', description: '矩阵诉求内容', 'attribute[uscc]': requestEnterpriseUscc.get(id) ?? '91511002MA00000000' }),
  },
  'GET /open311/v2/requests/:id.json': { access: 'requests.read', family: 'request', ok: [200], open311: true },
};
