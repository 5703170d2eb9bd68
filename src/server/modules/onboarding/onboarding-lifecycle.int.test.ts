import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { today } from '../../platform/paging.ts';
import { createTestMember } from '../members/members.fixtures.ts';
import { addDays } from './onboarding.template.ts';
import { addCoverage } from '../enterprises/coverage.service.ts';
import { createTestEnterprise } from '../enterprises/enterprises.fixtures.ts';
import { getEnterpriseForOther, updateEnterprise } from '../enterprises/enterprises.service.ts';

type Step = { id: number; status: string; isOverdue: boolean };
type CaseBody = { id: number; status: string; completedOn: string | null; note: string | null; overall: { status: string; label: string; nextSteps: unknown[] }; tracks: { steps: Step[] }[] };

describeWithApp('onboarding case completion and cancellation', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let cadre: string;
  before(async () => {
    tree = await createTestTree(get().system);
    // A cadre may write onboarding cases but not enterprises: completion still makes the enterprise active.
    cadre = (await get().userWith([{ role: 'cadre', orgId: tree.a.id }])).cookie;
  });

  const send = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => get().app.inject({ method, url, headers: { cookie: cadre }, ...(payload ? { payload } : {}) });
  const db = () => get().database.db;
  const newEnterprise = async () => (await createTestEnterprise(get().system, tree.a1.id, { status: 'onboarding' })).id;
  const enterpriseStatus = async (id: number) => (await getEnterpriseForOther(get().system, id)).status;
  async function openCase(enterpriseId: number, openedOn = addDays(today(), -30)): Promise<CaseBody> {
    const res = await send('POST', '/api/v1/onboarding-cases', { enterpriseId, openedOn, note: '招商引进' });
    assert.equal(res.statusCode, 201, res.body);
    return res.json();
  }
  const stepsOf = (c: CaseBody) => c.tracks.flatMap((t) => t.steps);
  /** Finishes every step: most done (through in_progress), the last skipped with a note. */
  async function finishAll(c: CaseBody) {
    const steps = stepsOf(c);
    for (const [i, step] of steps.entries()) {
      if (i === steps.length - 1) {
        assert.equal((await send('PATCH', `/api/v1/onboarding-steps/${step.id}`, { status: 'skipped', notes: '企业不涉及危险化学品' })).statusCode, 200);
        continue;
      }
      assert.equal((await send('PATCH', `/api/v1/onboarding-steps/${step.id}`, { status: 'in_progress' })).statusCode, 200);
      assert.equal((await send('PATCH', `/api/v1/onboarding-steps/${step.id}`, { status: 'done' })).statusCode, 200);
    }
  }
  async function employ(employerId: number, full: number, probationary: number) {
    for (let i = 0; i < full; i++) await createTestMember(get().system, tree.a1.id, { employerId });
    for (let i = 0; i < probationary; i++) await createTestMember(get().system, tree.a1.id, { status: 'probationary', joinedOn: addDays(today(), -100), convertedOn: undefined, employerId });
  }

  test('POST /api/v1/onboarding-cases/:id/complete refuses a case with open steps with 422 listing each open step', async () => {
    const c = await openCase(await newEnterprise());
    const steps = stepsOf(c);
    await send('PATCH', `/api/v1/onboarding-steps/${steps[0].id}`, { status: 'in_progress' });
    await send('PATCH', `/api/v1/onboarding-steps/${steps[0].id}`, { status: 'done' });
    const res = await send('POST', `/api/v1/onboarding-cases/${c.id}/complete`, { completedOn: today() });
    assert.equal(res.statusCode, 422, res.body);
    const details = res.json().error.details as { field: string; stepId: number; title: string; message: string }[];
    assert.equal(details.length, 11);
    assert.deepEqual(new Set(details.map((d) => d.stepId)), new Set(steps.slice(1).map((s) => s.id)));
    assert.ok(details.every((d) => d.field === 'steps'));
    assert.equal(details[0].message, '党群服务「党员组织关系摸排」尚未完成（待办）');
    assert.equal((await send('GET', `/api/v1/onboarding-cases/${c.id}`)).json().status, 'open', 'nothing changed');
  });

  test('POST /api/v1/onboarding-cases/:id/complete completes a finished case with 200, makes the enterprise active and prompts founding a branch for 3 full members', async () => {
    const enterpriseId = await newEnterprise();
    await employ(enterpriseId, 3, 1);
    const c = await openCase(enterpriseId);
    await finishAll(c);
    const ready = (await send('GET', `/api/v1/onboarding-cases/${c.id}`)).json();
    assert.deepEqual([ready.overall.status, ready.overall.label, ready.overall.nextSteps], ['ready_to_complete', '待办结', []]);
    const early = await send('POST', `/api/v1/onboarding-cases/${c.id}/complete`, { completedOn: addDays(today(), -31) });
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().error.details[0].field, 'completedOn');
    const res = await send('POST', `/api/v1/onboarding-cases/${c.id}/complete`, { completedOn: today() });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.deepEqual([body.status, body.completedOn, body.overall.status], ['completed', today(), 'completed']);
    assert.deepEqual(body.orgPrompt && [body.orgPrompt.employedMembers, body.orgPrompt.fullMembers, body.orgPrompt.suggestion], [4, 3, 'found_branch']);
    assert.equal(await enterpriseStatus(enterpriseId), 'active');
    const audit = await db().execute(sql`SELECT action FROM audit_log WHERE tenant_id = ${get().park.id} AND action IN ('onboarding_case.complete', 'enterprise.status') AND object_id IN (${String(c.id)}, ${String(enterpriseId)}) ORDER BY seq`);
    assert.deepEqual((audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action), ['enterprise.status', 'onboarding_case.complete']);
    const again = await send('POST', `/api/v1/onboarding-cases/${c.id}/complete`, { completedOn: today() });
    assert.equal(again.statusCode, 409);
  });

  test('completion prompts joining a joint branch under 3 full members, and prompts nothing with an own org or no members', async () => {
    const few = await newEnterprise();
    await employ(few, 1, 1);
    const fewCase = await openCase(few);
    await finishAll(fewCase);
    const fewDone = (await send('POST', `/api/v1/onboarding-cases/${fewCase.id}/complete`, { completedOn: today() })).json();
    assert.deepEqual([fewDone.orgPrompt.employedMembers, fewDone.orgPrompt.fullMembers, fewDone.orgPrompt.suggestion], [2, 1, 'join_joint_branch']);

    const owning = await newEnterprise();
    await employ(owning, 3, 0);
    const ownBranch = await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch', foundedOn: '2020-01-01' });
    await addCoverage(get().system, owning, { orgId: ownBranch.id, kind: 'own', validFrom: '2020-01-01' });
    const owningCase = await openCase(owning);
    await finishAll(owningCase);
    const owningDone = await send('POST', `/api/v1/onboarding-cases/${owningCase.id}/complete`, { completedOn: today() });
    assert.equal(owningDone.statusCode, 200, owningDone.body);
    assert.equal(owningDone.json().orgPrompt, null);

    const empty = await openCase(await newEnterprise());
    await finishAll(empty);
    assert.equal((await send('POST', `/api/v1/onboarding-cases/${empty.id}/complete`, { completedOn: today() })).json().orgPrompt, null);
  });

  test('POST /api/v1/onboarding-cases/:id/complete refuses with 409 when the enterprise closed meanwhile, and leaves it closed', async () => {
    const enterpriseId = await newEnterprise();
    const c = await openCase(enterpriseId);
    await finishAll(c);
    await updateEnterprise(get().system, enterpriseId, { status: 'closed' });
    const res = await send('POST', `/api/v1/onboarding-cases/${c.id}/complete`, { completedOn: today() });
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(await enterpriseStatus(enterpriseId), 'closed');
    assert.equal((await send('GET', `/api/v1/onboarding-cases/${c.id}`)).json().status, 'open');
  });

  test('POST /api/v1/onboarding-cases/:id/cancel cancels with the reason appended to the note; the enterprise stays onboarding and may open a new case', async () => {
    const enterpriseId = await newEnterprise();
    const c = await openCase(enterpriseId);
    const missing = await send('POST', `/api/v1/onboarding-cases/${c.id}/cancel`, {});
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().error.details[0].field, 'note');
    const res = await send('POST', `/api/v1/onboarding-cases/${c.id}/cancel`, { note: '企业改在外地注册' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual([res.json().status, res.json().overall.status, res.json().note], ['cancelled', 'cancelled', '招商引进\n撤销原因：企业改在外地注册']);
    assert.ok(stepsOf(res.json()).every((s) => !s.isOverdue), 'a cancelled case has no overdue steps');
    assert.equal(await enterpriseStatus(enterpriseId), 'onboarding');
    const list = (await send('GET', `/api/v1/onboarding-cases?enterpriseId=${enterpriseId}&status=cancelled`)).json();
    assert.deepEqual(list.items.map((i: { id: number }) => i.id), [c.id]);
    const reopened = await send('POST', '/api/v1/onboarding-cases', { enterpriseId, openedOn: today() });
    assert.equal(reopened.statusCode, 201, reopened.body);
  });

  test('a closed case is read-only: its steps, hand-offs, completion and cancellation answer 409', async () => {
    const c = await openCase(await newEnterprise());
    await send('POST', `/api/v1/onboarding-cases/${c.id}/cancel`, { note: '项目终止' });
    const step = stepsOf(c)[0];
    const attempts: ['POST' | 'PATCH', string, object][] = [
      ['PATCH', `/api/v1/onboarding-steps/${step.id}`, { status: 'in_progress' }],
      ['PATCH', `/api/v1/onboarding-steps/${step.id}`, { notes: '补充说明' }],
      ['POST', `/api/v1/onboarding-steps/${step.id}/handoff`, { toDepartment: '行政审批局' }],
      ['POST', `/api/v1/onboarding-cases/${c.id}/complete`, { completedOn: today() }],
      ['POST', `/api/v1/onboarding-cases/${c.id}/cancel`, { note: '再次撤销' }],
    ];
    for (const [method, url, payload] of attempts) {
      const res = await send(method, url, payload);
      assert.equal(res.statusCode, 409, `${method} ${url}: ${res.body}`);
    }
    const overdue = (await send('GET', '/api/v1/onboarding-steps/overdue?pageSize=200')).json();
    assert.ok(!overdue.items.some((s: { caseId: number }) => s.caseId === c.id), 'a cancelled case has no overdue steps');
  });
});
