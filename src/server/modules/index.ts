import type { App, AppDeps } from '../platform/context.ts';
import { registerAuditRoutes } from './audit/audit.routes.ts';
import { registerFigureRoutes } from './figures/figures.routes.ts';
import { registerAuthRoutes } from './users/auth.routes.ts';
import { registerOrgRoutes } from './orgs/orgs.routes.ts';
import { registerMemberRoutes } from './members/members.routes.ts';
import { registerPlaceRoutes } from './places/places.routes.ts';
import { registerUserRoutes } from './users/users.routes.ts';
// Each module registers the report's figures it keeps (see figures/figures.registry.ts).
import './orgs/orgs.figures.ts';
import './members/members.figures.ts';

/** Every domain module's routes, registered in one place. */
export async function registerModules(app: App, deps: AppDeps) {
  await registerAuthRoutes(app, deps);
  await registerAuditRoutes(app, deps);
  await registerFigureRoutes(app, deps);
  await registerOrgRoutes(app, deps);
  await registerMemberRoutes(app, deps);
  await registerPlaceRoutes(app, deps);
  await registerUserRoutes(app, deps);
}
