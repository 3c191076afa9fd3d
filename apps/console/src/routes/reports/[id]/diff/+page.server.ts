import { query } from '$lib/server/call';
import { idParam } from '$lib/server/params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const id = idParam(event.params.id);
  const report = await query(event, (api) => api.reports.get.query({ id }));
  const pick = (name: string, fallback: number) => {
    const n = Number(event.url.searchParams.get(name));
    return Number.isInteger(n) && n >= 1 && n <= report.currentVersion ? n : fallback;
  };
  const from = pick('from', Math.max(1, report.currentVersion - 1));
  const to = pick('to', report.currentVersion);
  const diff = await query(event, (api) => api.reports.diff.query({ id, from, to }));
  return { report: { id, title: report.document.title, versions: report.versions.map((v) => v.version) }, diff };
};
