/**
 * The public desk of 依申请公开: reading the application form into `requestDesk.submit` input, and
 * the names of the cookies that carry a case's tracking number and access code.
 */
import { NATURAL_PERSON } from '@gongkai/domain';
import type { api } from './api.js';
import { formValues, optional, readAttachments, readBot, type FormValues } from './public-form.js';

type Desk = ReturnType<typeof api>['requestDesk'];
export type ApplyInput = Parameters<Desk['submit']['mutate']>[0];

const PERSON_FIELDS = [
  'person.name',
  'person.idType',
  'person.idNumber',
  'person.phone',
  'person.address',
  'person.email',
] as const;

const ORGANIZATION_FIELDS = [
  'organization.name',
  'organization.creditCode',
  'organization.legalRepresentative',
  'organization.contactName',
  'organization.contactPhone',
  'organization.address',
  'organization.email',
] as const;

/**
 * The application form's fields in the order they appear. Names are the API's input paths, so its
 * field errors (`person.idNumber`) land beside the field without a translation table.
 */
export const APPLY_FIELDS = [
  'applicantCategory',
  ...PERSON_FIELDS,
  ...ORGANIZATION_FIELDS,
  'description',
  'docNumberHint',
  'purpose',
  'deliveryForm',
  'deliveryChannel',
  'attachments',
  'bot',
] as const;

export type ReadApplication =
  | { ok: true; values: FormValues; input: Omit<ApplyInput, 'org'> }
  | { ok: false; values: FormValues; fieldErrors: Record<string, string> };

type Person = NonNullable<ApplyInput['person']>;

/**
 * The application form as `requestDesk.submit` input. Without JavaScript both the person's and the
 * organization's fieldsets are on the page; only the one the category calls for is sent (the API
 * takes the applicant's kind from the category). Coded choices go as typed; the API checks them.
 */
export async function readApplication(form: FormData): Promise<ReadApplication> {
  const values = formValues(form, APPLY_FIELDS);
  const v = (name: string) => values[name] ?? '';
  const files = await readAttachments(form);
  if (!files.ok) return { ok: false, values, fieldErrors: { attachments: files.message } };

  const applicantCategory = v('applicantCategory');
  const applicant: Pick<ApplyInput, 'person' | 'organization'> =
    applicantCategory === NATURAL_PERSON
      ? {
          person: {
            name: v('person.name'),
            idType: v('person.idType') as Person['idType'],
            idNumber: v('person.idNumber'),
            phone: v('person.phone'),
            address: v('person.address'),
            email: optional(v('person.email')),
          },
        }
      : {
          organization: {
            name: v('organization.name'),
            creditCode: v('organization.creditCode'),
            legalRepresentative: v('organization.legalRepresentative'),
            contactName: v('organization.contactName'),
            contactPhone: v('organization.contactPhone'),
            address: v('organization.address'),
            email: optional(v('organization.email')),
          },
        };
  return {
    ok: true,
    values,
    input: {
      ...applicant,
      applicantCategory,
      description: v('description'),
      docNumberHint: optional(v('docNumberHint')),
      purpose: optional(v('purpose')),
      deliveryForm: v('deliveryForm') as ApplyInput['deliveryForm'],
      deliveryChannel: v('deliveryChannel') as ApplyInput['deliveryChannel'],
      attachments: files.attachments.length > 0 ? files.attachments : undefined,
      bot: readBot(form),
    },
  };
}

/** Carries the tracking number and access code across the lookup's redirect (30 minutes). */
export const TRACK_COOKIE = 'gk_track';
export const TRACK_COOKIE_MAX_AGE = 30 * 60;
/** Carries a new case's codes to the page that shows them once (10 minutes). */
export const APPLIED_COOKIE = 'gk_ysqgk_applied';
export const APPLIED_COOKIE_MAX_AGE = 10 * 60;
