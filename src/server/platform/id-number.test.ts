import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeIdCheckChar, isIdNumberProblem, maskIdNumber, maskPhone, normalizePhone, parseIdNumber } from './id-number.ts';

// GB 11643-1999's own worked example: 11010519491231002X.
const withX = '11010519491231002X';

function withCheck(first17: string) {
  return first17 + computeIdCheckChar(first17);
}

test('parseIdNumber accepts a valid ID number and derives birth date and sex', () => {
  const parsed = parseIdNumber(withCheck('51100219850301001'));
  assert.ok(!isIdNumberProblem(parsed));
  assert.equal(parsed.birthDate, '1985-03-01');
  assert.equal(parsed.sex, 'male');
  const female = parseIdNumber(withCheck('51100219900815002'));
  assert.ok(!isIdNumberProblem(female));
  assert.equal(female.sex, 'female');
});

test('parseIdNumber accepts the X check character in either case and normalizes it to upper case', () => {
  assert.equal(computeIdCheckChar(withX.slice(0, 17)), 'X');
  for (const raw of [withX, withX.toLowerCase(), ` ${withX} `]) {
    const parsed = parseIdNumber(raw);
    assert.ok(!isIdNumberProblem(parsed), raw);
    assert.equal(parsed.normalized, withX);
    assert.equal(parsed.birthDate, '1949-12-31');
    assert.equal(parsed.sex, 'female');
  }
});

test('parseIdNumber rejects a bad checksum', () => {
  const good = withCheck('51100219850301001');
  const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
  const parsed = parseIdNumber(bad);
  assert.ok(isIdNumberProblem(parsed));
  assert.match(parsed.messageEn, /check character/);
});

test('parseIdNumber rejects a birth date that is not a real date', () => {
  for (const first17 of ['51100219850230001', '51100219851301001', '51100218991231001', '51100220230229001']) {
    const parsed = parseIdNumber(withCheck(first17));
    assert.ok(isIdNumberProblem(parsed), first17);
    assert.match(parsed.messageEn, /birth date/);
  }
  assert.ok(!isIdNumberProblem(parseIdNumber(withCheck('51100220240229001'))), 'a leap day is real');
});

test('parseIdNumber rejects the wrong length and letters other than a final X', () => {
  for (const raw of ['', '5110021985030100', '5110021985030100111', '51100219850301A011', '5110021985030100X1']) {
    const parsed = parseIdNumber(raw);
    assert.ok(isIdNumberProblem(parsed), raw);
    assert.match(parsed.messageEn, /18 characters/);
  }
});

test('maskIdNumber shows only the first and last four characters', () => {
  assert.equal(maskIdNumber(withX), '1101**********002X');
  assert.equal(maskIdNumber(withX).length, 18);
});

test('normalizePhone accepts mainland mobile numbers with spaces, dashes or +86, and rejects others', () => {
  assert.equal(normalizePhone('138 1234 5678'), '13812345678');
  assert.equal(normalizePhone('+86-138-1234-5678'), '13812345678');
  assert.equal(normalizePhone('8613812345678'), '13812345678');
  for (const raw of ['12812345678', '1381234567', '138123456789', '0832-1234567', 'abc']) assert.equal(normalizePhone(raw), null, raw);
});

test('maskPhone keeps the first three and last four digits', () => {
  assert.equal(maskPhone('13812345678'), '138****5678');
});
