/** 统计分析 in the console: the charts of an organization (own, or one under it) for a period. */
import { organizationsRepo, requestsRepo } from '@gongkai/db';
import { CONTENT_ROLES, shanghaiDate } from '@gongkai/domain';
import { orgIdOf } from '../authz.js';
import { notFound } from '../errors.js';
import { statisticsCharts } from '../reports/charts.js';
import { loadCalendar } from '../requests/calendar-source.js';
import { overviewInput } from '../schemas/stats.js';
import { requireRoles, router } from '../trpc.js';

const reader = requireRoles(...CONTENT_ROLES);

export const statsRouter = router({
  overview: reader.input(overviewInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const own = orgIdOf(ctx.user);
    // Own organization and those below it (its offices and villages), at any depth.
    const all = await organizationsRepo.list(q);
    const reachable = new Set([own]);
    for (let grew = true; grew;) {
      grew = false;
      for (const o of all) {
        if (o.parent_id !== null && reachable.has(o.parent_id) && !reachable.has(o.id)) {
          reachable.add(o.id);
          grew = true;
        }
      }
    }
    const organizationId = input.organizationId ?? own;
    if (!reachable.has(organizationId)) throw notFound('单位不存在或无权访问');
    const today = shanghaiDate(ctx.deps.clock());
    const calendar = await loadCalendar(q);
    const [result, due] = await Promise.all([
      statisticsCharts(q, organizationId, input, calendar, input.compare),
      requestsRepo.dueCounts(q, organizationId, today, today),
    ]);
    return {
      organizations: all.filter((o) => reachable.has(o.id)).map((o) => ({ id: o.id, name: o.name })),
      organizationId,
      from: input.from,
      to: input.to,
      ...result,
      /** Open requests past their deadline today. */
      overdueOpen: due.overdue,
    };
  }),
});
