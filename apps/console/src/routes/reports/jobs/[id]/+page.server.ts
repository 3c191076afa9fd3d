import { redirect } from '@sveltejs/kit';
import { query } from '$lib/server/call';
import { idParam } from '$lib/server/params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const jobId = idParam(event.params.id);
  const job = await query(event, (api) => api.reports.job.query({ jobId }));
  if (job.state === 'done') redirect(303, `/reports/${job.reportId}?version=${job.version}`);
  return { job };
};
