import { MESSAGE_TYPES } from '@gongkai/domain';
import type { RouterInputs } from '$lib/api-types';
import { intParam, textParam } from '../search-params.js';
import { ticked } from './consultation-input.js';
import { optionalInt } from './form-fields.js';
import { text } from './requests-input.js';

/**
 * Posted forms and URL filters of the message pages turned into API inputs. Only the shape is
 * settled here: the API checks choices, lengths and states and answers beside the field in Chinese.
 */

type Values = Record<string, string | undefined>;
export type MessageListInput = RouterInputs['messages']['list'];

const VIEWS = ['open', 'answered', 'closed', 'all'] as const;
const DUES = ['soon', 'overdue'] as const;

/** The first of `list` equal to the value: unknown values are simply absent. */
const pick = <T extends string>(list: readonly T[], value: string | null) => list.find((x) => x === value);

/** The inbox filters from the URL; unknown values fall back to the list's defaults. */
export function messageListFilters(params: URLSearchParams) {
  return {
    view: pick(VIEWS, params.get('view')) ?? 'open',
    due: pick(DUES, params.get('due')),
    mine: params.get('mine') === '1',
    type: pick(MESSAGE_TYPES, params.get('type')),
    q: textParam(params, 'q'),
    page: intParam(params, 'page') ?? 1,
  } satisfies MessageListInput;
}

/** A required choice of a record (colleague, organization): blank is 0, which the API refuses beside the field. */
export function chosenId(value: string | undefined): number {
  return optionalInt(value) ?? 0;
}

/** The reply form: the checkbox is always on the form, so an unticked box means "do not publish". */
export function toReplyInput(id: number, v: Values): RouterInputs['messages']['reply'] {
  return { id, text: text(v.text), publish: ticked(v.publish) };
}
