/**
 * 双联系 and 走访记录 in a real Chromium: a cadre bound to no org logs a visit to the enterprise they are paired
 * with, picking the pairing in the form; a park admin then sees the pairing on the contact graph and its last
 * visit in the link list. Every test fails on any browser console error or page error.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createLink } from '../../src/server/modules/contacts/contact-links.service.ts';
import { createEnterprise } from '../../src/server/modules/enterprises/enterprises.service.ts';
import { buildUscc } from '../../src/server/modules/enterprises/enterprises.fixtures.ts';
import { createUser, setRoleAssignments } from '../../src/server/modules/users/users.service.ts';
import { todayInPark } from '../../src/web/components/dates.ts';
import { buildWeb, openPage, startWebFixture, logIn as logInAt } from './web-fixture.ts';
import { webPassword } from './web-park.ts';

type Fixture = Awaited<ReturnType<typeof startWebFixture>>;

describe('dual contact pages', () => {
  let fixture: Fixture;
  before(async () => {
    buildWeb();
    fixture = await startWebFixture();
    const system = fixture.system;
    const unit = await createEnterprise(system, { uscc: buildUscc(), unitKind: 'enterprise', name: '四川川南智造科技有限公司', responsibleOrgId: fixture.park.orgs.liangxin.id, foundedOn: '2018-01-01' });
    const cadre = await createUser(system, { username: 'ganbu', displayName: '何联系', password: webPassword }, { mustChangePassword: false });
    await setRoleAssignments(system, cadre.id, [{ role: 'cadre', orgId: null }]);
    await createLink(system, { kind: 'cadre_enterprise', userId: cadre.id, enterpriseId: unit.id, validFrom: '2024-01-01' });
  });
  after(async () => {
    await fixture?.close();
  });

  const logIn = (page: Page, username: string) => logInAt(page, fixture.url, { username, password: webPassword });

  test('a cadre logs a visit under their pairing; the park admin sees the pairing and its last visit', async () => {
    const cadre = await openPage(fixture.browser);
    await logIn(cadre.page, 'ganbu');
    await cadre.page.getByTestId('side-menu').getByText('走访记录', { exact: true }).click();
    await cadre.page.getByTestId('log-visit').click();
    const form = cadre.page.getByTestId('visit-form');
    await form.locator('.ant-form-item', { hasText: '所属联系' }).locator('.ant-select').click();
    await cadre.page.locator('.ant-select-item-option', { hasText: '四川川南智造科技有限公司' }).click();
    await form.locator('.ant-form-item', { hasText: '见到的人员' }).locator('input').fill('企业负责人');
    await form.locator('textarea').fill('企业反映用工缺口，需对接招聘会');
    const saved = cadre.page.waitForResponse((r) => r.url().endsWith('/api/v1/contact-visits') && r.request().method() === 'POST');
    await cadre.page.getByRole('dialog').filter({ hasText: '记录走访' }).getByRole('button', { name: /保\s*存/ }).click();
    assert.equal((await saved).status(), 201);
    await cadre.page.getByTestId('visit-table').getByText('企业反映用工缺口，需对接招聘会').waitFor();
    assert.deepEqual(cadre.problems, []);

    const admin = await openPage(fixture.browser);
    await logIn(admin.page, fixture.park.accounts.parkAdmin.username);
    await admin.page.getByTestId('side-menu').getByText('双联系', { exact: true }).click();
    await admin.page.getByRole('tab', { name: '百名干部进千企' }).click();
    const graph = admin.page.getByTestId('contact-graph');
    await graph.getByText('何联系').waitFor();
    await graph.getByText('四川川南智造科技有限公司').waitFor();
    await admin.page.getByTestId('link-table').getByText(todayInPark()).waitFor();
    assert.deepEqual(admin.problems, []);
  });
});
