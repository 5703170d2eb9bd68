/**
 * The Red Fortress in a real Chromium: a park admin registers a new enterprise in status onboarding, opens its
 * 三合一 case, moves every step of the three tracks to done through the case drawer, completes the case and sees
 * the enterprise become active; and the coverage, enterprise, chain and project pages show the seeded records.
 * Every test fails on any browser console error or page error. With SCREENSHOT_DIR set, each page is saved
 * there as a PNG for a look.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { computeUsccCheckChar } from '../../src/server/platform/uscc.ts';
import { buildWeb, openPage, startWebFixture, logIn as logInAt } from './web-fixture.ts';
import { seedWebFortress } from './web-fortress.ts';

type Fixture = Awaited<ReturnType<typeof startWebFixture>>;

async function snap(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  await page.waitForTimeout(600); // let drawers and modals finish sliding in
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Waits until a locator matches exactly `count` elements. */
async function waitForCount(locator: Locator, count: number) {
  for (let i = 0; i < 200; i++) {
    if ((await locator.count()) === count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.equal(await locator.count(), count);
}

describe('red fortress web pages', () => {
  let fixture: Fixture;
  let fortress: Awaited<ReturnType<typeof seedWebFortress>>;

  before(async () => {
    buildWeb();
    fixture = await startWebFixture();
    fortress = await seedWebFortress(fixture.system, fixture.park);
  });
  after(async () => {
    await fixture?.close();
  });

  const logIn = (page: Page, account: { username: string; password: string }) => logInAt(page, fixture.url, account);

  test('a park admin registers an onboarding enterprise, walks its case to completion and sees it become active', async () => {
    const { page, problems } = await openPage(fixture.browser);
    await logIn(page, fixture.park.accounts.parkAdmin);
    const first17 = '91511000MA62K7XP3';
    const uscc = `${first17}${computeUsccCheckChar(first17)}`;

    // Register the enterprise through the form, in status onboarding.
    await page.getByTestId('side-menu').getByText('企业', { exact: true }).click();
    await page.getByTestId('enterprise-create').click();
    const form = page.getByTestId('enterprise-form');
    await form.getByLabel('名称').fill('内江红园新材料科技有限公司');
    await form.getByLabel('统一社会信用代码').fill(uscc);
    await form.locator('.ant-form-item', { hasText: '责任党组织' }).getByRole('combobox').fill('区两新');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '区两新党委' }).click();
    await form.locator('.ant-form-item', { hasText: '状态' }).getByRole('combobox').click();
    await page.locator('.ant-select-item-option', { hasText: '入驻中' }).click();
    await page.getByRole('dialog').filter({ hasText: '新增企业' }).getByRole('button', { name: /保\s*存/ }).click();
    const drawer = page.getByTestId('enterprise-drawer');
    await drawer.getByTestId('enterprise-uscc').getByText(uscc).waitFor();
    await drawer.getByTestId('enterprise-status').getByText('入驻中').waitFor();
    const enterpriseId = Number(new URL(page.url()).searchParams.get('id'));
    assert.ok(enterpriseId > 0);

    // Open its onboarding case from the enterprise's detail.
    await drawer.getByRole('tab', { name: '入驻案件' }).click();
    await drawer.getByRole('button', { name: /开立入驻案件/ }).click();
    await page.getByTestId('case-open-form').getByTitle(/内江红园新材料科技有限公司/).waitFor();
    await page.getByRole('dialog').filter({ hasText: '开立入驻案件' }).getByRole('button', { name: /保\s*存/ }).click();
    const caseDrawer = page.getByTestId('case-drawer');
    await caseDrawer.getByTestId('case-overall').getByText('待启动').waitFor();
    await page.getByTestId('case-column-open').getByText('内江红园新材料科技有限公司').waitFor();

    // Every step of the three tracks: start it, then mark it done.
    const start = caseDrawer.getByRole('button', { name: '开始办理' });
    const finish = caseDrawer.getByRole('button', { name: /^办\s*结$/ });
    const steps = await start.count();
    assert.ok(steps >= 3, `expected the template's steps, found ${steps}`);
    for (let left = steps; left > 0; left--) {
      await start.first().click();
      await waitForCount(start, left - 1);
      await waitForCount(finish, 1);
      await finish.first().click();
      await waitForCount(finish, 0);
    }
    await caseDrawer.getByTestId('case-overall').getByText('待办结').waitFor();
    await snap(page, 'onboarding-case');
    assert.equal(await caseDrawer.getByTestId('step-status').getByText('已完成').count(), steps);

    // Complete the case; the enterprise becomes active.
    await caseDrawer.getByTestId('case-complete').click();
    await page.getByRole('dialog').filter({ has: page.getByTestId('case-complete-form') }).getByRole('button', { name: /办结案件/ }).click();
    await page.getByTestId('case-completed').getByText('案件已办结，企业已转为正常状态').waitFor();
    await page.getByTestId('case-completed-close').click();
    await caseDrawer.getByTestId('case-overall').getByText('已办结').waitFor();
    await page.getByTestId('case-column-completed').getByText('内江红园新材料科技有限公司').waitFor();

    await caseDrawer.getByRole('link', { name: '内江红园新材料科技有限公司' }).click();
    await page.getByTestId('enterprise-drawer').getByTestId('enterprise-status').getByText('正常').waitFor();
    assert.equal(Number(new URL(page.url()).searchParams.get('id')), enterpriseId);
    assert.deepEqual(problems, []);
  });

  test('the coverage, enterprise, chain and project pages show the records behind their figures', async () => {
    const { page, problems } = await openPage(fixture.browser);
    await logIn(page, fixture.park.accounts.parkAdmin);
    const menu = page.getByTestId('side-menu');

    // The workbench lists the coverage alert of the uncovered above-scale enterprise.
    await page.getByTestId('dashboard-coverage-alerts').getByText('内江沱江果蔬食品有限公司').waitFor();
    await page.getByTestId('dashboard-overdue-steps').getByText('内江锂电新能源科技有限公司').first().waitFor();
    await snap(page, 'dashboard');

    // The onboarding board marks the case with overdue steps.
    await menu.getByText('入驻服务').click();
    await page.getByTestId('case-column-open').getByTestId('case-card').filter({ hasText: '内江锂电新能源科技有限公司' }).getByText(/逾期 \d+ 项/).waitFor();
    await snap(page, 'onboarding-board');

    // Coverage: two of three above-scale enterprises covered; the uncovered one behind the rate.
    await menu.getByText('覆盖率').click();
    const aboveScale = page.getByTestId('rate-above_scale');
    await aboveScale.getByText('已覆盖 2 / 共 3 家').waitFor();
    await aboveScale.getByText('未覆盖 1').click();
    const units = page.getByTestId('coverage-units');
    await units.getByText('内江沱江果蔬食品有限公司').waitFor();
    await waitForCount(units.locator('tbody tr.ant-table-row'), 1);
    await snap(page, 'coverage');
    await page.getByRole('tab', { name: '覆盖预警' }).click();
    await page.getByTestId('coverage-alerts').getByText('内江沱江果蔬食品有限公司').waitFor();

    // Assigning an instructor covers it (the rule counts work coverage): the rate follows.
    await page.getByRole('tab', { name: /单位清单/ }).click();
    await units.getByText('指派指导员').click();
    const assign = page.getByRole('dialog').filter({ hasText: '指派指导员' });
    await assign.getByRole('combobox').click();
    await page.locator('.ant-select-item-option', { hasText: '孙指导' }).click();
    await assign.getByRole('button', { name: /保\s*存/ }).click();
    await aboveScale.getByText('已覆盖 3 / 共 3 家').waitFor();
    await waitForCount(units.locator('tbody tr.ant-table-row'), 0);

    // Enterprises: filtered by designation; the detail shows covering orgs and a masked contact phone.
    await menu.getByText('企业', { exact: true }).click();
    await page.getByTestId('enterprise-table').getByText('四川川南智造科技有限公司', { exact: true }).waitFor();
    await page.goto(`${fixture.url}/fortress/enterprises?designation=srdi_provincial`);
    const table = page.getByTestId('enterprise-table');
    await waitForCount(table.locator('tbody tr.ant-table-row'), 1);
    await table.getByText('四川川南智造科技有限公司', { exact: true }).click();
    const drawer = page.getByTestId('enterprise-drawer');
    await drawer.getByText('中共四川川南智造科技有限公司支部委员会 · 单独组建').waitFor();
    await snap(page, 'enterprise');
    await drawer.getByRole('tab', { name: '联系人' }).click();
    await drawer.getByText('138****0001').waitFor();
    await page.goto(`${fixture.url}/fortress/enterprises?id=${fortress.enterprises.drinks.id}`);
    await drawer.getByRole('tab', { name: '招商项目' }).click();
    await drawer.getByRole('link', { name: '甜城饮品二期灌装线项目' }).waitFor();
    await drawer.getByRole('tab', { name: /党建指导员/ }).click();
    await drawer.getByText('孙指导').waitFor();

    // Chains: the committee, members and the chain's honor.
    await page.goto(`${fixture.url}/fortress/chains`);
    await page.getByTestId('chain-table').getByText('软饮料及果蔬产业链', { exact: true }).click();
    const chain = page.getByTestId('chain-drawer');
    await chain.getByText('四川省重点优势产业链').waitFor();
    await chain.getByText('内江甜城饮品有限公司').waitFor();
    await chain.getByText('中共内江经开区软饮料及果蔬产业链委员会').waitFor();
    await snap(page, 'chain');

    // Projects: the pipeline by stage; moving a project back needs a reason, and the history keeps it.
    await page.goto(`${fixture.url}/fortress/projects`);
    await page.getByTestId('pipeline-started').getByText('12亿元').waitFor();
    await snap(page, 'projects');
    await page.getByTestId('project-table').getByText('甜城饮品二期灌装线项目').click();
    const project = page.getByTestId('project-drawer');
    await project.getByTestId('project-stage').getByText('开工').waitFor();
    await project.getByTestId('project-stage-change').click();
    const form = page.getByTestId('stage-change-form');
    await form.locator('.ant-form-item', { hasText: '变更为' }).getByRole('combobox').click();
    await page.locator('.ant-select-item-option', { hasText: '签约' }).click();
    await form.getByText('退回到较早阶段须填写原因').first().waitFor();
    await form.getByLabel('原因').fill('环评批复延期，重新办理签约手续');
    await page.getByRole('dialog').filter({ has: form }).getByRole('button', { name: /保\s*存/ }).click();
    await project.getByTestId('project-stage').getByText('签约').waitFor();
    await project.getByText(/环评批复延期/).waitFor();
    // A chief service officer picked from the staff directory.
    await project.getByTestId('project-assign-officer').click();
    const officerForm = page.getByTestId('assign-officer-form');
    await officerForm.locator('.ant-form-item', { hasText: '首席服务官' }).getByRole('combobox').fill('赵服务');
    await page.locator('.ant-select-item-option', { hasText: '赵服务' }).click();
    await page.getByRole('dialog').filter({ has: officerForm }).getByRole('button', { name: /保\s*存/ }).click();
    await project.locator('.ant-table-row', { hasText: '赵服务' }).getByText('结束任命').waitFor();
    await snap(page, 'project');
    assert.ok(fortress.signedProjectId > 0);
    assert.deepEqual(problems, []);
  });

  test('an enterprise contact sees only their own case, as one overall status', async () => {
    const { page, problems } = await openPage(fixture.browser);
    await logIn(page, fortress.accounts.contact);
    await page.getByTestId('side-menu').getByText('入驻服务').click();
    await page.getByText('我的入驻进度').waitFor();
    const mine = page.getByTestId('contact-case');
    await mine.getByText('内江锂电新能源科技有限公司').waitFor();
    await mine.getByText('当前待办').waitFor();
    await mine.getByRole('heading', { name: '待启动' }).waitFor();
    assert.equal(await mine.count(), 1);
    assert.equal(await page.getByText('内江红园新材料科技有限公司').count(), 0);
    assert.equal(await page.getByTestId('case-drawer').count(), 0);
    await snap(page, 'contact-case');
    assert.deepEqual(problems, []);
  });

  test('an instructor logs a guidance visit to an enterprise they are assigned to', async () => {
    const { page, problems } = await openPage(fixture.browser);
    await logIn(page, fortress.accounts.instructor);
    await page.getByTestId('side-menu').getByText('覆盖率').click();
    const units = page.getByTestId('coverage-units');
    await units.locator('tr', { hasText: '内江甜城饮品有限公司' }).getByText('记录走访').click();
    const visit = page.getByRole('dialog').filter({ hasText: '记录走访' });
    await visit.getByLabel('指导内容').fill('指导规范“三会一课”台账');
    await visit.getByLabel('发现问题').fill('组织生活记录不完整');
    await visit.getByRole('button', { name: /保\s*存/ }).click();
    await page.goto(`${fixture.url}/fortress/enterprises?id=${fortress.enterprises.drinks.id}`);
    const drawer = page.getByTestId('enterprise-drawer');
    await drawer.getByRole('tab', { name: /党建指导员/ }).click();
    await drawer.getByText('指导规范“三会一课”台账').waitFor();
    await drawer.getByText('组织生活记录不完整').waitFor();
    assert.deepEqual(problems, []);
  });
  test('a park admin ends an instructor assignment from the enterprise detail; the period stays in the history', async () => {
    const { page, problems } = await openPage(fixture.browser);
    await logIn(page, fixture.park.accounts.parkAdmin);
    await page.goto(`${fixture.url}/fortress/enterprises?id=${fortress.enterprises.drinks.id}`);
    const drawer = page.getByTestId('enterprise-drawer');
    await drawer.getByRole('tab', { name: /党建指导员/ }).click();
    await drawer.getByText('孙指导').first().waitFor();
    await drawer.getByRole('button', { name: '结束指派' }).first().click();
    await page.getByRole('dialog').filter({ hasText: '结束指派' }).getByRole('button', { name: /保\s*存/ }).click();
    await drawer.getByRole('button', { name: '结束指派' }).waitFor({ state: 'detached' });
    await drawer.getByText('孙指导').first().waitFor();
    assert.deepEqual(problems, []);
  });
});
