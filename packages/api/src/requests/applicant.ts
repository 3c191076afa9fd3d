/**
 * The applicant of a request: sealed at rest, masked wherever it is listed, shown in full only to
 * the handling staff (the viewing audited), never on the public site.
 */
import {
  APPLICANT_KIND_LABELS,
  ID_TYPE_LABELS,
  maskName,
  maskPii,
  type ApplicantKind,
  type IdType,
} from '@gongkai/domain';
import type { ApplicationFields } from '../schemas/requests.js';
import { keyedHash, seal, unseal } from './seal.js';

export interface PersonDetails {
  name: string;
  idType: IdType;
  idNumber: string;
  phone: string;
  address: string;
  email: string;
}

export interface OrganizationDetails {
  name: string;
  creditCode: string;
  legalRepresentative: string;
  contactName: string;
  contactPhone: string;
  address: string;
  email: string;
}

export type ApplicantDetails =
  { kind: 'person'; person: PersonDetails } | { kind: 'organization'; organization: OrganizationDetails };

/** What the console shows of an applicant, masked or in full. */
export interface ApplicantView {
  kind: ApplicantKind;
  kindLabel: string;
  category: string;
  name: string;
  idTypeLabel: string | null;
  idNumber: string | null;
  phone: string;
  address: string;
  email: string;
  organizationName: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  contactName: string | null;
}

export function applicantOf(input: ApplicationFields): ApplicantDetails {
  return input.applicantCategory === '自然人'
    ? { kind: 'person', person: input.person! }
    : { kind: 'organization', organization: input.organization! };
}

/** Columns of the case row that hold the applicant. */
export function applicantColumns(dataKey: string, category: string, a: ApplicantDetails) {
  const identifier =
    a.kind === 'person' ? `${a.person.idType}:${a.person.idNumber}` : `org:${a.organization.creditCode}`;
  return {
    applicant_kind: a.kind,
    applicant_category: category,
    applicant_display: a.kind === 'person' ? maskName(a.person.name) : a.organization.name,
    applicant_sealed: seal(dataKey, a),
    applicant_hash: keyedHash(dataKey, 'applicant', identifier),
  };
}

export const openApplicant = (dataKey: string, sealed: string) => unseal<ApplicantDetails>(dataKey, sealed);

/** The addressee of letters: the person, or the organization. */
export const applicantName = (a: ApplicantDetails) => (a.kind === 'person' ? a.person.name : a.organization.name);

const maskPhone = (phone: string) => (/^(\+?86)?1\d{10}$/.test(phone) ? maskPii('mobile', phone) : maskTail(phone, 4));
const maskTail = (s: string, keep: number) =>
  s.length <= keep ? '*'.repeat(s.length) : '*'.repeat(s.length - keep) + s.slice(-keep);
const maskEmail = (email: string) => email.replace(/^(.)[^@]*(@.*)$/, '$1***$2');
/** Addresses only to the first few characters (the town or street), as §9 asks. */
const maskAddress = (address: string) =>
  [...address].length <= 6 ? address : `${[...address].slice(0, 6).join('')}****`;

export function applicantView(category: string, a: ApplicantDetails, full: boolean): ApplicantView {
  const kindLabel = APPLICANT_KIND_LABELS[a.kind];
  if (a.kind === 'person') {
    const p = a.person;
    return {
      kind: a.kind,
      kindLabel,
      category,
      name: full ? p.name : maskName(p.name),
      idTypeLabel: ID_TYPE_LABELS[p.idType],
      idNumber: full
        ? p.idNumber
        : p.idType === 'resident_id'
          ? maskPii('id_card', p.idNumber)
          : maskTail(p.idNumber, 3),
      phone: full ? p.phone : maskPhone(p.phone),
      address: full ? p.address : maskAddress(p.address),
      email: full ? p.email : maskEmail(p.email),
      organizationName: null,
      creditCode: null,
      legalRepresentative: null,
      contactName: null,
    };
  }
  const o = a.organization;
  return {
    kind: a.kind,
    kindLabel,
    category,
    name: o.name,
    idTypeLabel: null,
    idNumber: null,
    phone: full ? o.contactPhone : maskPhone(o.contactPhone),
    address: full ? o.address : maskAddress(o.address),
    email: full ? o.email : maskEmail(o.email),
    organizationName: o.name,
    creditCode: o.creditCode,
    legalRepresentative: full ? o.legalRepresentative : maskName(o.legalRepresentative),
    contactName: full ? o.contactName : maskName(o.contactName),
  };
}
