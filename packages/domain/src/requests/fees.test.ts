import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feeByCount, feeByPages, PAGE_BANDS } from './fees.js';

describe('feeByCount (按件)', () => {
  it('matches the band table', () => {
    const table: [number, number][] = [
      [1, 0], [10, 0], [11, 100], [30, 100], [31, 200], [40, 200], [41, 300], [50, 300], [51, 400],
    ]; // prettier-ignore
    for (const [n, amount] of table) expect(feeByCount(n).amount).toBe(amount);
    expect(feeByCount(12).explanation).toBe('按件计收：本月第12件申请（11—30件每件100元），收费100元。');
  });

  it('is monotonic and rises by 100元 per block of 10 after the 30th (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (n) => {
        expect(feeByCount(n + 1).amount).toBeGreaterThanOrEqual(feeByCount(n).amount);
        if (n > 30) expect(feeByCount(n).amount).toBe(100 * (1 + Math.ceil((n - 30) / 10)));
      }),
    );
  });

  it('rejects a count below 1', () => {
    expect(() => feeByCount(0)).toThrow(RangeError);
  });
});

describe('feeByPages (按量)', () => {
  it('matches the band table', () => {
    // 100 pages: 70 × 10; 200 pages: 700 + 100 × 20; 201 pages: 2700 + 40.
    const table: [number, number][] = [[1, 0], [30, 0], [31, 10], [100, 700], [101, 720], [200, 2700], [201, 2740]]; // prettier-ignore
    for (const [pages, amount] of table) expect(feeByPages(pages).amount).toBe(amount);
    expect(feeByPages(120).explanation).toBe('按量计收：共120页，前30页不收费，70页×10元＋20页×20元，收费1100元。');
    expect(feeByPages(12).explanation).toBe('按量计收：共12页，30页以下不收费，收费0元。');
  });

  it('charges each further page at its band’s price (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 2000 }), (p) => {
        const band = PAGE_BANDS.find((b) => b.from <= p && p <= b.to);
        expect(feeByPages(p).amount - feeByPages(p - 1).amount).toBe(band?.pricePerPage);
      }),
    );
  });
});
