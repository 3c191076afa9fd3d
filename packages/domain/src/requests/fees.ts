/**
 * 信息处理费 (国办函〔2020〕109号, decisions.md "Fees"). One method per request: 按件 (by the
 * applicant's count of requests this calendar month) or 按量 (by pages; non-paper forms counted in
 * equivalent pages). Amounts are whole 元.
 */

export type FeeMethod = 'by_count' | 'by_pages';

export const FEE_METHOD_LABELS: Record<FeeMethod, string> = { by_count: '按件计收', by_pages: '按量计收' };

export interface FeeResult {
  readonly method: FeeMethod;
  readonly amount: number;
  readonly explanation: string;
}

function checkCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} must be a whole number ≥ 1: ${n}`);
}

/**
 * 按件: the fee of the applicant's n-th request this month. 1–10 free; 11–30 100元; from the 31st the
 * price rises by 100元 for each further block of 10 (31–40 200元, 41–50 300元, …).
 */
export function feeByCount(nthRequestThisMonth: number): FeeResult {
  checkCount(nthRequestThisMonth, 'nthRequestThisMonth');
  const n = nthRequestThisMonth;
  const amount = n <= 10 ? 0 : n <= 30 ? 100 : 100 + Math.ceil((n - 30) / 10) * 100;
  const band =
    n <= 10 ? '1—10件不收费' : n <= 30 ? '11—30件每件100元' : `30件以上每增加10件每件提高100元，本档每件${amount}元`;
  return {
    method: 'by_count',
    amount,
    explanation: `按件计收：本月第${n}件申请（${band}），收费${amount}元。`,
  };
}

/** 按量 bands: each page is charged at the rate of the band it falls in. */
export const PAGE_BANDS = [
  { from: 1, to: 30, pricePerPage: 0 },
  { from: 31, to: 100, pricePerPage: 10 },
  { from: 101, to: 200, pricePerPage: 20 },
  { from: 201, to: Infinity, pricePerPage: 40 },
] as const;

/** 按量: 1–30 pages free, pages 31–100 at 10元, 101–200 at 20元, 201 and on at 40元 per page. */
export function feeByPages(pages: number): FeeResult {
  checkCount(pages, 'pages');
  const parts: string[] = [];
  let amount = 0;
  for (const band of PAGE_BANDS) {
    const inBand = Math.min(pages, band.to) - band.from + 1;
    if (inBand <= 0) break;
    amount += inBand * band.pricePerPage;
    if (band.pricePerPage > 0) parts.push(`${inBand}页×${band.pricePerPage}元`);
  }
  const detail = parts.length > 0 ? `前30页不收费，${parts.join('＋')}` : '30页以下不收费';
  return { method: 'by_pages', amount, explanation: `按量计收：共${pages}页，${detail}，收费${amount}元。` };
}
