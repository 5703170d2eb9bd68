import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { before, test } from 'node:test';
import { createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestItem, createTestList } from './tasks.fixtures.ts';

describeWithApp('task evidence files', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let itemId: number;
  let secretary: string;
  before(async () => {
    const ctx = get();
    tree = await createTestTree(ctx.system);
    const list = await createTestList(ctx.system, tree.root.id, 2026);
    itemId = (await createTestItem(ctx.system, list.id, tree.a1.id)).id;
    secretary = (await ctx.userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
  });

  const upload = (payload: object, cookie = secretary) => get().app.inject({ method: 'POST', url: `/api/v1/task-items/${itemId}/evidence`, headers: { cookie }, payload });

  test('the responsible org uploads a file (201) and it downloads byte for byte with its type and SHA-256', async () => {
    const bytes = crypto.randomBytes(4096);
    const res = await upload({ fileName: '会议纪要.pdf', mimeType: 'application/pdf', contentBase64: bytes.toString('base64') });
    assert.equal(res.statusCode, 201, res.body);
    const meta = res.json();
    assert.equal(meta.sizeBytes, 4096);
    assert.equal(meta.sha256, crypto.createHash('sha256').update(bytes).digest('hex'));
    const file = await get().app.inject({ url: `/api/v1/task-evidence/${meta.id}`, headers: { cookie: secretary } });
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.ok(String(file.headers['content-disposition']).includes(encodeURIComponent('会议纪要.pdf')));
    assert.ok(file.rawPayload.equals(bytes));
    const detail = (await get().app.inject({ url: `/api/v1/task-items/${itemId}`, headers: { cookie: secretary } })).json();
    assert.deepEqual(detail.evidence.map((e: { id: number }) => e.id), [meta.id]);
  });

  test('a type outside the list is 422 naming mimeType, bad base64 400 naming contentBase64, a body over the limit 413', async () => {
    const exe = await upload({ fileName: 'a.exe', mimeType: 'application/x-msdownload', contentBase64: 'AAAA' });
    assert.equal(exe.statusCode, 422);
    assert.equal(exe.json().error.details[0].field, 'mimeType');
    const bad = await upload({ fileName: 'a.txt', mimeType: 'text/plain', contentBase64: '!!!!' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.details[0].field, 'contentBase64');
    const huge = await upload({ fileName: 'a.txt', mimeType: 'text/plain', contentBase64: 'A'.repeat(3 * 1024 * 1024 + 16) });
    assert.equal(huge.statusCode, 413);
  });

  test('a secretary of b cannot download a1\'s evidence (404) nor upload to it (404)', async () => {
    const first = await upload({ fileName: 'b.txt', mimeType: 'text/plain', contentBase64: Buffer.from('佐证').toString('base64') });
    const other = (await get().userWith([{ role: 'org_secretary', orgId: tree.b.id }])).cookie;
    assert.equal((await get().app.inject({ url: `/api/v1/task-evidence/${first.json().id}`, headers: { cookie: other } })).statusCode, 404);
    assert.equal((await upload({ fileName: 'c.txt', mimeType: 'text/plain', contentBase64: 'AAAA' }, other)).statusCode, 404);
  });
});
