import { today } from '../../../src/server/platform/paging.ts';
import type { RouteSpec } from './route-spec.ts';
import { matrixListYear } from './tasks-fixture.ts';

const day = today();
const future = '2999-01-01';
/** An item body under a parent that is on no list: refused with 422 after the checks of reach, on every list. */
const itemUnderNoParent = (responsibleOrgId: number) => ({ title: '矩阵任务', redAction: 'leadGeese', responsibleOrgId, dueOn: '2099-12-31', weight: 1, parentId: 987654321 });

/** The Red Leading Geese task routes: task lists and items, evidence, accountability, joint meetings. */
export const taskRoutes: Record<string, RouteSpec> = {
  'GET /api/v1/task-lists': { access: 'tasks.read', family: 'org', ok: [200], url: (_fx, id) => `/api/v1/task-lists?orgId=${id}` },
  'POST /api/v1/task-lists': { access: 'tasks.write', family: 'org', ok: [409], body: (_fx, id) => ({ orgId: id, year: matrixListYear, title: '矩阵重复清单' }) },
  'GET /api/v1/task-lists/:id': { access: 'tasks.read', family: 'taskList', ok: [200] },
  'POST /api/v1/task-lists/:id/items': { access: 'tasks.write', family: 'taskList', ok: [422], body: (fx) => itemUnderNoParent(fx.tree.a1.id) },
  'GET /api/v1/task-items/:id': { access: 'tasks.read', family: 'taskItem', ok: [200] },
  'PATCH /api/v1/task-items/:id': { access: 'tasks.write', family: 'taskItem', ok: [200], body: () => ({}) },
  'POST /api/v1/task-items/:id/progress': { access: 'tasks.write', family: 'taskItem', ok: [422], body: () => ({ progress: 50, reportedOn: future }) },
  'POST /api/v1/task-items/:id/submit': { access: 'tasks.write', family: 'taskItem', ok: [422], body: () => ({ submittedOn: day }) },
  'POST /api/v1/task-items/:id/review': { access: 'tasks.write', family: 'taskItem', ok: [422], body: () => ({ outcome: 'completed', reviewedOn: day }) },
  'POST /api/v1/task-items/:id/reopen': { access: 'tasks.write', family: 'taskItem', ok: [422], body: () => ({ reopenedOn: day, note: '矩阵' }) },
  'POST /api/v1/task-items/:id/evidence': { access: 'tasks.write', family: 'taskItem', ok: [422], body: () => ({ fileName: '矩阵.exe', mimeType: 'application/x-msdownload', contentBase64: 'AAAA' }) },
  'GET /api/v1/task-evidence/:id': { access: 'tasks.read', family: 'taskEvidence', ok: [200] },
  'GET /api/v1/accountability-records': { access: 'tasks.read', family: 'taskList', ok: [200], url: (_fx, id) => `/api/v1/accountability-records?listId=${id}` },
  'POST /api/v1/accountability-records/sweep': { access: 'tasks.write', family: 'none', ok: [200], body: () => ({ on: '2000-01-01' }) },
  'POST /api/v1/accountability-records/:id/decide': { access: 'tasks.write', family: 'accountabilityRecord', ok: [422], body: () => ({ decision: 'upheld', decidedOn: future }) },
  'POST /api/v1/accountability-records/:id/escalate': { access: 'tasks.write', family: 'accountabilityRecord', ok: [422], body: () => ({ escalatedOn: future }) },
  'GET /api/v1/accountability-levels': { access: 'tasks.read', family: 'none', ok: [200] },
  'PUT /api/v1/accountability-levels': { access: 'tasks.write', family: 'none', ok: [400], body: () => ({ levels: [{ code: 'same', name: '甲' }, { code: 'same', name: '乙' }] }) },
  'GET /api/v1/joint-meetings': { access: 'tasks.read', family: 'org', ok: [200], url: (_fx, id) => `/api/v1/joint-meetings?orgId=${id}` },
  'GET /api/v1/joint-meetings/:id': { access: 'tasks.read', family: 'jointMeeting', ok: [200] },
  'POST /api/v1/joint-meetings': { access: 'tasks.write', family: 'org', ok: [422], body: (_fx, id) => ({ orgId: id, heldOn: future, title: '矩阵会议', agenda: ['矩阵'], attendees: [], decisions: [] }) },
  'POST /api/v1/meeting-decisions/:id/tasks': { access: 'tasks.write', family: 'meetingDecision', ok: [422], body: (fx) => ({ listId: fx.extra.taskListInScope, items: [itemUnderNoParent(fx.tree.a1.id)] }) },
};
