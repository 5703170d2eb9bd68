/** 公民身份号码 per GB 11643-1999: 6-digit area, 8-digit birth date, 3-digit sequence, check character. */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';

export type IdNumberInfo = { normalized: string; birthDate: string; sex: 'male' | 'female' };
export type IdNumberProblem = { message: string; messageEn: string };

export function computeIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i];
  return checkChars[sum % 11];
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Validates an 18-character ID number and derives birth date and sex; returns a problem instead of throwing. */
export function parseIdNumber(raw: string): IdNumberInfo | IdNumberProblem {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { message: '身份证号应为18位（前17位为数字，末位为数字或X）', messageEn: 'An ID number has 18 characters: 17 digits and a digit or X' };
  }
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  if (y < 1900 || !isRealDate(y, m, d)) {
    return { message: '身份证号中的出生日期无效', messageEn: 'The birth date inside the ID number is not a real date' };
  }
  if (computeIdCheckChar(value.slice(0, 17)) !== value[17]) {
    return { message: '身份证号校验位错误', messageEn: 'The ID number check character is wrong' };
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  return { normalized: value, birthDate, sex: Number(value[16]) % 2 === 1 ? 'male' : 'female' };
}

export function isIdNumberProblem(v: IdNumberInfo | IdNumberProblem): v is IdNumberProblem {
  return 'message' in v;
}

/** 5110**********1234 */
export function maskIdNumber(value: string): string {
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

/** Mainland mobile numbers: 11 digits starting with 1[3-9]. */
export function normalizePhone(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '').replace(/^\+?86/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/** 138****5678 */
export function maskPhone(value: string): string {
  return `${value.slice(0, 3)}****${value.slice(-4)}`;
}
