/**
 * The two legal regimes of the 政府信息公开条例. A request is governed by the regime in force on
 * its receipt date, and keeps it (historical data keeps its rules).
 */

export interface Regime {
  readonly name: '2007条例' | '2019条例';
  readonly decree: '国务院令第492号' | '国务院令第711号';
  readonly answerDays: 15 | 20;
  readonly maxExtensionDays: 15 | 20;
  /** The day the regime came into force. */
  readonly effective: string;
}

export const REGIME_2007: Regime = {
  name: '2007条例',
  decree: '国务院令第492号',
  answerDays: 15,
  maxExtensionDays: 15,
  effective: '2008-05-01',
};

export const REGIME_2019: Regime = {
  name: '2019条例',
  decree: '国务院令第711号',
  answerDays: 20,
  maxExtensionDays: 20,
  effective: '2019-05-15',
};

/** The regime for a receipt date (YYYY-MM-DD); anything before 2019-05-15 falls under the 2007 条例. */
export function regimeFor(receiptDate: string): Regime {
  return receiptDate >= REGIME_2019.effective ? REGIME_2019 : REGIME_2007;
}
