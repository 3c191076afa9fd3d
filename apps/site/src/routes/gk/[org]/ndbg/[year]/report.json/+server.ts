import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { api, need } from '$lib/server/api.js';
import { PUBLIC_CACHE_CONTROL } from '$lib/server/cache-control.js';
import { siteUrl } from '$lib/server/env.js';
import { attachmentDisposition } from '$lib/server/public-form.js';
import { reportJson, reportJsonFileName } from '$lib/server/report-json.js';
import { yearParam } from '$lib/url.js';

/** A published annual report's tables and figures as JSON: public data, cached like the pages. */
export const GET: RequestHandler = async (event) => {
  const year = yearParam(event.params.year);
  if (year === undefined) error(404, '页面不存在');
  const report = await need(
    api(event.getClientAddress()).publicReports.get.query({ organization: event.params.org, year }),
  );
  const page = `${siteUrl}/gk/${report.organization.slug}/ndbg/${report.year}`;
  return new Response(JSON.stringify(reportJson(report, page), null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': attachmentDisposition(reportJsonFileName(report)),
      'cache-control': PUBLIC_CACHE_CONTROL,
    },
  });
};
