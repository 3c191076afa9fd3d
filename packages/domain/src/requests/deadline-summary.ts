/** The Chinese explanation of a deadline, shown to staff and to the applicant. */
import { chineseDate } from '../calendar/chinese-date.js';
import { addDays } from '../dates.js';
import type { NamedDay, Pause } from './deadline.js';
import type { Regime } from './regime.js';

export interface SummaryInput {
  readonly regime: Regime;
  readonly receivedOn: string;
  readonly periodStart: string;
  readonly supplementRequestedOn: string | null;
  readonly pauses: readonly Pause[];
  readonly extensions: readonly { readonly date: string; readonly days: number }[];
  readonly workingDaysCounted: number;
  readonly holidays: readonly NamedDay[];
  readonly workingWeekends: readonly NamedDay[];
  readonly deadline: string | null;
  readonly waitingUntil: string | null;
  readonly workingDaysUsed: number | null;
  readonly awaitingSupplement: boolean;
  readonly awaitingFeeSince: string | null;
  readonly warnings: readonly string[];
}

const PAUSE_LABELS: Record<Pause['kind'], { letter: string; answer: string }> = {
  third_party: { letter: '书面征求第三方意见', answer: '收到第三方答复' },
  other_agency: { letter: '征求其他机关意见', answer: '收到其他机关答复' },
  fee: { letter: '发出收费通知', answer: '申请人缴纳费用' },
};

/** "2026年2月15日至2月23日": consecutive days with the same name become one range. */
function dayRanges(days: readonly NamedDay[]): string[] {
  const ranges: { name: string; from: string; to: string }[] = [];
  for (const day of days) {
    const last = ranges.at(-1);
    if (last && last.name === day.name && addDays(last.to, 1) === day.date) last.to = day.date;
    else ranges.push({ name: day.name, from: day.date, to: day.date });
  }
  return ranges.map(({ name, from, to }) => {
    if (from === to) return `${name}（${chineseDate(from)}）`;
    const end = from.slice(0, 4) === to.slice(0, 4) ? chineseDate(to).replace(/^\d+年/, '') : chineseDate(to);
    return `${name}（${chineseDate(from)}至${end}）`;
  });
}

function pauseLine(p: Pause): string {
  const label = PAUSE_LABELS[p.kind];
  const start = `${chineseDate(p.from)}${label.letter}`;
  const counted = `${p.workingDays}个工作日不计入答复期限`;
  switch (p.endedBy) {
    case 'answer':
    case 'payment':
      return `${start}，${chineseDate(p.to)}${label.answer}，其间${counted}。`;
    case 'limit':
      return `${start}，对方未在15个工作日内答复，至${chineseDate(p.to)}期满，其间${counted}。`;
    case 'pending':
      return `${start}，尚未收到答复，暂按15个工作日期满（${chineseDate(p.to)}）计算，其间${counted}。`;
  }
}

export function deadlineSummary(s: SummaryInput): string[] {
  const { regime } = s;
  const lines = [
    `适用${regime.name}（${regime.decree}）：答复期限为${regime.answerDays}个工作日，经政府信息公开工作机构负责人同意可延长，延长期限最长不超过${regime.maxExtensionDays}个工作日。`,
  ];
  if (s.supplementRequestedOn === null) {
    lines.push(`自${chineseDate(s.receivedOn)}收到申请之日起计算（收到当日不计入）。`);
  } else if (s.awaitingSupplement) {
    lines.push(
      `${chineseDate(s.receivedOn)}收到申请，${chineseDate(s.supplementRequestedOn)}告知补正，补正期限至${chineseDate(s.waitingUntil ?? s.supplementRequestedOn)}；答复期限自收到补正后的申请之日起重新计算。`,
    );
    return [...lines, ...s.warnings.map((w) => `注意：${w}。`)];
  } else {
    lines.push(
      `${chineseDate(s.receivedOn)}收到申请，${chineseDate(s.supplementRequestedOn)}告知补正，自${chineseDate(s.periodStart)}收到补正后的申请之日起重新计算（当日不计入）。`,
    );
  }
  lines.push(...s.pauses.map(pauseLine));
  for (const e of s.extensions) {
    lines.push(`${chineseDate(e.date)}经负责人同意延长答复期限${e.days}个工作日。`);
  }
  if (s.holidays.length > 0) lines.push(`期间遇节假日顺延：${dayRanges(s.holidays).join('、')}。`);
  if (s.workingWeekends.length > 0) {
    lines.push(
      `调休上班日计入工作日：${s.workingWeekends.map((d) => `${chineseDate(d.date)}（${d.name}调休）`).join('、')}。`,
    );
  }
  if (s.awaitingFeeSince !== null && s.waitingUntil !== null) {
    lines.push(
      `${chineseDate(s.awaitingFeeSince)}发出收费通知，答复期限暂停计算，已用${s.workingDaysUsed ?? 0}个工作日；缴费期限至${chineseDate(s.waitingUntil)}，缴费后继续计算。`,
    );
  }
  if (s.deadline !== null) {
    lines.push(`共计${s.workingDaysCounted}个工作日，答复期限至${chineseDate(s.deadline)}。`);
  }
  return [...lines, ...s.warnings.map((w) => `注意：${w}。`)];
}
