import type { App, AppDeps } from '../../platform/context.ts';
import { serviceContext } from '../../platform/service-context.ts';
import {
  coverageAlertListView,
  coverageAlertsQuery,
  coverageRatesQuery,
  coverageRatesView,
  coverageRuleListView,
  coverageRuleParams,
  coverageRuleView,
  coverageUnitListView,
  coverageUnitsQuery,
  unvisitedListView,
  unvisitedQuery,
  updateCoverageRuleBody,
} from './coverage.schemas.ts';
import * as service from './coverage.service.ts';

const tags = ['coverage'];

/** Coverage (覆盖率) of the park's units: the rule, rates, the units behind them, alerts and unvisited flags. */
export async function registerCoverageRoutes(app: App, deps: AppDeps) {
  const read = { access: 'enterprises.read' as const };
  const write = { access: 'enterprises.write' as const };

  app.get('/api/v1/coverage/rules', { schema: { tags, summary: 'The park\'s coverage rule per category', response: { 200: coverageRuleListView } }, config: read }, async (req) =>
    service.listCoverageRules(serviceContext(deps, req)),
  );
  app.put('/api/v1/coverage/rules/:category', { schema: { tags, summary: 'Set a category\'s coverage rule (park-wide enterprises.write)', params: coverageRuleParams, body: updateCoverageRuleBody, response: { 200: coverageRuleView } }, config: write }, async (req) =>
    service.updateCoverageRule(serviceContext(deps, req), req.params.category, req.body),
  );
  app.get('/api/v1/coverage/rates', { schema: { tags, summary: 'Coverage rates per category as of a date, with numerators and denominators', querystring: coverageRatesQuery, response: { 200: coverageRatesView } }, config: read }, async (req) =>
    service.getCoverageRates(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/coverage/units', { schema: { tags, summary: 'The units behind a coverage rate, each with how it is covered', querystring: coverageUnitsQuery, response: { 200: coverageUnitListView } }, config: read }, async (req) =>
    service.listCoverageUnits(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/coverage/alerts', { schema: { tags, summary: 'Coverage alerts as of a date: uncovered units, and units with three or more full members and no own org', querystring: coverageAlertsQuery, response: { 200: coverageAlertListView } }, config: read }, async (req) =>
    service.listCoverageAlerts(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/coverage/unvisited', { schema: { tags, summary: 'Enterprises with an instructor and no guidance visit within the rule\'s interval', querystring: unvisitedQuery, response: { 200: unvisitedListView } }, config: read }, async (req) =>
    service.listUnvisitedEnterprises(serviceContext(deps, req), req.query),
  );
}
