import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/api.js';
import { attachmentDisposition, decodeCredentials, formFailure } from '$lib/server/public-form.js';
import { TRACK_COOKIE } from '$lib/server/request-desk.js';
import { positiveInt } from '$lib/url.js';

/** A file of the case being tracked (notices, the reply, released information), for its applicant only. */
export const GET: RequestHandler = async (event) => {
  const fileId = positiveInt(event.params.id);
  if (fileId === undefined) error(404, '页面不存在');
  const credentials = decodeCredentials(event.cookies.get(TRACK_COOKIE));
  // The lookup has timed out: enter the codes again, then download from the case page.
  if (!credentials) redirect(303, `/gk/${event.params.org}/ysqgk/track`);
  let file;
  try {
    file = await api(event.getClientAddress()).requestDesk.file.query({ ...credentials, fileId });
  } catch (cause) {
    const { status, message } = formFailure(cause, []);
    // Another case's file, or codes that no longer match: as if the file did not exist.
    if (status === 400 || status === 404) error(404, '页面不存在');
    error(status, message);
  }
  const body = Buffer.from(file.base64, 'base64');
  return new Response(body, {
    headers: {
      'content-type': file.mime,
      'content-length': String(body.length),
      'content-disposition': attachmentDisposition(file.fileName),
      'cache-control': 'private, no-store',
    },
  });
};
