import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namePinyin, pinyinQuery } from './members.pinyin.ts';

test('namePinyin gives lower-case toneless pinyin and initials', () => {
  assert.deepEqual(namePinyin('张三'), { pinyin: 'zhangsan', initials: 'zs' });
  assert.deepEqual(namePinyin('欧阳修'), { pinyin: 'ouyangxiu', initials: 'oyx' });
});

test('namePinyin reads polyphonic surnames as surnames', () => {
  assert.equal(namePinyin('单雄信').pinyin, 'shanxiongxin');
  assert.equal(namePinyin('曾国藩').pinyin, 'zengguofan');
  assert.equal(namePinyin('区小军').pinyin, 'ouxiaojun');
  assert.equal(namePinyin('仇大').initials, 'qd');
});

test('namePinyin writes ü as v and drops separators and spaces', () => {
  assert.equal(namePinyin('吕布').pinyin, 'lvbu');
  assert.deepEqual(namePinyin('买买提·艾力'), { pinyin: 'maimaitiaili', initials: 'mmtal' });
  assert.deepEqual(namePinyin('朴 明'), { pinyin: 'piaoming', initials: 'pm' });
});

test('namePinyin keeps a Latin run as one word', () => {
  assert.deepEqual(namePinyin('Anna李'), { pinyin: 'annali', initials: 'al' });
});

test('pinyinQuery folds case, spaces and apostrophes and refuses other input', () => {
  assert.equal(pinyinQuery('Zhang San'), 'zhangsan');
  assert.equal(pinyinQuery("xi'an"), 'xian');
  assert.equal(pinyinQuery('张三'), null);
  assert.equal(pinyinQuery('1234'), null);
});
