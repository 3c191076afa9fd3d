import type { PageServerLoad } from './$types';
import { formatIndexNumber, shanghaiYear } from '@gongkai/domain';
import { siteUrl } from '$lib/server/env.js';

export const load: PageServerLoad = async ({ parent }) => {
  const { organization } = await parent();
  const { org } = organization;
  return {
    siteUrl,
    indexExample: formatIndexNumber(org.indexPattern, { code: org.code, year: shanghaiYear(new Date()), seq: 1 }),
  };
};
