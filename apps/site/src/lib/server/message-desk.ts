/**
 * The public desk of 互动交流: reading the message form into `messageDesk.submit` input, the
 * filters of the published exchanges, and the cookies that carry a message's tracking number and
 * access code.
 */
import { MESSAGE_TYPES, type MessageType } from '@gongkai/domain';
import type { api } from './api.js';
import {
  decodeCredentials,
  FIX_FIELDS,
  formFailure,
  formValues,
  readBot,
  type Credentials,
  type FormFailure,
  type FormValues,
} from './public-form.js';
import { positiveInt } from '../url.js';

type Desk = ReturnType<typeof api>['messageDesk'];
export type MessageInput = Parameters<Desk['submit']['mutate']>[0];

/** The message form's fields in the order they appear; names are the API's input paths. */
export const MESSAGE_FIELDS = ['org', 'type', 'subject', 'content', 'name', 'contact', 'bot'] as const;

export const isMessageType = (value: string | null): value is MessageType =>
  (MESSAGE_TYPES as readonly (string | null)[]).includes(value);

/**
 * The form as `messageDesk.submit` input, and what the visitor typed to show again on failure.
 * The type goes as chosen (or '' when none was): the API judges it, like every other field.
 */
export function readMessage(form: FormData): { values: FormValues; input: MessageInput } {
  const values = formValues(form, MESSAGE_FIELDS);
  const v = (name: string) => values[name] ?? '';
  return {
    values,
    input: {
      org: v('org'),
      type: v('type') as MessageType,
      subject: v('subject'),
      content: v('content'),
      name: v('name'),
      contact: v('contact'),
      bot: readBot(form),
    },
  };
}

/**
 * A failed submission as the form shows it. The submit's only NOT_FOUND is the organization (none
 * chosen, or one that no longer exists): the visitor picks one from the list.
 */
export function submitFailure(cause: unknown): FormFailure {
  const failure = formFailure(cause, MESSAGE_FIELDS);
  return failure.status === 404
    ? { status: 400, message: FIX_FIELDS, fieldErrors: { org: '请选择受理单位' } }
    : failure;
}

const MAX_QUERY_LENGTH = 100;

export interface ExchangeFilters {
  q: string;
  org: string | null;
  type: MessageType | null;
  page: number;
}

/** The list's filters from its query string; a malformed type or page is ignored, not an error. */
export function exchangeFilters(query: URLSearchParams): ExchangeFilters {
  const type = query.get('type');
  return {
    q: (query.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    org: query.get('org') || null,
    type: isMessageType(type) ? type : null,
    page: positiveInt(query.get('page')) ?? 1,
  };
}

/** What the done page shows once: the new message's codes and its reply due date. */
export interface MessageReceipt extends Credentials {
  dueDate: string;
}

export const encodeReceipt = ({ trackingNo, accessCode, dueDate }: MessageReceipt): string =>
  JSON.stringify({ trackingNo, accessCode, dueDate });

/** The receipt in a cookie, or null when it is missing or not ours. */
export function decodeReceipt(raw: string | undefined): MessageReceipt | null {
  const credentials = decodeCredentials(raw);
  if (!credentials || !raw) return null;
  const { dueDate } = JSON.parse(raw) as Record<string, unknown>;
  return typeof dueDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? { ...credentials, dueDate } : null;
}

/** Carries a new message's receipt from the form to the page that shows it once (10 minutes). */
export const SENT_COOKIE = 'gk_hdjl_sent';
export const SENT_COOKIE_PATH = '/hdjl/done';
export const SENT_COOKIE_MAX_AGE = 10 * 60;
/** Carries the tracking number and access code across the lookup's redirect (30 minutes). */
export const TRACK_COOKIE = 'gk_hdjl_track';
export const TRACK_COOKIE_PATH = '/hdjl/track';
export const TRACK_COOKIE_MAX_AGE = 30 * 60;
