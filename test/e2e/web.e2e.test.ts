/**
 * The web interface in a real Chromium against the whole app: logging in, the org tree, members, the forced
 * password change, the language switch, the audit log and accounts. Every test fails on a browser console
 * error or page error.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { buildWeb, openPage, startWebFixture } from './web-fixture.ts';

type Fixture = Awaited<ReturnType<typeof startWebFixture>>;


describe('web interface', () => {
  let fixture: Fixture;

  before(async () => {
    buildWeb();
    fixture = await startWebFixture();
  });
  after(async () => {
    await fixture?.close();
  });

  /** Logs in through the page; waits until the app has left the login page unless the login is meant to fail. */
  async function logIn(page: Page, account: { username: string; password: string }, { isExpectedToFail = false } = {}) {
    await page.goto(`${fixture.url}/`);
    await page.getByPlaceholder('用户名').fill(account.username);
    await page.getByPlaceholder('密码').fill(account.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    if (!isExpectedToFail) await page.waitForURL((url) => url.pathname !== '/login');
  }

  const menu = (page: Page) => page.getByTestId('side-menu');

  test('a park admin logs in, opens the org tree, an org, the members and a member, with no browser errors', async () => {
    const { page, problems } = await openPage(fixture.browser);
    await logIn(page, fixture.park.accounts.parkAdmin);

    await page.getByTestId('count-orgs').getByText('8').waitFor();
    await page.getByTestId('count-members').getByText('6').waitFor();

    await menu(page).getByText('党组织').click();
    const tree = page.getByTestId('org-tree');
    await tree.getByText('区两新党委').waitFor();
    await tree.locator('.ant-tree-treenode', { hasText: '区两新党委' }).locator('.ant-tree-switcher').click();
    await tree.getByText('川南智造党支部').click();
    const detail = page.getByTestId('org-detail');
    await detail.getByText('中共四川川南智造科技有限公司支部委员会').first().waitFor();
    await detail.getByText('沿革').waitFor();
    await detail.getByText('2018-06-20 成立').waitFor();
    assert.match(page.url(), /\/fortress\/orgs\?id=\d+/);

    await menu(page).getByText('党员').click();
    const table = page.getByTestId('member-table');
    await table.getByText('张建国').waitFor();
    assert.equal(await table.locator('tbody tr.ant-table-row').count(), 6);
    await page.getByPlaceholder(/姓名、拼音/).fill('zjg');
    await page.getByPlaceholder(/姓名、拼音/).press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=member-table] tbody tr.ant-table-row').length === 1);
    await table.getByText('张建国').click();
    const drawer = page.locator('.ant-drawer-body', { hasText: '组织关系沿革' });
    await drawer.getByText('中共四川川南智造科技有限公司支部委员会').first().waitFor();
    assert.match(await drawer.getByTestId('member-idNumber').innerText(), /^5110\*+\d{3}[\dX]$/);
    await drawer.getByTestId('reveal-idNumber').click();
    await drawer.getByText(/^511002197204180\d{2}[\dX]$/).waitFor();

    assert.deepEqual(problems, []);
  });

  test('switching to English changes the menu, and the choice is remembered', async () => {
    const { page, problems } = await openPage(fixture.browser);
    await logIn(page, fixture.park.accounts.parkAdmin);
    await menu(page).getByText('红色堡垒').waitFor();

    await page.getByTestId('language-switch').hover();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await menu(page).getByText('Red Fortress').waitFor();
    await menu(page).getByText('Party orgs').waitFor();
    assert.equal(await menu(page).getByText('红色堡垒').count(), 0);

    await page.reload();
    await menu(page).getByText('Members').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-US');
    assert.deepEqual(problems, []);
  });

  test('a wrong password shows the server\'s message on the login page', async () => {
    const { page, problems } = await openPage(fixture.browser, [{ path: '/api/v1/auth/login', status: 401 }]);
    await logIn(page, { username: 'parkadmin', password: 'not-the-password' }, { isExpectedToFail: true });
    await page.getByTestId('login-error').getByText('用户名或密码错误').waitFor();
    assert.match(page.url(), /\/login$/);
    assert.deepEqual(problems, []);
  });

  test('a user on their first password is kept on the change page until it is changed', async () => {
    const { page, problems } = await openPage(fixture.browser);
    await logIn(page, fixture.park.accounts.newcomer);
    await page.getByText('请先修改初始密码').first().waitFor();
    await page.goto(`${fixture.url}/fortress/orgs`);
    await page.waitForURL(/\/change-password$/);

    await page.getByLabel('当前密码').fill(fixture.park.accounts.newcomer.password);
    await page.getByLabel('新密码', { exact: true }).fill('Xin-Tongzhi-2025');
    await page.getByLabel('确认新密码').fill('Xin-Tongzhi-2025');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('您好，新同志').waitFor();
    await menu(page).getByText('党组织').waitFor();
    assert.deepEqual(problems, []);
  });

  test('the server\'s field error shows on the org form\'s named field', async () => {
    const { page, problems } = await openPage(fixture.browser, [{ path: '/api/v1/orgs', status: 409 }]);
    await logIn(page, fixture.park.accounts.parkAdmin);
    await page.goto(`${fixture.url}/fortress/orgs?id=${fixture.park.orgs.office.id}`);
    await page.getByTestId('org-detail').getByRole('button', { name: /新建下级组织/ }).click();
    const form = page.getByTestId('org-create-form');
    await form.getByLabel('组织全称').fill('中共内江经开区党政办公室第一党小组');
    await form.getByLabel('组织编码').fill('JG-001');
    await form.getByLabel('成立日期').fill('2020-01-01');
    await form.getByLabel('成立日期').press('Enter');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await form.locator('.ant-form-item', { hasText: '组织编码' }).getByText('党组织编码已存在').waitFor();
    assert.deepEqual(problems, []);
  });

  test('the audit admin sees only the audit log and verifies the hash chain', async () => {
    const { page, problems } = await openPage(fixture.browser);
    await logIn(page, fixture.park.accounts.auditAdmin);
    await menu(page).getByText('审计日志').click();
    assert.equal(await menu(page).getByText('红色堡垒').count(), 0);
    await page.getByLabel('操作类型').fill('org.create');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByText('共 8 条').waitFor();
    assert.equal(await page.locator('tbody tr.ant-table-row', { hasText: '新建党组织' }).count(), 8);
    await page.getByTestId('audit-verify').click();
    await page.getByTestId('audit-chain-result').getByText(/哈希链完整/).waitFor();
    assert.deepEqual(problems, []);
  });

  test('the security admin opens an account and is shown its generated password once', async () => {
    const { page, problems } = await openPage(fixture.browser);
    await logIn(page, fixture.park.accounts.securityAdmin);
    await menu(page).getByText('用户与角色').click();
    await page.getByRole('button', { name: /新建用户/ }).click();
    const form = page.getByTestId('user-create-form');
    await form.getByLabel('用户名').fill('gridworker1');
    await form.getByLabel('姓名').fill('网格员小李');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/users') && r.request().method() === 'POST');
    await page.getByRole('dialog').filter({ has: form }).getByRole('button', { name: /保\s*存/ }).click();
    assert.equal((await created).status(), 201);
    assert.match(await page.getByTestId('initial-password').innerText(), /\S{8,}/);
    await page.locator('.ant-modal-footer').getByRole('button', { name: /关\s*闭/ }).click();
    await page.getByTestId('user-table').getByText('gridworker1').waitFor();
    assert.deepEqual(problems, []);
  });

  test('a park admin founds a child org, renames it from a date and sees both in its history', async () => {
    const { page, problems } = await openPage(fixture.browser);
    await logIn(page, fixture.park.accounts.parkAdmin);
    await page.goto(`${fixture.url}/fortress/orgs?id=${fixture.park.orgs.chain.id}`);
    await page.getByTestId('org-detail').getByRole('button', { name: /新建下级组织/ }).click();
    const form = page.getByTestId('org-create-form');
    await form.getByLabel('组织全称').fill('电子信息联合党支部第一党小组');
    await form.getByLabel('组织编码').fill('LX-002-1');
    await form.getByLabel('成立日期').fill('2021-05-01');
    await form.getByLabel('成立日期').press('Enter');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const detail = page.getByTestId('org-detail');
    await detail.getByText('2021-05-01 成立').waitFor();
    await page.getByTestId('org-tree').getByText('电子信息联合党支部第一党小组').waitFor();

    await detail.getByRole('button', { name: /更名/ }).click();
    const change = page.getByTestId('org-change-form');
    await change.getByLabel('新全称').fill('电子信息联合党支部研发党小组');
    await change.getByLabel('生效日期').fill('2024-01-01');
    await change.getByLabel('生效日期').press('Enter');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await detail.getByText('2024-01-01 更名').waitFor();
    await detail.getByText(/至 2023-12-31/).waitFor();
    assert.deepEqual(problems, []);
  });

  test('a park admin transfers a member and the history shows both periods', async () => {
    const { page, problems } = await openPage(fixture.browser);
    await logIn(page, fixture.park.accounts.parkAdmin);
    const member = fixture.park.members.find((m) => m.name === '刘洋');
    assert.ok(member);
    await page.goto(`${fixture.url}/fortress/members?id=${member.id}`);
    const drawer = page.locator('.ant-drawer-body', { hasText: '组织关系沿革' });
    await drawer.getByRole('button', { name: /组织关系转接/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '转入党组织' });
    await dialog.getByRole('combobox').first().fill('红园社区');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '红园社区党总支' }).click();
    await dialog.getByTitle('红园社区党总支').waitFor();
    await dialog.getByLabel('生效日期').fill('2024-03-01');
    await dialog.getByLabel('生效日期').press('Enter');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await drawer.getByText('园区内转出').waitFor();
    await drawer.getByText('转入').waitFor();
    assert.equal(await drawer.locator('tbody tr.ant-table-row').count(), 2);
    assert.deepEqual(problems, []);
  });

  test('a park admin adds a building under a compound in the place tree', async () => {
    const { page, problems } = await openPage(fixture.browser);
    await logIn(page, fixture.park.accounts.parkAdmin);
    await menu(page).getByText('区域').click();
    const tree = page.getByTestId('place-tree');
    await tree.getByText('汉安小区').click();
    await page.getByTestId('place-detail').getByRole('button', { name: /新建楼栋/ }).click();
    const form = page.getByTestId('place-form');
    await form.getByLabel('名称').fill('5 栋');
    await form.getByLabel('编码').fill('HY-01-05');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await tree.getByText('5 栋').waitFor();
    await page.getByTestId('place-detail').getByText('中共红园社区总支部委员会').waitFor();
    assert.deepEqual(problems, []);
  });
});

