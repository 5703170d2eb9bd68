import { z } from 'zod';
import type { App, AppDeps } from '../../platform/context.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { registerAccountabilityRoutes } from './accountability.routes.ts';
import { registerMeetingRoutes } from './meetings.routes.ts';
import { addEvidence, readEvidence, reopenItem, reportProgress, reviewItem, submitItem } from './task-progress.service.ts';
import {
  addEvidenceBody,
  createTaskItemBody,
  createTaskListBody,
  evidenceView,
  listTaskListsQuery,
  readAsOfQuery,
  reopenBody,
  reportProgressBody,
  reviewBody,
  submitBody,
  taskItemDetailView,
  taskListDetailView,
  taskListsView,
  updateTaskItemBody,
} from './tasks.schemas.ts';
import * as service from './tasks.service.ts';

const tags = ['tasks'];

/** Base64 of a 2 MB file and the JSON around it. */
const evidenceBodyLimit = 3 * 1024 * 1024;

/** Task lists (党建任务清单): lists, items with weighted roll-up, progress, evidence, review; accountability; joint meetings. */
export async function registerTaskRoutes(app: App, deps: AppDeps) {
  const read = { access: 'tasks.read' as const };
  const write = { access: 'tasks.write' as const };

  app.get('/api/v1/task-lists', { schema: { tags, summary: 'List the task lists the caller reaches', querystring: listTaskListsQuery, response: { 200: taskListsView } }, config: read }, async (req) =>
    service.listTaskLists(serviceContext(deps, req), req.query),
  );
  app.post('/api/v1/task-lists', { schema: { tags, summary: 'Open an org\'s task list for a year', body: createTaskListBody, response: { 201: taskListDetailView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await service.createTaskList(serviceContext(deps, req), req.body)),
  );
  app.get('/api/v1/task-lists/:id', { schema: { tags, summary: 'A task list on a date: its items as a tree with weights and rolled-up progress', params: idParam, querystring: readAsOfQuery, response: { 200: taskListDetailView } }, config: read }, async (req) =>
    service.getTaskList(serviceContext(deps, req), req.params.id, req.query.asOf),
  );
  app.post('/api/v1/task-lists/:id/items', { schema: { tags, summary: 'Put an item on a list, at the top level or under a parent', params: idParam, body: createTaskItemBody, response: { 201: taskItemDetailView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await service.createTaskItem(serviceContext(deps, req), req.params.id, req.body)),
  );
  app.get('/api/v1/task-items/:id', { schema: { tags, summary: 'One item on a date: progress, reports, status history, evidence, accountability', params: idParam, querystring: readAsOfQuery, response: { 200: taskItemDetailView } }, config: read }, async (req) =>
    service.getTaskItem(serviceContext(deps, req), req.params.id, req.query.asOf),
  );
  app.patch('/api/v1/task-items/:id', { schema: { tags, summary: 'Edit an item\'s undated fields', params: idParam, body: updateTaskItemBody, response: { 200: taskItemDetailView } }, config: write }, async (req) =>
    service.updateTaskItem(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/task-items/:id/progress', { schema: { tags, summary: 'Report a leaf item\'s progress on a date', params: idParam, body: reportProgressBody, response: { 200: taskItemDetailView } }, config: write }, async (req) =>
    reportProgress(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/task-items/:id/submit', { schema: { tags, summary: 'Submit an item for the assigner\'s review', params: idParam, body: submitBody, response: { 200: taskItemDetailView } }, config: write }, async (req) =>
    submitItem(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/task-items/:id/review', { schema: { tags, summary: 'Review a submitted item: completed, or failed (opens accountability)', params: idParam, body: reviewBody, response: { 200: taskItemDetailView } }, config: write }, async (req) =>
    reviewItem(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/task-items/:id/reopen', { schema: { tags, summary: 'Return a submission or take back a review', params: idParam, body: reopenBody, response: { 200: taskItemDetailView } }, config: write }, async (req) =>
    reopenItem(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/task-items/:id/evidence', { bodyLimit: evidenceBodyLimit, schema: { tags, summary: 'Add an evidence file (base64, at most 2 MB)', params: idParam, body: addEvidenceBody, response: { 201: evidenceView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await addEvidence(serviceContext(deps, req), req.params.id, req.body)),
  );
  app.get('/api/v1/task-evidence/:id', { schema: { tags, summary: 'Download an evidence file', params: idParam, response: { 200: z.any().describe('The file\'s bytes (binary), sent with its own content type') } }, config: read }, async (req, reply) => {
    const { meta, content } = await readEvidence(serviceContext(deps, req), req.params.id);
    return reply
      .type(meta.mimeType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(meta.fileName)}`)
      .header('x-content-sha256', meta.sha256)
      .send(content);
  });

  await registerAccountabilityRoutes(app, deps);
  await registerMeetingRoutes(app, deps);
}
