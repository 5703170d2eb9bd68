import { invalidField, ruleViolation } from '../../platform/errors.ts';
import { isIdNumberProblem, maskIdNumber, maskPhone, normalizePhone, parseIdNumber } from '../../platform/id-number.ts';
import type { PersonalDataCipher } from '../../platform/personal-data.ts';

/** The stored form of an ID number, plus what it tells about the person. */
export type SealedIdNumber = {
  idNumberEnc: string;
  idNumberHash: string;
  idNumberMasked: string;
  sex: 'male' | 'female';
  birthDate: string;
};

export type SealedPhone = { phoneEnc: string; phoneHash: string; phoneMasked: string };

/**
 * Validates an ID number (GB 11643), derives birth date and sex, and seals it: encrypted, keyed hash of the
 * normalized value (for uniqueness and lookup), masked for display. A bad number is 400 naming idNumber.
 */
export function sealIdNumber(cipher: PersonalDataCipher, raw: string): SealedIdNumber {
  const info = parseIdNumber(raw);
  if (isIdNumberProblem(info)) throw invalidField('idNumber', info.message, info.messageEn);
  return {
    idNumberEnc: cipher.encrypt(info.normalized),
    idNumberHash: cipher.hash(info.normalized),
    idNumberMasked: maskIdNumber(info.normalized),
    sex: info.sex,
    birthDate: info.birthDate,
  };
}

/** Normalizes a mainland mobile number and seals it; a bad one is 400 naming phone. */
export function sealPhone(cipher: PersonalDataCipher, raw: string): SealedPhone {
  const phone = normalizePhone(raw);
  if (!phone) throw invalidField('phone', '手机号应为11位中国大陆手机号码', 'A phone number must be an 11-digit mainland mobile number');
  return { phoneEnc: cipher.encrypt(phone), phoneHash: cipher.hash(phone), phoneMasked: maskPhone(phone) };
}

/** Sex and birth date come from the ID number; a caller who also sends them must agree with it (422). */
export function assertAgreesWithIdNumber(derived: { sex: string; birthDate: string }, sent: { sex?: string; birthDate?: string }): void {
  if (sent.sex !== undefined && sent.sex !== derived.sex) {
    throw ruleViolation('sex', '性别与身份证号不符', 'The sex does not match the ID number');
  }
  if (sent.birthDate !== undefined && sent.birthDate !== derived.birthDate) {
    throw ruleViolation('birthDate', '出生日期与身份证号不符', 'The birth date does not match the ID number');
  }
}
