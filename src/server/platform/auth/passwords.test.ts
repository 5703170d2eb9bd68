import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultSecurityPolicy } from '../../config.ts';
import { checkPasswordPolicy, generatePassword, hashPassword, verifyPassword } from './passwords.ts';

test('hashPassword writes an argon2id PHC string with a fresh salt each time', async () => {
  const a = await hashPassword('Hong-Yuan-2024!');
  const b = await hashPassword('Hong-Yuan-2024!');
  assert.match(a, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[\w-]{22}\$[\w-]{43}$/);
  assert.notEqual(a, b);
});

test('verifyPassword accepts the right password and refuses a wrong one, a near miss and a malformed hash', async () => {
  const stored = await hashPassword('Hong-Yuan-2024!');
  assert.equal(await verifyPassword('Hong-Yuan-2024!', stored), true);
  assert.equal(await verifyPassword('hong-yuan-2024!', stored), false);
  assert.equal(await verifyPassword('Hong-Yuan-2024', stored), false);
  assert.equal(await verifyPassword('Hong-Yuan-2024!', 'plain-text'), false);
  assert.equal(await verifyPassword('Hong-Yuan-2024!', stored.replace('argon2id', 'argon2i')), false);
});

test('verifyPassword honours the parameters stored in the hash, so older hashes keep working', async () => {
  const stored = await hashPassword('党建引领-2024');
  assert.equal(await verifyPassword('党建引领-2024', stored), true);
});

const problemsOf = (password: string, username = 'zhangsan', policy = defaultSecurityPolicy) =>
  checkPasswordPolicy(password, username, policy).map((p) => p.messageEn);

test('checkPasswordPolicy passes a long password of three classes that avoids the username', () => {
  assert.deepEqual(problemsOf('Hong-yuan-park'), []);
  assert.deepEqual(problemsOf('hongyuan2024!x'), []);
});

test('checkPasswordPolicy refuses too short, too few classes, the username inside and common passwords', () => {
  assert.deepEqual(problemsOf('Ab1!xyz'), ['At least 8 characters']);
  assert.deepEqual(problemsOf('abcdefghijk'), ['Use at least 3 of: lower case, upper case, digits, symbols']);
  assert.deepEqual(problemsOf('My-ZhangSan-1'), ['The password must not contain the username']);
  assert.deepEqual(problemsOf('P@ssw0rd'), ['The password is too common']);
  assert.deepEqual(problemsOf('Admin@123'), ['The password is too common'], 'symbols stripped before the list look-up');
  assert.equal(problemsOf('qwerty').length, 3);
});

test('checkPasswordPolicy follows the configured length and classes', () => {
  const strict = { ...defaultSecurityPolicy, passwordMinLength: 16, passwordMinClasses: 4 };
  assert.equal(problemsOf('Hong-yuan-park', 'x1', strict).length, 2);
  const lax = { ...defaultSecurityPolicy, passwordMinLength: 6, passwordMinClasses: 1 };
  assert.deepEqual(problemsOf('lanterns', 'x1', lax), []);
});

test('generatePassword meets the default policy and differs every time', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 50; i++) {
    const password = generatePassword();
    assert.deepEqual(checkPasswordPolicy(password, 'admin', defaultSecurityPolicy), [], password);
    seen.add(password);
  }
  assert.equal(seen.size, 50);
});
