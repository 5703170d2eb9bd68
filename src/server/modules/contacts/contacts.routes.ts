import type { App, AppDeps } from '../../platform/context.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { contactGraph } from './contact-graph.service.ts';
import { createLink, endLink, getLink, listLinks, listStaleLinks } from './contact-links.service.ts';
import { listContactSettings, putContactSetting } from './contact-settings.service.ts';
import { listVisits, logVisit } from './contact-visits.service.ts';
import {
  createLinkBody,
  endLinkBody,
  graphQuery,
  graphView,
  linkDetailQuery,
  linkListView,
  linkView,
  listLinksQuery,
  putSettingBody,
  settingListView,
  settingParam,
  staleLinksQuery,
} from './contacts.schemas.ts';
import { createVisitBody, listVisitsQuery, visitListView, visitView } from './visits.schemas.ts';

const tags = ['contacts'];

/** Dual contact (双联系): dated contact links, the contact graph and its gaps, visit intervals, and visits (走访). */
export async function registerContactRoutes(app: App, deps: AppDeps) {
  const read = { access: 'contacts.read' as const };
  const write = { access: 'contacts.write' as const };
  const visit = { access: 'visits.write' as const };

  app.get('/api/v1/contact-links', { schema: { tags, summary: 'List contact links in force on a date (or their history)', querystring: listLinksQuery, response: { 200: linkListView } }, config: read }, async (req) =>
    listLinks(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/contact-links/stale', { schema: { tags, summary: 'Links in force without a visit within their kind\'s interval on a date', querystring: staleLinksQuery, response: { 200: linkListView } }, config: read }, async (req) =>
    listStaleLinks(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/contact-links/:id', { schema: { tags, summary: 'One contact link with its last visit', params: idParam, querystring: linkDetailQuery, response: { 200: linkView } }, config: read }, async (req) =>
    getLink(serviceContext(deps, req), req.params.id, req.query.asOf),
  );
  app.post('/api/v1/contact-links', { schema: { tags, summary: 'Make a contact link from a date', body: createLinkBody, response: { 201: linkView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await createLink(serviceContext(deps, req), req.body)),
  );
  app.post('/api/v1/contact-links/:id/end', { schema: { tags, summary: 'End a contact link', params: idParam, body: endLinkBody, response: { 200: linkView } }, config: write }, async (req) =>
    endLink(serviceContext(deps, req), req.params.id, req.body),
  );
  app.get('/api/v1/contact-graph', { schema: { tags, summary: 'Who links to whom, by kind, on a date, with the gaps', querystring: graphQuery, response: { 200: graphView } }, config: read }, async (req) =>
    contactGraph(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/contact-settings', { schema: { tags, summary: 'The park\'s visit interval per watched link kind', response: { 200: settingListView } }, config: read }, async (req) =>
    listContactSettings(serviceContext(deps, req)),
  );
  app.put('/api/v1/contact-settings/:kind', { schema: { tags, summary: 'Set a watched kind\'s visit interval (park-wide contacts.write)', params: settingParam, body: putSettingBody, response: { 200: settingListView } }, config: write }, async (req) =>
    putContactSetting(serviceContext(deps, req), req.params.kind, req.body.staleAfterDays),
  );
  app.get('/api/v1/contact-visits', { schema: { tags, summary: 'List visits', querystring: listVisitsQuery, response: { 200: visitListView } }, config: read }, async (req) =>
    listVisits(serviceContext(deps, req), req.query),
  );
  app.post('/api/v1/contact-visits', { schema: { tags, summary: 'Log one\'s visit to an enterprise or a place', body: createVisitBody, response: { 201: visitView } }, config: visit }, async (req, reply) =>
    reply.status(201).send(await logVisit(serviceContext(deps, req), req.body)),
  );
}
