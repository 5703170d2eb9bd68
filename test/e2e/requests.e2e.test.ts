/**
 * Requests (诉求) in a real Chromium: an enterprise contact submits a request for their enterprise (preset in the
 * form), the park admin accepts it, assigns it to a department and resolves it through the drawer's actions, and
 * the contact confirms it with a satisfaction of four stars; the timeline shows every step. Every page fails the
 * test on any browser console error or page error.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { buildWeb, openPage, startWebFixture, logIn as logInAt } from './web-fixture.ts';
import { seedWebRequests } from './web-requests.ts';

type Fixture = Awaited<ReturnType<typeof startWebFixture>>;

describe('requests web page', () => {
  let fixture: Fixture;
  let seeded: Awaited<ReturnType<typeof seedWebRequests>>;

  before(async () => {
    buildWeb();
    fixture = await startWebFixture();
    seeded = await seedWebRequests(fixture.system, fixture.park);
  });
  after(async () => {
    await fixture?.close();
  });

  const logIn = (page: Page, account: { username: string; password: string }) => logInAt(page, fixture.url, account);

  /** Takes one action from the drawer: its button, then the modal's form filled by `fill`, then its OK. */
  async function act(page: Page, action: string, label: RegExp, expectedStatus: string, fill?: (modal: ReturnType<Page['locator']>) => Promise<void>) {
    const drawer = page.getByTestId('request-drawer');
    await drawer.getByTestId(`request-action-${action}`).click();
    const modal = page.getByRole('dialog').filter({ has: page.getByTestId('request-action-form') });
    await modal.waitFor();
    if (fill) await fill(modal);
    await modal.getByRole('button', { name: label }).click();
    await modal.waitFor({ state: 'detached' });
    await drawer.getByTestId('request-status').getByText(expectedStatus, { exact: true }).waitFor();
  }

  test('an enterprise contact submits a request, the park admin handles it to resolution, and the contact confirms it with a rating', async () => {
    const contact = await openPage(fixture.browser);
    await logIn(contact.page, seeded.accounts.contact);
    await contact.page.getByTestId('side-menu').getByText('诉求办理').click();
    await contact.page.getByTestId('request-submit').click();
    const form = contact.page.getByTestId('request-submit-form');
    // The contact's own enterprise is preset.
    await form.getByText('内江红园精密机械有限公司').waitFor();
    await form.getByTestId('request-category').click();
    await contact.page.locator('.ant-select-item-option', { hasText: '融资需求' }).click();
    await form.getByTestId('request-title').fill('技改设备融资需求');
    await form.getByTestId('request-description').fill('智能化改造需购置设备约 1,200 万元，希望对接融资租赁或技改专项贷款。');
    await contact.page.getByRole('dialog').filter({ has: form }).getByRole('button', { name: /提交诉求/ }).click();
    const drawer = contact.page.getByTestId('request-drawer');
    await drawer.getByTestId('request-status').getByText('已提交', { exact: true }).waitFor();
    await drawer.getByText('当前无可办理的操作').waitFor();
    const id = Number(new URL(contact.page.url()).searchParams.get('id'));
    assert.ok(id > 0);
    await contact.page.getByTestId('request-table').getByText('技改设备融资需求').waitFor();

    const admin = await openPage(fixture.browser);
    await logIn(admin.page, fixture.park.accounts.parkAdmin);
    await admin.page.goto(`${fixture.url}/lead-geese/requests?view=handle&id=${id}`);
    await admin.page.getByTestId('request-table').getByText('技改设备融资需求').waitFor();
    await act(admin.page, 'accept', /受\s*理/, '已受理');
    await act(admin.page, 'assign', /交\s*办/, '已交办', async (modal) => {
      await modal.locator('.ant-form-item', { hasText: '承办部门' }).getByRole('combobox').fill('党政办');
      await admin.page.locator('.ant-select-tree-node-content-wrapper', { hasText: '党政办党支部' }).click();
    });
    await act(admin.page, 'start', /开始办理/, '办理中');
    await act(admin.page, 'resolve', /办\s*结/, '已办结', async (modal) => {
      await modal.getByTestId('request-note').fill('已对接融资租赁公司，完成授信审批');
    });
    await admin.page.getByTestId('request-drawer').getByText(/党政办公室支部委员会/).first().waitFor();
    assert.deepEqual(admin.problems, []);

    await contact.page.reload();
    await drawer.getByTestId('request-status').getByText('已办结', { exact: true }).waitFor();
    await act(contact.page, 'confirm', /确认评价/, '已评价', async (modal) => {
      await modal.locator('.ant-rate-star').nth(3).click();
    });
    const timeline = drawer.getByTestId('request-timeline');
    await timeline.getByText(/已办结 → 已评价/).waitFor();
    assert.equal(await timeline.locator('.ant-timeline-item').count(), 6);
    await drawer.getByText('已对接融资租赁公司，完成授信审批').first().waitFor();
    assert.deepEqual(contact.problems, []);
  });
});
