/**
 * 统一社会信用代码 per GB 32100-2015: 18 characters — registration authority (1), unit type (1), administrative
 * division (6), organization code (9), check character (1) — drawn from 0-9 and the capitals without I, O, S, V
 * and Z. Each character stands for its index in that alphabet (0–30); the check character makes the weighted sum
 * a multiple of 31.
 */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const shape = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;

export type UsccProblem = { message: string; messageEn: string };

/** The check character for the first 17 characters (which must already be in the alphabet). */
export function computeUsccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(first17[i]) * weights[i];
  return alphabet[(31 - (sum % 31)) % 31];
}

/** Validates a code and returns it in upper case, or a problem in Chinese and English; never throws. */
export function parseUscc(raw: string): { normalized: string } | UsccProblem {
  const value = raw.trim().toUpperCase();
  if (value.length !== 18) {
    return { message: '统一社会信用代码应为18位', messageEn: 'A unified social credit code has 18 characters' };
  }
  if (!shape.test(value)) {
    return {
      message: '统一社会信用代码只能由数字和除 I、O、S、V、Z 以外的大写字母组成',
      messageEn: 'A unified social credit code uses digits and capital letters other than I, O, S, V and Z',
    };
  }
  if (computeUsccCheckChar(value.slice(0, 17)) !== value[17]) {
    return { message: '统一社会信用代码校验位错误', messageEn: 'The unified social credit code check character is wrong' };
  }
  return { normalized: value };
}

export function isUsccProblem(v: { normalized: string } | UsccProblem): v is UsccProblem {
  return 'message' in v;
}
