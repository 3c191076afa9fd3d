/**
 * Every staff action on a case runs through `handleCase`: one transaction that checks the
 * organization, the role and the state (domain `caseActionRefusal`), records the step, has the
 * domain re-evaluate the clock (refusing events it cannot accept, e.g. an extension over the
 * maximum), stores state and deadline, and writes the audit entry. Letters generated on the way
 * are removed from storage again if the transaction fails.
 */
import type { Kysely } from 'kysely';
import { TRPCError } from '@trpc/server';
import { organizationsRepo, requestsRepo, type Database } from '@gongkai/db';
import {
  caseActionRefusal,
  chineseDate,
  DOCX_MIME,
  closureOutcomeFor,
  hasRole,
  shanghaiDate,
  type CaseAction,
  type CaseEvent,
  type Calendar,
} from '@gongkai/domain';
import { appendAudit, type AuditAction, type AuditActor } from '../audit.js';
import { actorOf } from '../authz.js';
import type { ApiDeps } from '../context.js';
import { badRequest } from '../errors.js';
import { discardFiles, recordFile, type PreparedFile } from '../files.js';
import type { StaffUser } from '../sessions.js';
import { inTx } from '../tx.js';
import { loadCalendar } from './calendar-source.js';
import { factsOf, staffCase, type CaseRow, type EventRow } from './case-access.js';
import { refreshCase } from './clock.js';
import { applicantName, openApplicant } from './applicant.js';
import { generateLetter, type LetterKind, type LetterValues } from './letters/index.js';

/** What a case step needs of the API's dependencies (the demo seeder has no more). */
export type CaseDeps = Pick<ApiDeps, 'db' | 'files' | 'clock' | 'dataKey'>;

export interface CaseStep {
  trx: Kysely<Database>;
  deps: CaseDeps;
  row: CaseRow;
  events: EventRow[];
  cal: Calendar;
  at: string;
  today: string;
  actor: AuditActor;
  /** Records an event on the case; returns its id. */
  addEvent(type: string, date: string, detail?: Record<string, unknown>, publicNote?: string): Promise<number>;
  /** Generates the organization's letter of `kind` and files it with the case. */
  issueLetter(kind: LetterKind, values: LetterValues, eventId: number | null): Promise<void>;
  /** Files already stored (uploads, generated letters) to attach to the case. */
  attachFile(file: PreparedFile, kind: string, title: string, eventId: number | null): Promise<void>;
}

export interface StepResult {
  action: AuditAction;
  summary: string;
  detail?: Record<string, unknown>;
}

/** The values every letter knows about its case. */
export async function caseLetterValues(deps: CaseDeps, row: CaseRow, today: string): Promise<LetterValues> {
  return {
    申请人: applicantName(openApplicant(deps.dataKey, row.applicant_sealed)),
    查询号: row.tracking_no,
    申请日期: chineseDate(shanghaiDate(row.submitted_at)),
    收到日期: row.received_on ? chineseDate(row.received_on) : '',
    申请内容: row.description,
    落款日期: chineseDate(today),
  };
}

/** Runs one step of a case in a transaction (see the module comment). */
export async function runCaseStep(
  deps: CaseDeps,
  row0: CaseRow,
  actor: AuditActor,
  step: (s: CaseStep) => Promise<StepResult>,
  trxIn?: Kysely<Database>,
): Promise<void> {
  const stored: PreparedFile[] = [];
  const body = async (trx: Kysely<Database>) => {
    const at = deps.clock().toISOString();
    const today = shanghaiDate(at);
    const cal = await loadCalendar(trx);
    const row = (await requestsRepo.findCase(trx, row0.id)) ?? row0;
    const events = await requestsRepo.listEvents(trx, row.id);
    const s: CaseStep = {
      trx,
      deps,
      row,
      events,
      cal,
      at,
      today,
      actor,
      addEvent: (type, date, detail = {}, publicNote = '') =>
        requestsRepo.insertEvent(trx, {
          case_id: row.id,
          type,
          date,
          detail: JSON.stringify(detail),
          public_note: publicNote,
          actor_id: actor.id,
          actor_name: actor.name,
          created_at: at,
        }),
      async issueLetter(kind, values, eventId) {
        const base = await caseLetterValues(deps, row, today);
        const letter = await generateLetter(trx, {
          organizationId: row.organization_id,
          kind,
          values: { ...base, ...values },
        });
        const key = `files/${at.slice(0, 4)}/${at.slice(5, 7)}/${row.tracking_no}-${kind}-${Date.now().toString(36)}.docx`;
        await deps.files.put(key, letter.bytes);
        const file: PreparedFile = {
          key,
          fileName: `${letter.title}（${row.tracking_no}）.docx`,
          mime: DOCX_MIME,
          size: letter.bytes.length,
          sha256: '',
          text: '',
        };
        stored.push(file);
        await s.attachFile(file, kind === 'reply' ? 'reply' : 'notice', letter.title, eventId);
      },
      async attachFile(file, kind, title, eventId) {
        const fileId = await recordFile(trx, file, { organizationId: row.organization_id, uploadedBy: actor.id, at });
        await requestsRepo.insertFile(trx, {
          case_id: row.id,
          file_id: fileId,
          kind,
          event_id: eventId,
          title,
          created_at: at,
        });
      },
    };
    const result = await step(s);
    const fresh = (await requestsRepo.findCase(trx, row.id))!;
    const { result: clock, events: after } = await refreshCase(trx, fresh, cal, at);
    if (fresh.received_on !== null && !clock.ok) throw badRequest(clock.message);
    await closeIfClosing(trx, fresh, after, at);
    await appendAudit(trx, {
      at,
      actor,
      organizationId: row.organization_id,
      action: result.action,
      entityType: 'request_case',
      entityId: row.id,
      summary: `${row.tracking_no}：${result.summary}`,
      ...(result.detail ? { detail: result.detail } : {}),
    });
  };
  try {
    if (trxIn) await body(trxIn);
    else await inTx(deps, body);
  } catch (error) {
    await discardFiles(deps, stored);
    throw error;
  }
}

/** A closing event other than a reply fixes the outcome itself (domain `closureOutcomeFor`). */
async function closeIfClosing(trx: Kysely<Database>, row: CaseRow, events: readonly EventRow[], at: string) {
  const last = events.at(-1);
  if (!last || row.closed_on !== null) return;
  const closure = closureOutcomeFor({ type: last.type, date: last.date } as CaseEvent);
  if (!closure) return;
  await requestsRepo.updateCase(trx, row.id, {
    state: 'closed',
    outcome_code: closure.code,
    outcome_note: closure.note ?? '',
    closed_on: last.date,
    updated_at: at,
  });
}

/** A staff action: the case of the user's organization, allowed for the role and state. */
export async function handleCase(
  deps: ApiDeps,
  user: StaffUser,
  id: number,
  action: CaseAction,
  step: (s: CaseStep) => Promise<StepResult>,
): Promise<void> {
  await inTx(deps, async (trx) => {
    const row = await staffCase(trx, user, id);
    const refusal = caseActionRefusal(action, factsOf(row, await requestsRepo.listEvents(trx, id)), user);
    // Wrong role: FORBIDDEN; right role, wrong moment: CONFLICT.
    if (refusal) throw new TRPCError({ code: hasRoleFor(user, action) ? 'CONFLICT' : 'FORBIDDEN', message: refusal });
    await runCaseStep(deps, row, actorOf(user), step, trx);
  });
}

const hasRoleFor = (user: StaffUser, action: CaseAction) =>
  hasRole(user, action === 'extend' ? 'office_head' : 'request_officer');

/** The organization's name, for letters and the tracking page. */
export async function organizationName(q: Kysely<Database>, organizationId: number): Promise<string> {
  return (await organizationsRepo.findById(q, organizationId))?.name ?? '';
}
