import { query } from '$lib/server/call';
import { idParam } from '$lib/server/params';
import { intParam } from '$lib/search-params';
import type { RequestHandler } from './$types';

/** The Word file of a report version, as generated now from the version's inputs. */
export const GET: RequestHandler = async (event) => {
  const id = idParam(event.params.id);
  const version = intParam(event.url.searchParams, 'version');
  const file = await query(event, (api) => api.reports.docx.query({ id, version }));
  const body = Buffer.from(file.base64, 'base64');
  return new Response(body, {
    headers: {
      'content-type': file.mime,
      'content-length': String(body.length),
      // RFC 6266 / 5987: an ASCII fallback and the Chinese name for browsers that read it.
      'content-disposition': `attachment; filename="report.docx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'cache-control': 'private, no-store',
    },
  });
};
