import type { RequestEvent } from '@sveltejs/kit';
import type { ApiClient } from './api.js';
import { mutate } from './call.js';
import { formFields } from './form-fields.js';
import { idParam } from './params.js';

export type RecordCall = (api: ApiClient, id: number, values: Record<string, string>) => Promise<unknown>;

/**
 * One form of a record page (a case, a consultation, a message): the record id from the URL, the posted fields, the API call, and the
 * Chinese confirmation; a failure comes back with what was typed and the API's field errors
 * under the form's name (the action's name, or one per record for forms repeated in a list).
 */
export function recordAction(
  form: string | ((values: Record<string, string>) => string),
  success: string,
  call: RecordCall,
) {
  return async (event: RequestEvent) => {
    const id = idParam(event.params.id ?? '');
    const values = await formFields(event.request);
    const name = typeof form === 'string' ? form : form(values);
    return mutate(event, name, (api) => call(api, id, values), success, values);
  };
}
