import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Encrypts personal data at rest with AES-256-GCM and finds it by a keyed hash (HMAC-SHA256). Both keys are
 * derived from one master key that lives outside the database: HONGYUAN_SECRET_KEY or a 0600 key file.
 */
export type PersonalDataCipher = {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  hash(plain: string): string;
};

export function loadMasterKey(options: { secretKeyHex?: string; keyFile: string }): Buffer {
  if (options.secretKeyHex) return Buffer.from(options.secretKeyHex, 'hex');
  const file = path.resolve(options.keyFile);
  if (fs.existsSync(file)) {
    const hex = fs.readFileSync(file, 'utf8').trim();
    if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`The key file ${file} does not hold 64 hex characters`);
    return Buffer.from(hex, 'hex');
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = crypto.randomBytes(32);
  fs.writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

function derive(master: Buffer, label: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), `hongyuan:${label}`, 32));
}

export function createCipher(masterKey: Buffer): PersonalDataCipher {
  const encKey = derive(masterKey, 'personal-data-encryption');
  const macKey = derive(masterKey, 'personal-data-lookup');
  return {
    encrypt(plain) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(sealed) {
      if (!sealed.startsWith('v1:')) throw new Error('Unknown personal-data format');
      const raw = Buffer.from(sealed.slice(3), 'base64');
      const decipher = crypto.createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    hash(plain) {
      return crypto.createHmac('sha256', macKey).update(plain).digest('hex');
    },
  };
}
