import type { RouteSpec } from './route-spec.ts';

/** The dual-contact routes: contact links, the graph, visit intervals and visits. */
export const contactsRoutes: Record<string, RouteSpec> = {
  'GET /api/v1/contact-links': { access: 'contacts.read', family: 'enterprise', ok: [200], url: (_fx, id) => `/api/v1/contact-links?enterpriseId=${id}` },
  'GET /api/v1/contact-links/stale': { access: 'contacts.read', family: 'none', ok: [200] },
  'GET /api/v1/contact-links/:id': { access: 'contacts.read', family: 'contactLink', ok: [200] },
  'POST /api/v1/contact-links': { access: 'contacts.write', family: 'enterprise', ok: [422], body: (fx, id) => ({ kind: 'cadre_enterprise', userId: fx.targets.user.inScope, enterpriseId: id, validFrom: '2020-01-01' }) },
  'POST /api/v1/contact-links/:id/end': { access: 'contacts.write', family: 'contactLink', ok: [422], body: () => ({ validTo: '2000-01-01' }) },
  'GET /api/v1/contact-graph': { access: 'contacts.read', family: 'none', ok: [200] },
  'GET /api/v1/contact-settings': { access: 'contacts.read', family: 'none', ok: [200] },
  'PUT /api/v1/contact-settings/:kind': { access: 'contacts.write', family: 'none', ok: [422], url: () => '/api/v1/contact-settings/leader_org', body: () => ({ staleAfterDays: 30 }) },
  'GET /api/v1/contact-visits': { access: 'contacts.read', family: 'enterprise', ok: [200], url: (_fx, id) => `/api/v1/contact-visits?enterpriseId=${id}` },
  'POST /api/v1/contact-visits': { access: 'visits.write', family: 'enterprise', ok: [400], body: (_fx, id) => ({ enterpriseId: id, visitedOn: '2999-01-01', peopleMet: '矩阵', findings: '矩阵' }) },
};
