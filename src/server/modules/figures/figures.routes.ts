import type { App, AppDeps } from '../../platform/context.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { figureDetailQuery, figureDetailView, figureListQuery, figureListView, figureParams } from './figures.schemas.ts';
import { getFigure, listFigures } from './figures.service.ts';

const tags = ['figures'];

/** The report's figures, each computed live from records in the caller's scope. */
export async function registerFigureRoutes(app: App, deps: AppDeps) {
  const access = { access: 'session' as const };
  app.get('/api/v1/figures', { schema: { tags, summary: 'The report\'s figures as of a date, from records', querystring: figureListQuery, response: { 200: figureListView } }, config: access }, async (req) =>
    listFigures(serviceContext(deps, req), req.query.asOf),
  );
  app.get('/api/v1/figures/:id', { schema: { tags, summary: 'One figure with the records behind it', params: figureParams, querystring: figureDetailQuery, response: { 200: figureDetailView } }, config: access }, async (req) =>
    getFigure(serviceContext(deps, req), req.params.id, req.query),
  );
}
