import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { api, need } from '$lib/server/api.js';
import { yearParam } from '$lib/url.js';

export const load: PageServerLoad = async (event) => {
  const year = yearParam(event.params.year);
  if (year === undefined) error(404, '页面不存在');
  // The page shows the API's HTML of the document; the document itself is for report.json.
  const { document: _document, ...report } = await need(
    api(event.getClientAddress()).publicReports.get.query({ organization: event.params.org, year }),
  );
  return { report };
};
