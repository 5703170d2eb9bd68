import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionsFrom, deadlines, dueEscalations, missingForAction, nextStatus, open311Status, requestCode, requestStatuses, type SlaState } from './requests.rules.ts';

test('the lifecycle runs submitted → accepted → assigned → in progress → resolved → confirmed', () => {
  assert.equal(nextStatus('submitted', 'accept'), 'accepted');
  assert.equal(nextStatus('accepted', 'assign'), 'assigned');
  assert.equal(nextStatus('assigned', 'start'), 'in_progress');
  assert.equal(nextStatus('in_progress', 'resolve'), 'resolved');
  assert.equal(nextStatus('resolved', 'confirm'), 'confirmed');
  assert.equal(nextStatus('resolved', 'reopen'), 'reopened');
  assert.equal(nextStatus('reopened', 'start'), 'in_progress');
  assert.equal(nextStatus('reopened', 'assign'), 'assigned');
});

test('illegal transitions lead nowhere: no skipping, nothing after confirmation or rejection', () => {
  assert.equal(nextStatus('submitted', 'resolve'), null);
  assert.equal(nextStatus('submitted', 'confirm'), null);
  assert.equal(nextStatus('accepted', 'start'), null);
  assert.equal(nextStatus('in_progress', 'confirm'), null);
  assert.equal(nextStatus('resolved', 'reject'), null);
  for (const terminal of ['confirmed', 'rejected'] as const) assert.deepEqual(actionsFrom(terminal), []);
  assert.deepEqual(actionsFrom('submitted'), ['accept', 'reject']);
  assert.deepEqual(actionsFrom('resolved'), ['confirm', 'reopen']);
});

test('rejection and reopening need a reason, resolution a note, assignment a department, confirmation a satisfaction of 1–5', () => {
  assert.equal(missingForAction('reject', {})?.field, 'reason');
  assert.equal(missingForAction('reject', { reason: '  ' })?.field, 'reason');
  assert.equal(missingForAction('reject', { reason: '不属于园区职能' }), null);
  assert.equal(missingForAction('reopen', {})?.field, 'reason');
  assert.equal(missingForAction('resolve', {})?.field, 'note');
  assert.equal(missingForAction('assign', {})?.field, 'departmentOrgId');
  assert.equal(missingForAction('assign', { departmentOrgId: 5 }), null);
  for (const s of [0, 6, 2.5, null]) assert.equal(missingForAction('confirm', { satisfaction: s })?.field, 'satisfaction', String(s));
  assert.equal(missingForAction('confirm', { satisfaction: 5 }), null);
  assert.equal(missingForAction('accept', {}), null);
});

test('deadlines count response hours and resolution days from submission', () => {
  const d = deadlines(new Date('2025-03-01T02:00:00Z'), { responseHours: 24, resolutionDays: 30 });
  assert.equal(d.responseDueAt.toISOString(), '2025-03-02T02:00:00.000Z');
  assert.equal(d.resolutionDueAt.toISOString(), '2025-03-31T02:00:00.000Z');
});

test('a sweep owes each overdue kind one escalation, and nothing once escalated', () => {
  const base: SlaState = { status: 'submitted', responseDueAt: new Date('2025-03-02T00:00:00Z'), resolutionDueAt: new Date('2025-03-31T00:00:00Z'), responseEscalatedAt: null, resolutionEscalatedAt: null };
  assert.deepEqual(dueEscalations(base, new Date('2025-03-01T12:00:00Z')), []);
  assert.deepEqual(dueEscalations(base, new Date('2025-03-03T00:00:00Z')), ['response']);
  assert.deepEqual(dueEscalations(base, new Date('2025-04-03T00:00:00Z')), ['response', 'resolution']);
  const escalated = { ...base, responseEscalatedAt: new Date('2025-03-03T00:00:00Z') };
  assert.deepEqual(dueEscalations(escalated, new Date('2025-03-04T00:00:00Z')), []);
  assert.deepEqual(dueEscalations({ ...escalated, status: 'in_progress' }, new Date('2025-04-03T00:00:00Z')), ['resolution']);
  assert.deepEqual(dueEscalations({ ...base, status: 'resolved' }, new Date('2025-05-01T00:00:00Z')), []);
  assert.deepEqual(dueEscalations({ ...base, status: 'accepted' }, new Date('2025-03-05T00:00:00Z')), []);
});

test('Open311 shows resolved, confirmed and rejected as closed, the rest as open; codes carry the park year', () => {
  const closed = requestStatuses.filter((s) => open311Status(s) === 'closed');
  assert.deepEqual(closed, ['resolved', 'confirmed', 'rejected']);
  assert.equal(requestCode(123, new Date('2025-12-31T17:00:00Z')), 'SQ2026-000123');
  assert.equal(requestCode(7, new Date('2025-06-01T00:00:00Z')), 'SQ2025-000007');
});
