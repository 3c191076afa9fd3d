/**
 * A new case: from the public form (online, waiting for staff to confirm receipt) or registered by
 * staff from a visit, letter, fax or email (received on the date they enter). The applicant gets a
 * tracking number and a private access code; only the code's keyed hash is kept.
 */
import type { Kysely } from 'kysely';
import { requestsRepo, type Database } from '@gongkai/db';
import type { RequestChannel } from '@gongkai/domain';
import { freshTrackingCode, newAccessCode } from '../forms/codes.js';
import type { ApplicationFields } from '../schemas/requests.js';
import { applicantColumns, applicantOf } from './applicant.js';
import { keyedHash } from './seal.js';

/** Prefix of request tracking numbers (申请): `SQ-20261127-4K7Q-M`. */
export const REQUEST_CODE_PREFIX = 'SQ';

export interface NewCase {
  organizationId: number;
  channel: RequestChannel;
  fields: ApplicationFields;
  /** null for online applications until staff confirm receipt. */
  receivedOn: string | null;
  at: string;
  today: string;
  createdBy: number | null;
}

export async function insertCase(trx: Kysely<Database>, dataKey: string, c: NewCase) {
  const trackingNo = await freshTrackingCode(REQUEST_CODE_PREFIX, c.today, (code) =>
    requestsRepo.findByTrackingNo(trx, code),
  );
  const accessCode = newAccessCode();
  const f = c.fields;
  const id = await requestsRepo.insertCase(trx, {
    organization_id: c.organizationId,
    tracking_no: trackingNo,
    access_code_hash: keyedHash(dataKey, 'access_code', accessCode),
    channel: c.channel,
    submitted_at: c.at,
    received_on: c.receivedOn,
    state: c.receivedOn ? 'running' : 'pending_receipt',
    deadline: null,
    ...applicantColumns(dataKey, f.applicantCategory, applicantOf(f)),
    description: f.description,
    doc_number_hint: f.docNumberHint,
    purpose: f.purpose,
    delivery_form: f.deliveryForm,
    delivery_channel: f.deliveryChannel,
    assignee_id: null,
    fee_method: null,
    fee_amount: null,
    fee_status: null,
    outcome_code: null,
    closed_on: null,
    created_by: c.createdBy,
    created_at: c.at,
    updated_at: c.at,
  });
  return { id, trackingNo, accessCode };
}
