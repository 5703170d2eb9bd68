/**
 * Policy documents in a real Chromium: a park admin records a policy with its measures through the form and sees
 * them numbered in the drawer; an enterprise branch secretary finds the same document in the list and reads it,
 * with no buttons to change it. Every test fails on any browser console error or page error.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { buildWeb, openPage, startWebFixture, logIn as logInAt } from './web-fixture.ts';

type Fixture = Awaited<ReturnType<typeof startWebFixture>>;

describe('policy document pages', () => {
  let fixture: Fixture;
  before(async () => {
    buildWeb();
    fixture = await startWebFixture();
  });
  after(async () => {
    await fixture?.close();
  });

  const logIn = (page: Page, account: { username: string; password: string }) => logInAt(page, fixture.url, account);

  test('a park admin records a policy with three measures; a branch secretary reads it without edit buttons', async () => {
    const admin = await openPage(fixture.browser);
    await logIn(admin.page, fixture.park.accounts.parkAdmin);
    await admin.page.getByTestId('side-menu').getByText('政策文件', { exact: true }).click();
    await admin.page.getByTestId('policy-create').click();
    const form = admin.page.getByTestId('policy-form');
    await form.locator('.ant-form-item', { hasText: '发文党组织' }).getByRole('combobox').fill('经开区');
    await admin.page.locator('.ant-select-tree-node-content-wrapper', { hasText: '经开区党工委' }).click();
    await form.getByLabel('标题').fill('红园党建引领园区发展三条措施');
    await form.getByLabel('文号').fill('内经开党工委发〔2026〕1号');
    await form.getByLabel('发文单位').fill('中共内江经济技术开发区工作委员会');
    await form.getByTestId('policy-measures-input').fill('建强企业党组织\n\n选派党建指导员\n设立党建专项资金');
    const saved = admin.page.waitForResponse((r) => r.url().endsWith('/api/v1/policies') && r.request().method() === 'POST');
    await admin.page.getByRole('dialog').filter({ hasText: '登记政策文件' }).getByRole('button', { name: /保\s*存/ }).click();
    assert.equal((await saved).status(), 201);
    const drawer = admin.page.getByTestId('policy-drawer');
    const measures = drawer.getByTestId('policy-measures');
    await measures.getByText('设立党建专项资金').waitFor();
    const lines = (await measures.locator('.ant-list-item').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    assert.deepEqual(lines, ['第 1 条 建强企业党组织', '第 2 条 选派党建指导员', '第 3 条 设立党建专项资金']);
    assert.deepEqual(admin.problems, []);

    const secretary = await openPage(fixture.browser);
    await logIn(secretary.page, fixture.park.accounts.secretary);
    await secretary.page.getByTestId('side-menu').getByText('政策文件', { exact: true }).click();
    await secretary.page.getByTestId('policy-table').getByText('《红园党建引领园区发展三条措施》').click();
    const readOnly = secretary.page.getByTestId('policy-drawer');
    await readOnly.getByTestId('policy-measures').getByText('选派党建指导员').waitFor();
    assert.equal(await readOnly.getByTestId('policy-edit-measures').count(), 0);
    assert.equal(await secretary.page.getByTestId('policy-create').count(), 0);
    assert.deepEqual(secretary.problems, []);
  });
});
