/** Named shapes of the task API, from the generated client types. */
import type { BodyOf, ResponseOf } from '../../../api/types.ts';

export type TaskListSummary = ResponseOf<'/api/v1/task-lists', 'get'>['items'][number];
export type TaskListDetail = ResponseOf<'/api/v1/task-lists/{id}', 'get'>;
export type TaskNode = TaskListDetail['items'][number];
export type TaskStatus = TaskNode['status'];
export type RedAction = TaskNode['redAction'];
export type TaskItemDetail = ResponseOf<'/api/v1/task-items/{id}', 'get'>;
export type CreateTaskItemBody = BodyOf<'/api/v1/task-lists/{id}/items', 'post'>;
export type AccountabilityRecord = ResponseOf<'/api/v1/accountability-records', 'get'>['items'][number];
export type AccountabilityStatus = AccountabilityRecord['status'];
export type Meeting = ResponseOf<'/api/v1/joint-meetings', 'get'>['items'][number];
export type MeetingDetail = ResponseOf<'/api/v1/joint-meetings/{id}', 'get'>;

export { redActions } from '../../../components/red-actions.ts';
export const taskStatuses: TaskStatus[] = ['open', 'submitted', 'completed', 'failed'];
export const statusColors: Record<TaskStatus, string> = { open: 'processing', submitted: 'gold', completed: 'success', failed: 'error' };

/** The tree table wants children nested; the API sends parents before children with parentId. */
export type TaskRow = TaskNode & { children?: TaskRow[] };
export function nestNodes(nodes: TaskNode[]): TaskRow[] {
  const rows = new Map<number, TaskRow>(nodes.map((n) => [n.id, { ...n }]));
  const roots: TaskRow[] = [];
  for (const n of nodes) {
    const row = rows.get(n.id);
    if (!row) continue;
    const parent = n.parentId === null ? undefined : rows.get(n.parentId);
    if (parent) parent.children = [...(parent.children ?? []), row];
    else roots.push(row);
  }
  return roots;
}
