import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeWithApp } from './helpers/test-app.ts';

describeWithApp('API basics', (get) => {
  test('GET /api/health answers 200 with the database kind', async () => {
    const res = await get().app.inject({ url: '/api/health' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok', database: get().kind });
  });

  test('GET /api/openapi.json serves the OpenAPI 3.1 document and /api/docs the browsable docs', async () => {
    const spec = await get().app.inject({ url: '/api/openapi.json' });
    assert.equal(spec.statusCode, 200);
    assert.equal(spec.json().openapi, '3.1.0');
    assert.ok(spec.json().paths['/api/v1/orgs']);
    const docs = await get().app.inject({ url: '/api/docs/' });
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger/i);
  });

  test('an unknown API path is 404 ROUTE_NOT_FOUND in the envelope, in English on request', async () => {
    const res = await get().app.inject({ url: '/api/v1/nothing-here', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    assert.equal(res.statusCode, 404);
    assert.deepEqual(res.json(), { error: { code: 'ROUTE_NOT_FOUND', message: 'No such endpoint', details: [] } });
  });

  test('an oversized body is 413 BODY_TOO_LARGE and writes nothing', async () => {
    const cookie = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    const before = await get().app.inject({ url: '/api/v1/orgs-count', headers: { cookie } });
    const res = await get().app.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      headers: { cookie, 'content-type': 'application/json' },
      payload: JSON.stringify({ parentId: null, code: 'BIG', kind: 'working_committee', name: 'x'.repeat(2 * 1024 * 1024), foundedOn: '2020-01-01' }),
    });
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().error.code, 'BODY_TOO_LARGE');
    const after = await get().app.inject({ url: '/api/v1/orgs-count', headers: { cookie } });
    assert.equal(after.json().count, before.json().count);
  });

  test('a body that is not JSON is 415 naming content-type', async () => {
    const cookie = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    const res = await get().app.inject({ method: 'POST', url: '/api/v1/orgs', headers: { cookie, 'content-type': 'text/plain' }, payload: 'hello' });
    assert.equal(res.statusCode, 415);
    assert.equal(res.json().error.details[0].field, 'content-type');
  });
});

describeWithApp('GET /api/v1/auth/session', (get) => {
  test('answers 200 with authenticated false and no user to a visitor without a session', async () => {
    const res = await get().app.inject({ url: '/api/v1/auth/session' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { authenticated: false, me: null });
  });

  test('answers 200 with the caller to a logged-in user', async () => {
    const user = await get().userWith([{ role: 'leader', orgId: null }]);
    const res = await get().app.inject({ url: '/api/v1/auth/session', headers: { cookie: user.cookie } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().authenticated, true);
    assert.equal(res.json().me.username, user.username);
  });
});
