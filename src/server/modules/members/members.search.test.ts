import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildIdNumber } from '../../../../test/factories.ts';
import { readMemberQuery } from './members.search.ts';

const hash = (plain: string) => `h(${plain})`;

test('readMemberQuery reads Chinese as name contains and letters as a pinyin prefix', () => {
  assert.deepEqual(readMemberQuery('张', hash), { nameContains: '张' });
  assert.deepEqual(readMemberQuery('Zhang San', hash), { pinyinPrefix: 'zhangsan' });
});

test('readMemberQuery looks a full ID number up by the hash of its normalized form', () => {
  const id = buildIdNumber('1990-01-01', 'male', 4);
  assert.deepEqual(readMemberQuery(id.toLowerCase(), hash), { idNumberHash: `h(${id})` });
});

test('readMemberQuery looks a mobile number up by hash and four characters by the masked tails', () => {
  assert.deepEqual(readMemberQuery('+86 138-0000-1111', hash), { phoneHash: 'h(13800001111)' });
  assert.deepEqual(readMemberQuery('123x', hash), { maskedTail: '123X' });
});

test('readMemberQuery gives no way to match for a partial number, and name contains for other input', () => {
  assert.deepEqual(readMemberQuery('5110021990', hash), {});
  assert.deepEqual(readMemberQuery('a.b', hash), { nameContains: 'a.b' });
});
