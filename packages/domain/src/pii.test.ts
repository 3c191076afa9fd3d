import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCardCheckChar } from './id-card.js';
import { luhnCheckDigit } from './luhn.js';
import { hitContext, maskHitsInText, maskPii, maskPiiInHtml, scanPii } from './pii.js';

const ID = '11010519491231002X';
const CARD = '6222021234567890128'; // 19 digits, Luhn-valid

describe('scanPii', () => {
  it('finds an ID card number in a 公示 list', () => {
    const text = `低保户：张三，身份证号${ID}，住址棉洋镇。`;
    const hits = scanPii(text);
    expect(hits).toEqual([{ kind: 'id_card', start: 11, end: 29, value: ID, masked: '11*************02X' }]);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe(ID);
  });

  it.each([
    ['13812345678', '138****5678'],
    ['+8613812345678', '138****5678'],
    ['+86 138 1234 5678', '138****5678'],
    ['86-138-1234-5678', '138****5678'],
    ['138-1234-5678', '138****5678'],
    ['１３８１２３４５６７８', '138****5678'],
  ])('finds the mobile %s', (mobile, masked) => {
    const hits = scanPii(`联系电话：${mobile}。`);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'mobile', value: mobile, masked });
  });

  it('finds bank card numbers that pass Luhn, plain or grouped', () => {
    expect(scanPii(`账号${CARD}`)).toMatchObject([{ kind: 'bank_card', value: CARD, masked: '***************0128' }]);
    expect(scanPii('卡号 4111 1111 1111 1111 。')).toMatchObject([{ kind: 'bank_card', value: '4111 1111 1111 1111' }]);
    expect(scanPii('卡号 4111111111111112')).toEqual([]);
  });

  it('does not flag hotlines, landlines, dates or numbers inside longer digit runs', () => {
    const text = [
      '服务热线12345，消费投诉12315，报警110。',
      '办公电话0755-12345678，传真 020-87654321。',
      '成文日期20150101，文号华府办发〔2015〕117号。',
      `流水号9${ID}7，编号013812345678901。`,
      '统一社会信用代码11441700007280420Y。',
    ].join('\n');
    expect(scanPii(text)).toEqual([]);
  });

  it('does not flag numbers on the allow list, compared by digits only', () => {
    const text = '镇政府值班手机 138 0013 8000，咨询 13900139000';
    const hits = scanPii(text, { allowList: ['+86 13800138000'] });
    expect(hits.map((h) => h.value)).toEqual(['13900139000']);
  });

  it('reports several hits in text order without overlaps', () => {
    const text = `王五 ${CARD} 电话13912345678 身份证440524188001010014`;
    expect(scanPii(text).map((h) => h.kind)).toEqual(['bank_card', 'mobile', 'id_card']);
  });
});

describe('masking', () => {
  it('masks as the rules show', () => {
    expect(maskPii('mobile', '13812341234')).toBe('138****1234');
    expect(maskPii('id_card', '350102199001011123')).toBe('35*************123');
    expect(maskPii('bank_card', '6222 0212 3456 7890')).toBe('************7890');
  });

  const validId = fc
    .tuple(
      fc.integer({ min: 110000, max: 829999 }),
      fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
      fc.integer({ min: 0, max: 999 }),
    )
    .map(([area, d, seq]) => {
      const first17 = `${area}${d.toISOString().slice(0, 10).replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
      return first17 + idCardCheckChar(first17);
    });

  it('never reveals the middle digits of an ID number (property)', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const masked = maskPii('id_card', id);
        expect(masked).toHaveLength(18);
        expect(masked.slice(2, 15)).toMatch(/^\*+$/);
        const [hit] = scanPii(`身份证：${id}`);
        expect(hit?.masked).toBe(masked);
      }),
    );
  });

  it('never reveals the middle digits of a mobile or a bank card (property)', () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    fc.assert(
      fc.property(fc.constantFrom('3', '5', '8', '9'), digits(9), (second, rest) => {
        const masked = maskPii('mobile', `1${second}${rest}`);
        expect(masked.slice(3, 7)).toBe('****');
        expect(masked.replace(/\*/g, '')).toHaveLength(7);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 15, max: 18 }).chain(digits), (payload) => {
        const card = payload + luhnCheckDigit(payload);
        const masked = maskPii('bank_card', card);
        expect(masked).toHaveLength(card.length);
        expect(masked.slice(0, -4)).toMatch(/^\*+$/);
      }),
    );
  });

  it('masks all hits in a text and shows a hit in its context', () => {
    const text = `张三\n电话13812345678，身份证${ID}。`;
    const hits = scanPii(text);
    expect(maskHitsInText(text, hits)).toBe('张三\n电话138****5678，身份证11*************02X。');
    expect(hitContext(text, hits[0]!, 4)).toEqual({ before: '三 电话', match: '13812345678', after: '，身份证' });
  });
});

describe('maskPiiInHtml', () => {
  it('masks numbers in text but not in tags, and respects the allow list', () => {
    const html = `<p data-id="13812345678">电话：13812345678</p><td>${ID}</td><p>值班 13900139000</p>`;
    expect(maskPiiInHtml(html, { allowList: ['13900139000'] })).toBe(
      '<p data-id="13812345678">电话：138****5678</p><td>11*************02X</td><p>值班 13900139000</p>',
    );
  });
});
