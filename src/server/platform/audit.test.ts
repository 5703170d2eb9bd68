import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ChainedFields, canonicalJson, entryHash, genesisHash, maskForAudit } from './audit.ts';

test('canonicalJson sorts keys at every depth, so key order never changes the text', () => {
  const a = canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 'x' } });
  const b = canonicalJson({ a: { c: 'x', d: [{ y: 2, z: 1 }] }, b: 1 });
  assert.equal(a, b);
  assert.equal(a, '{"a":{"c":"x","d":[{"y":2,"z":1}]},"b":1}');
});

test('canonicalJson drops undefined properties, writes undefined alone as null and keeps array order', () => {
  assert.equal(canonicalJson({ a: undefined, b: null }), '{"b":null}');
  assert.equal(canonicalJson(undefined), 'null');
  assert.equal(canonicalJson([3, 1, 2]), '[3,1,2]');
});

test('canonicalJson matches what a jsonb round trip gives back (the verify path)', () => {
  const value = { 名称: '中共内江', n: 1.5, list: [true, false, null], nested: { '': 'empty key', 'a"b': 'quote' } };
  assert.equal(canonicalJson(JSON.parse(JSON.stringify(value))), canonicalJson(value));
  assert.deepEqual(JSON.parse(canonicalJson(value)), value);
});

test('maskForAudit masks ID and phone numbers and drops secrets, hashes and ciphertexts at any depth', () => {
  const masked = maskForAudit({
    before: { idNumber: '511002198503010011', phone: '13812345678', name: '张三' },
    after: [{ password: 'x', newPassword: 'y', currentPassword: 'z', passwordHash: 'h', idNumberHash: 'h', phoneEnc: 'v1:..', note: 'kept' }],
    shortId: { idNumber: '1234', phone: '123' },
  });
  assert.deepEqual(masked, {
    before: { idNumber: '5110**********0011', phone: '138****5678', name: '张三' },
    after: [{ note: 'kept' }],
    shortId: { idNumber: '****', phone: '****' },
  });
});

test('maskForAudit leaves plain values and non-string personal fields alone', () => {
  assert.equal(maskForAudit('text'), 'text');
  assert.equal(maskForAudit(null), null);
  assert.deepEqual(maskForAudit({ idNumber: null, count: 3 }), { idNumber: null, count: 3 });
});

const fields: ChainedFields = {
  seq: 1,
  atMs: 1_700_000_000_000,
  actorUserId: 7,
  actorName: 'admin',
  ip: '127.0.0.1',
  action: 'org.create',
  objectType: 'org',
  objectId: '12',
  result: 'success',
  diff: { after: { name: '中共测试支部委员会' } },
};

test('entryHash is reproducible and changes with any field or the previous hash', () => {
  const hash = entryHash(genesisHash, fields);
  assert.match(hash, /^[0-9a-f]{64}$/);
  assert.equal(entryHash(genesisHash, { ...fields, diff: { after: { name: '中共测试支部委员会' } } }), hash);
  const variants: Partial<ChainedFields>[] = [{ seq: 2 }, { atMs: fields.atMs + 1 }, { actorUserId: 8 }, { actorName: 'other' }, { ip: '10.0.0.1' }, { action: 'org.update' }, { objectId: '13' }, { result: 'failure' }, { diff: null }];
  for (const v of variants) assert.notEqual(entryHash(genesisHash, { ...fields, ...v }), hash, JSON.stringify(v));
  assert.notEqual(entryHash('f'.repeat(64), fields), hash);
});
