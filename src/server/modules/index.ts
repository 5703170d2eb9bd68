import type { App, AppDeps } from '../platform/context.ts';
import { registerAuditRoutes } from './audit/audit.routes.ts';
import { registerFigureRoutes } from './figures/figures.routes.ts';
import { registerAuthRoutes } from './users/auth.routes.ts';
import { registerOrgRoutes } from './orgs/orgs.routes.ts';
import { registerMemberRoutes } from './members/members.routes.ts';
import { registerPlaceRoutes } from './places/places.routes.ts';
import { registerEnterpriseRoutes } from './enterprises/enterprises.routes.ts';
import { registerOnboardingRoutes } from './onboarding/onboarding.routes.ts';
import { registerUserRoutes } from './users/users.routes.ts';
import { registerCoverageRoutes } from './coverage/coverage.routes.ts';
import { registerInstructorRoutes } from './coverage/instructors.routes.ts';
import { registerChainRoutes } from './chains/chains.routes.ts';
import { registerRecognitionRoutes } from './recognition/recognition.routes.ts';
import { registerProjectRoutes } from './projects/projects.routes.ts';
import { registerTaskRoutes } from './tasks/tasks.routes.ts';
import { registerReviewRoutes } from './reviews/reviews.routes.ts';
import { registerRequestRoutes } from './requests/requests.routes.ts';
import { registerOpen311Routes } from './requests/open311.routes.ts';
import { registerPolicyRoutes } from './policies/policies.routes.ts';
import { registerContactRoutes } from './contacts/contacts.routes.ts';
// Each module registers the report's figures it keeps (see figures/figures.registry.ts).
import './orgs/orgs.figures.ts';
import './members/members.figures.ts';
import './enterprises/enterprises.figures.ts';
import './coverage/coverage.figures.ts';
import './projects/projects.figures.ts';
import './recognition/recognition.figures.ts';
import './tasks/tasks.figures.ts';
import './policies/policies.figures.ts';
import './contacts/contacts.figures.ts';
import './reviews/reviews.figures.ts';
import './requests/requests.figures.ts';
// Each module registers its periodic park jobs (see platform/jobs.ts).
import './tasks/tasks.jobs.ts';
import './reviews/reviews.jobs.ts';
import './requests/requests.jobs.ts';

/** Every domain module's routes, registered in one place. */
export async function registerModules(app: App, deps: AppDeps) {
  await registerAuthRoutes(app, deps);
  await registerAuditRoutes(app, deps);
  await registerFigureRoutes(app, deps);
  await registerOrgRoutes(app, deps);
  await registerMemberRoutes(app, deps);
  await registerPlaceRoutes(app, deps);
  await registerEnterpriseRoutes(app, deps);
  await registerUserRoutes(app, deps);
  await registerCoverageRoutes(app, deps);
  await registerInstructorRoutes(app, deps);
  await registerOnboardingRoutes(app, deps);
  await registerChainRoutes(app, deps);
  await registerRecognitionRoutes(app, deps);
  await registerProjectRoutes(app, deps);
  await registerTaskRoutes(app, deps);
  await registerReviewRoutes(app, deps);
  await registerRequestRoutes(app, deps);
  await registerOpen311Routes(app, deps);
  await registerPolicyRoutes(app, deps);
  await registerContactRoutes(app, deps);
}
