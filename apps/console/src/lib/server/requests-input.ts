import { NATURAL_PERSON, REQUEST_CHANNEL_LABELS, type IdType, type RequestChannel } from '@gongkai/domain';
import type { RouterInputs } from '$lib/api-types';
import { intParam, textParam } from '../search-params.js';

/**
 * Posted forms of the request pages turned into API inputs. Choices are passed on as typed (the
 * API refuses anything not in its lists with a Chinese message beside the field); only the
 * shape is settled here.
 */

type Values = Record<string, string | undefined>;
export type RegisterInput = RouterInputs['requests']['register'];
export type CaseListInput = RouterInputs['requests']['list'];

/** A text field, trimmed; absent is ''. */
export function text(value: string | undefined): string {
  return (value ?? '').trim();
}

/** A choice from a select or radio, handed to the API as it is: the API checks it against its list. */
export function choice<T extends string>(value: string | undefined): T {
  return (value ?? '') as T;
}

/** A number typed by a person: blank is "not given", garbage is NaN for the API to refuse. */
export function optionalNumber(value: string | undefined): number | undefined {
  const s = text(value);
  if (s === '') return undefined;
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

/** The files chosen in a multiple file field (an empty field posts one nameless empty file). */
export function formFiles(form: FormData, name: string): File[] {
  return form.getAll(name).filter((v): v is File => v instanceof File && v.size > 0 && v.name !== '');
}

/** An optional legal date: blank is null. */
export function optionalDate(value: string | undefined): string | null {
  const s = text(value);
  return s === '' ? null : s;
}

const PERSON_FIELDS = ['name', 'idType', 'idNumber', 'phone', 'address', 'email'] as const;
const ORGANIZATION_FIELDS = [
  'name',
  'creditCode',
  'legalRepresentative',
  'contactName',
  'contactPhone',
  'address',
  'email',
] as const;

function part<K extends string>(v: Values, prefix: string, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, text(v[`${prefix}.${k}`])])) as Record<K, string>;
}

/**
 * The registration form (fields named like the API's paths, `person.idNumber`) as the input of
 * `requests.register`. The category decides which part is sent: the API validates the part it gets.
 */
export function toRegisterInput(v: Values): RegisterInput {
  const category = text(v.applicantCategory);
  const applicant =
    category === ''
      ? {}
      : category === NATURAL_PERSON
        ? { person: { ...part(v, 'person', PERSON_FIELDS), idType: choice<IdType>(v['person.idType']) } }
        : { organization: part(v, 'organization', ORGANIZATION_FIELDS) };
  return {
    channel: choice(v.channel),
    receivedOn: text(v.receivedOn),
    applicantCategory: category,
    ...applicant,
    description: text(v.description),
    docNumberHint: text(v.docNumberHint),
    purpose: text(v.purpose),
    deliveryForm: choice(v.deliveryForm),
    deliveryChannel: choice(v.deliveryChannel),
  };
}

const VIEWS = ['open', 'closed', 'all'] as const;
const DUES = ['soon', 'overdue'] as const;

function known<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return (list as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}

/** The case list's filters from the URL; unknown values are simply absent (the list's defaults apply). */
export function caseListFilters(params: URLSearchParams) {
  return {
    view: known(VIEWS, params.get('view')) ?? 'open',
    due: known(DUES, params.get('due')),
    mine: params.get('mine') === '1',
    channel: known(Object.keys(REQUEST_CHANNEL_LABELS) as RequestChannel[], params.get('channel')),
    q: textParam(params, 'q'),
    page: intParam(params, 'page') ?? 1,
  } satisfies CaseListInput;
}
