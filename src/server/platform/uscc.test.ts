import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeUsccCheckChar, isUsccProblem, parseUscc } from './uscc.ts';

// 91350100M000100Y43 is the example printed in guides to GB 32100-2015 (9 工商, 1 企业, 350100 福州市, M000100Y4).
const published = '91350100M000100Y43';

test('parseUscc accepts the published example and codes whose check character is a letter', () => {
  assert.ok(!isUsccProblem(parseUscc(published)));
  // Real-format codes (authority, type, division, organization code) whose check characters are computed here.
  for (const first17 of ['91110000802100433', '91440300708461136', '51511000MJ5730862', '92511002MA6XQ0B1R']) {
    const code = first17 + computeUsccCheckChar(first17);
    const parsed = parseUscc(code);
    assert.ok(!isUsccProblem(parsed), code);
    assert.equal(parsed.normalized, code);
  }
});

test('computeUsccCheckChar follows the standard\'s weights and maps 31 to 0', () => {
  // 0000000000000000 1: only the 17th weight (28) counts → 31 − 28 = 3.
  assert.equal(computeUsccCheckChar('00000000000000001'), '3');
  // All zeros: the sum is 0, 31 − 0 = 31, which the standard writes as 0.
  assert.equal(computeUsccCheckChar('00000000000000000'), '0');
  // 'Y' is worth 30; at the first position (weight 1) the sum is 30 → 31 − 30 = 1.
  assert.equal(computeUsccCheckChar('Y0000000000000000'), '1');
  // 'A' is worth 10, 'H' 17, 'J' 18 (I is skipped): A at weight 3 → 30 → check 1; J at weight 1 → 18 → 13 = 'D'.
  assert.equal(computeUsccCheckChar('0A000000000000000'), '1');
  assert.equal(computeUsccCheckChar('J0000000000000000'), 'D');
});

test('parseUscc normalizes lower case and surrounding spaces to the upper-case code', () => {
  const parsed = parseUscc(` ${published.toLowerCase()} `);
  assert.ok(!isUsccProblem(parsed));
  assert.equal(parsed.normalized, published);
});

test('parseUscc rejects a wrong check character', () => {
  const wrong = `${published.slice(0, 17)}4`;
  const parsed = parseUscc(wrong);
  assert.ok(isUsccProblem(parsed));
  assert.match(parsed.messageEn, /check character/);
  assert.match(parsed.message, /校验位/);
});

test('parseUscc rejects the letters I, O, S, V and Z and any other character outside the alphabet', () => {
  for (const bad of ['I', 'O', 'S', 'V', 'Z', '-', '中']) {
    const code = `9135010${bad}M000100Y43`;
    const parsed = parseUscc(code);
    assert.ok(isUsccProblem(parsed), code);
    assert.match(parsed.messageEn, /other than I, O, S, V and Z/);
  }
});

test('parseUscc rejects the wrong length', () => {
  for (const raw of ['', published.slice(0, 17), `${published}0`, '91350100M000100Y4 3']) {
    const parsed = parseUscc(raw);
    assert.ok(isUsccProblem(parsed), raw);
  }
  const short = parseUscc(published.slice(0, 15));
  assert.ok(isUsccProblem(short));
  assert.match(short.messageEn, /18 characters/);
});
