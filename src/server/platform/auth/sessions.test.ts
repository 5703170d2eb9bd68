import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { test } from 'node:test';
import { parseSessionCookie } from './sessions.ts';

test('parseSessionCookie reads the park and hashes the token: the stored id is never the token', () => {
  const token = crypto.randomBytes(32).toString('base64url');
  const key = parseSessionCookie(`42.${token}`);
  assert.deepEqual(key, { tenantId: 42, id: crypto.createHash('sha256').update(token).digest('hex') });
});

test('parseSessionCookie refuses missing, short, long and malformed values', () => {
  const token = crypto.randomBytes(32).toString('base64url');
  for (const value of [undefined, '', token, `x.${token}`, `42.${token.slice(1)}`, `42.${token}A`, `42.${token.slice(1)}!`, `1234567890.${token}`]) {
    assert.equal(parseSessionCookie(value), null, String(value));
  }
});
