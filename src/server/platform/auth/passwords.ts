import crypto from 'node:crypto';
import { promisify } from 'node:util';
import type { SecurityPolicy } from '../../config.ts';
import { commonPasswords } from './common-passwords.ts';

const argon2 = promisify(crypto.argon2);
// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const params = { memory: 19456, passes: 2, parallelism: 1, tagLength: 32 };

/** PHC string: $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash> */
export async function hashPassword(password: string): Promise<string> {
  const nonce = crypto.randomBytes(16);
  const tag = await argon2('argon2id', { message: password, nonce, ...params });
  return `$argon2id$v=19$m=${params.memory},t=${params.passes},p=${params.parallelism}$${nonce.toString('base64url')}$${Buffer.from(tag).toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
  if (!m) return false;
  const expected = Buffer.from(m[5], 'base64url');
  const tag = await argon2('argon2id', {
    message: password,
    nonce: Buffer.from(m[4], 'base64url'),
    memory: Number(m[1]),
    passes: Number(m[2]),
    parallelism: Number(m[3]),
    tagLength: expected.length,
  });
  return crypto.timingSafeEqual(Buffer.from(tag), expected);
}

/** A hash to verify against when the user does not exist, so both answers take the same time. */
export const decoyHash = await hashPassword(crypto.randomBytes(16).toString('hex'));

export type PasswordProblem = { message: string; messageEn: string };

/** Checks a new password against the configured policy; returns every problem found. */
export function checkPasswordPolicy(password: string, username: string, policy: SecurityPolicy): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < policy.passwordMinLength) {
    problems.push({
      message: `密码至少 ${policy.passwordMinLength} 位`,
      messageEn: `At least ${policy.passwordMinLength} characters`,
    });
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((r) => r.test(password)).length;
  if (classes < policy.passwordMinClasses) {
    problems.push({
      message: `密码须包含小写字母、大写字母、数字、符号中的至少 ${policy.passwordMinClasses} 类`,
      messageEn: `Use at least ${policy.passwordMinClasses} of: lower case, upper case, digits, symbols`,
    });
  }
  const lower = password.toLowerCase();
  if (username && lower.includes(username.toLowerCase())) {
    problems.push({ message: '密码不能包含用户名', messageEn: 'The password must not contain the username' });
  }
  if (commonPasswords.has(lower) || commonPasswords.has(lower.replace(/[^a-z0-9]/g, ''))) {
    problems.push({ message: '密码过于常见', messageEn: 'The password is too common' });
  }
  return problems;
}

/**
 * A generated password (first admin, new accounts, resets): unambiguous letters and digits with a hyphen, an
 * upper case letter, a lower case letter and a digit guaranteed, at least `minLength` long, so it meets any
 * policy the operator configures.
 */
export function generatePassword(minLength = 8): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const size = Math.max(14, minLength);
  const body = Array.from(crypto.randomBytes(size), (b) => alphabet[b % alphabet.length]).join('');
  return `${body.slice(0, 7)}-${body.slice(7)}K9a`;
}
