import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isValidCreditCode } from './credit-code.js';
import { idCardCheckChar, isValidIdCardNumber } from './id-card.js';
import { isLuhnValid, luhnCheckDigit } from './luhn.js';

const digits = (min: number, max = min) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** A birth date as YYYYMMDD, always a real day. */
const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));

const validIdCard = fc
  .tuple(fc.integer({ min: 110000, max: 829999 }), birthDate, digits(3))
  .map(([area, birth, seq]) => {
    const first17 = `${area}${birth}${seq}`;
    return first17 + idCardCheckChar(first17);
  });

/** Replace the digit at `index` by a different digit. */
function changeDigit(s: string, index: number, delta: number): string {
  const d = (Number(s[index]) + delta) % 10;
  return s.slice(0, index) + d + s.slice(index + 1);
}

describe('ID card numbers', () => {
  it('accepts the examples from the rules', () => {
    expect(isValidIdCardNumber('11010519491231002X')).toBe(true);
    expect(isValidIdCardNumber('11010519491231002x')).toBe(true);
    expect(isValidIdCardNumber('440524188001010014')).toBe(true);
  });

  it('refuses wrong shape, impossible dates and wrong check characters', () => {
    expect(isValidIdCardNumber('110105194912310021')).toBe(false);
    expect(isValidIdCardNumber('11010519491231002')).toBe(false);
    expect(isValidIdCardNumber('110105194902300027')).toBe(false); // 02-30
    expect(isValidIdCardNumber('110105194913310020')).toBe(false); // month 13
  });

  it('every generated number with its computed check character is valid (property)', () => {
    fc.assert(
      fc.property(validIdCard, (id) => {
        expect(isValidIdCardNumber(id)).toBe(true);
      }),
    );
  });

  it('changing any one of the first 17 digits makes the number invalid (property)', () => {
    fc.assert(
      fc.property(validIdCard, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (id, i, delta) => {
        expect(isValidIdCardNumber(changeDigit(id, i, delta))).toBe(false);
      }),
    );
  });
});

describe('Luhn', () => {
  it('knows a valid and an invalid card number', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(isLuhnValid('41111111a1111111')).toBe(false);
  });

  it('a payload plus its check digit is valid; changing one digit breaks it (property)', () => {
    fc.assert(
      fc.property(digits(15, 18), fc.nat(), fc.integer({ min: 1, max: 9 }), (payload, at, delta) => {
        const card = payload + luhnCheckDigit(payload);
        expect(isLuhnValid(card)).toBe(true);
        expect(isLuhnValid(changeDigit(card, at % card.length, delta))).toBe(false);
      }),
    );
  });
});

describe('统一社会信用代码', () => {
  it('accepts the examples and refuses a changed one', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('11441700007280420Y')).toBe(true);
    expect(isValidCreditCode('11441700007280420X')).toBe(false);
    expect(isValidCreditCode('11441700007280420')).toBe(false);
    expect(isValidCreditCode('I1441700007280420Y')).toBe(false);
  });

  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const first17 = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 17, maxLength: 17 });

  it('generated codes are valid; changing one character makes them invalid (property)', () => {
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 30 }), (body, i, shift) => {
        const code = body + creditCodeCheckChar(body);
        expect(isValidCreditCode(code)).toBe(true);
        const changed = alphabet[(alphabet.indexOf(body[i]!) + shift) % 31]!;
        const broken = body.slice(0, i) + changed + body.slice(i + 1);
        expect(isValidCreditCode(broken + code[17])).toBe(false);
      }),
    );
  });
});
