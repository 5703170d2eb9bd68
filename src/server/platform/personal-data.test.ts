import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { createCipher, loadMasterKey } from './personal-data.ts';

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyuan-key-'));
after(() => fs.rmSync(tempDir, { recursive: true, force: true }));

test('encrypt then decrypt gives back the plain text, Chinese included', () => {
  const cipher = createCipher(crypto.randomBytes(32));
  for (const plain of ['511002198503010011', '13812345678', '四川省内江市市中区', '']) {
    const sealed = cipher.encrypt(plain);
    assert.ok(sealed.startsWith('v1:'));
    assert.equal(cipher.decrypt(sealed), plain);
  }
});

test('encrypting the same text twice gives different ciphertexts (random IV)', () => {
  const cipher = createCipher(crypto.randomBytes(32));
  assert.notEqual(cipher.encrypt('511002198503010011'), cipher.encrypt('511002198503010011'));
});

test('a tampered ciphertext fails to decrypt', () => {
  const cipher = createCipher(crypto.randomBytes(32));
  const raw = Buffer.from(cipher.encrypt('511002198503010011').slice(3), 'base64');
  raw[raw.length - 1] ^= 1;
  assert.throws(() => cipher.decrypt(`v1:${raw.toString('base64')}`));
  const tag = Buffer.from(cipher.encrypt('511002198503010011').slice(3), 'base64');
  tag[12] ^= 1;
  assert.throws(() => cipher.decrypt(`v1:${tag.toString('base64')}`));
});

test('a ciphertext from another key fails to decrypt, and an unknown format is refused', () => {
  const sealed = createCipher(crypto.randomBytes(32)).encrypt('13812345678');
  assert.throws(() => createCipher(crypto.randomBytes(32)).decrypt(sealed));
  assert.throws(() => createCipher(crypto.randomBytes(32)).decrypt('plain text'), /Unknown personal-data format/);
});

test('the lookup hash is stable for one key, differs across keys and values, and is not the plain text', () => {
  const key = crypto.randomBytes(32);
  const a = createCipher(key);
  const b = createCipher(Buffer.from(key));
  assert.equal(a.hash('511002198503010011'), b.hash('511002198503010011'));
  assert.match(a.hash('511002198503010011'), /^[0-9a-f]{64}$/);
  assert.notEqual(a.hash('511002198503010011'), a.hash('511002198503010012'));
  assert.notEqual(a.hash('511002198503010011'), createCipher(crypto.randomBytes(32)).hash('511002198503010011'));
  assert.notEqual(a.hash('x'), crypto.createHash('sha256').update('x').digest('hex'), 'keyed, not a bare sha256');
});

test('loadMasterKey creates a key file with mode 0600 and reads the same key back', () => {
  const file = path.join(tempDir, 'nested', 'data.key');
  const key = loadMasterKey({ keyFile: file });
  assert.equal(key.length, 32);
  assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  assert.match(fs.readFileSync(file, 'utf8'), /^[0-9a-f]{64}\n$/);
  assert.deepEqual(loadMasterKey({ keyFile: file }), key);
});

test('loadMasterKey prefers the secret key from the environment over the file', () => {
  const hex = crypto.randomBytes(32).toString('hex');
  const file = path.join(tempDir, 'unused.key');
  assert.equal(loadMasterKey({ secretKeyHex: hex, keyFile: file }).toString('hex'), hex);
  assert.equal(fs.existsSync(file), false);
});

test('loadMasterKey refuses a key file that does not hold 64 hex characters', () => {
  const file = path.join(tempDir, 'bad.key');
  fs.writeFileSync(file, 'not a key\n', { mode: 0o600 });
  assert.throws(() => loadMasterKey({ keyFile: file }), /64 hex characters/);
});
