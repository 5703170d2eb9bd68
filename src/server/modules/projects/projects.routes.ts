import type { App, AppDeps } from '../../platform/context.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { addProjectNote, assignOfficer, endOfficer, resolveProjectNote } from './project-officers.service.ts';
import { changeProjectStage } from './project-stages.service.ts';
import {
  addNoteBody,
  assignOfficerBody,
  changeStageBody,
  createProjectBody,
  endOfficerBody,
  listProjectsQuery,
  noteView,
  officerView,
  pipelineQuery,
  pipelineView,
  projectDetailQuery,
  projectDetailView,
  projectListView,
  resolveNoteBody,
  updateProjectBody,
} from './projects.schemas.ts';
import * as service from './projects.service.ts';

const tags = ['projects'];

/** Investment projects (招商项目): the pipeline, dated stages, chief service officers, service log, blockers. */
export async function registerProjectRoutes(app: App, deps: AppDeps) {
  const read = { access: 'projects.read' as const };
  const write = { access: 'projects.write' as const };

  app.get('/api/v1/projects', { schema: { tags, summary: 'List projects with their stage as of a date', querystring: listProjectsQuery, response: { 200: projectListView } }, config: read }, async (req) =>
    service.listProjects(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/projects/pipeline', { schema: { tags, summary: 'The pipeline on a date: counts and agreed investment by stage and by chain × stage', querystring: pipelineQuery, response: { 200: pipelineView } }, config: read }, async (req) =>
    service.projectPipeline(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/projects/:id', { schema: { tags, summary: 'One project: stage history, officers, service log, blockers and factor needs', params: idParam, querystring: projectDetailQuery, response: { 200: projectDetailView } }, config: read }, async (req) =>
    service.getProject(serviceContext(deps, req), req.params.id, req.query.asOf),
  );
  app.post('/api/v1/projects', { schema: { tags, summary: 'Record a project, negotiating or signed', body: createProjectBody, response: { 201: projectDetailView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await service.createProject(serviceContext(deps, req), req.body)),
  );
  app.patch('/api/v1/projects/:id', { schema: { tags, summary: 'Change a project\'s undated fields (not its stage)', params: idParam, body: updateProjectBody, response: { 200: projectDetailView } }, config: write }, async (req) =>
    service.updateProject(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/projects/:id/stage', { schema: { tags, summary: 'Move a project to another stage on a date', params: idParam, body: changeStageBody, response: { 200: projectDetailView } }, config: write }, async (req) =>
    changeProjectStage(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/projects/:id/officers', { schema: { tags, summary: 'Make a user the project\'s chief service officer from a date', params: idParam, body: assignOfficerBody, response: { 201: officerView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await assignOfficer(serviceContext(deps, req), req.params.id, req.body)),
  );
  app.post('/api/v1/project-officers/:id/end', { schema: { tags, summary: 'End a chief service officer\'s assignment', params: idParam, body: endOfficerBody, response: { 200: officerView } }, config: write }, async (req) =>
    endOfficer(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/projects/:id/notes', { schema: { tags, summary: 'Add a service log entry, a blocker or a factor need', params: idParam, body: addNoteBody, response: { 201: noteView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await addProjectNote(serviceContext(deps, req), req.params.id, req.body)),
  );
  app.post('/api/v1/project-notes/:id/resolve', { schema: { tags, summary: 'Mark a blocker or factor need resolved', params: idParam, body: resolveNoteBody, response: { 200: noteView } }, config: write }, async (req) =>
    resolveProjectNote(serviceContext(deps, req), req.params.id, req.body),
  );
}
