/**
 * Request cases for the demo deployment, so the console's desk and dashboard show work in every
 * state: waiting for receipt, running, awaiting 补正, overdue, and answered with a letter. Dates
 * are counted back from the demo's today; the steps go through the same code as staff actions.
 */
import { organizationsRepo, requestsRepo } from '@gongkai/db';
import { addDays, catchCalendarGap, isWorkingDay, shanghaiDate, type Calendar } from '@gongkai/domain';
import type { AuditActor } from '../audit.js';
import type { ApplicationFields } from '../schemas/requests.js';
import { inTx } from '../tx.js';
import { loadCalendar } from './calendar-source.js';
import { runCaseStep, type CaseDeps, type CaseStep } from './handle.js';
import { insertCase } from './intake.js';

type DemoDeps = CaseDeps;

const OFFICER: AuditActor = { id: null, name: '演示数据' };

const person = (name: string, idNumber: string, phone: string): ApplicationFields['person'] => ({
  name,
  idType: 'resident_id',
  idNumber,
  phone,
  address: '棉洋镇人民路',
  email: '',
});

interface DemoCase {
  fields: ApplicationFields;
  channel: 'online' | 'letter' | 'in_person';
  /** Working days before today the case was received (null: online, not yet confirmed). */
  receivedDaysAgo: number | null;
  steps?: (s: CaseStep, received: string) => Promise<void>;
}

const base = { docNumberHint: '', purpose: '', deliveryForm: 'email', deliveryChannel: 'email' } as const;

const CASES: DemoCase[] = [
  {
    channel: 'online',
    receivedDaysAgo: null,
    fields: {
      ...base,
      applicantCategory: '自然人',
      person: person('陈建国', '440524188001010014', '13800138000'),
      description: '棉洋镇2026年农村低保对象审批名单及审批依据',
    },
  },
  {
    channel: 'letter',
    receivedDaysAgo: 6,
    fields: {
      ...base,
      applicantCategory: '商业企业',
      organization: {
        name: '汕尾市某建材有限公司',
        creditCode: '91350100M000100Y43',
        legalRepresentative: '林志强',
        contactName: '林晓',
        contactPhone: '0660-3312345',
        address: '汕尾市城区',
        email: '',
      },
      description: '棉洋镇2026年道路硬化工程招标结果及合同金额',
    },
  },
  {
    channel: 'online',
    receivedDaysAgo: 4,
    fields: {
      ...base,
      applicantCategory: '自然人',
      person: person('黄丽', '11010519491231002X', '13912345678'),
      description: '关于本村土地征收的材料',
    },
    steps: async (s, received) => {
      await s.addEvent('supplementRequested', received, { items: '请写明所在村名、征收项目名称及年份', dueDays: 15 });
    },
  },
  {
    channel: 'in_person',
    receivedDaysAgo: 22,
    fields: {
      ...base,
      applicantCategory: '自然人',
      person: person('刘强', '440524188001010014', '13700001111'),
      description: '棉洋镇2025年财政预算执行情况',
    },
  },
  {
    channel: 'online',
    receivedDaysAgo: 15,
    fields: {
      ...base,
      applicantCategory: '自然人',
      person: person('张敏', '11010519491231002X', '13655556666'),
      description: '棉洋镇2026年防汛应急预案全文',
    },
    steps: async (s, received) => {
      const replied = addDays(received, 5);
      await requestsRepo.updateCase(s.trx, s.row.id, {
        state: 'closed',
        outcome_code: '1',
        legal_basis: '《中华人民共和国政府信息公开条例》第三十六条第（二）项',
        outcome_note: '所申请的信息已主动公开，可在本站“应急预案”栏目查阅。',
        closed_on: replied,
      });
      const eventId = await s.addEvent('closed', replied, { outcome: '1' });
      await s.issueLetter(
        'reply',
        { 答复结果: '（一）予以公开', 答复说明: '所申请的信息已主动公开。', 附件清单: '无' },
        eventId,
      );
    },
  },
];

/** The working day `n` working days before `today`, or null when the calendar has no data there. */
function workingDaysBefore(cal: Calendar, today: string, n: number): string | null {
  const r = catchCalendarGap(() => {
    let day = today;
    for (let counted = 0; counted < n;) {
      day = addDays(day, -1);
      if (isWorkingDay(cal, day)) counted++;
    }
    return day;
  });
  return typeof r === 'string' ? r : null;
}

export async function seedDemoRequests(deps: DemoDeps, organizationSlug = 'mianyang'): Promise<number> {
  const org = await organizationsRepo.findBySlug(deps.db.db, organizationSlug);
  if (!org) return 0;
  const cal = await loadCalendar(deps.db.db);
  const at = deps.clock().toISOString();
  const today = shanghaiDate(at);
  let seeded = 0;
  for (const c of CASES) {
    const received = c.receivedDaysAgo === null ? null : workingDaysBefore(cal, today, c.receivedDaysAgo);
    if (c.receivedDaysAgo !== null && received === null) continue;
    await inTx(deps, async (trx) => {
      const { id } = await insertCase(trx, deps.dataKey, {
        organizationId: org.id,
        channel: c.channel,
        fields: c.fields,
        receivedOn: received,
        at,
        today,
        createdBy: null,
      });
      const row = (await requestsRepo.findCase(trx, id))!;
      await runCaseStep(
        deps,
        row,
        OFFICER,
        async (s) => {
          await s.addEvent(c.channel === 'online' ? 'submitted' : 'registered', received ?? today, {
            channel: c.channel,
          });
          if (received) await s.addEvent('received', received);
          await c.steps?.(s, received!);
          return { action: 'request.register', summary: '演示数据' };
        },
        trx,
      );
    });
    seeded++;
  }
  return seeded;
}
