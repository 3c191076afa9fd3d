import { publicationsRepo, requestsRepo } from '@gongkai/db';
import { CASE_READER_ROLES, CONTENT_ROLES, hasRole, shanghaiDate } from '@gongkai/domain';
import { loadCalendar } from '../requests/calendar-source.js';
import { soonLimit } from '../requests/case-views.js';
import { orgIdOf } from '../authz.js';
import { toStaffPub, type StaffPub } from '../shapes.js';
import { requireRoles, router } from '../trpc.js';

const LIST_SIZE = 10;

export const dashboardRouter = router({
  summary: requireRoles(...CONTENT_ROLES).query(async ({ ctx }) => {
    const q = ctx.deps.db.db;
    const organizationId = orgIdOf(ctx.user);
    const list = async (
      filter: Omit<publicationsRepo.StaffFilter, 'organizationId'>,
      when = true,
    ): Promise<StaffPub[]> =>
      when ? (await publicationsRepo.staffPage(q, { organizationId, ...filter }, LIST_SIZE, 0)).map(toStaffPub) : [];
    const [myDrafts, awaitingMyReview, approvedToPublish, scheduled, recent, counts] = await Promise.all([
      list({ authorId: ctx.user.id, statuses: ['draft', 'returned'] }, hasRole(ctx.user, 'editor')),
      list({ status: 'submitted', excludeAuthorId: ctx.user.id }, hasRole(ctx.user, 'reviewer')),
      list({ status: 'approved' }, hasRole(ctx.user, 'publisher')),
      list({ status: 'scheduled' }),
      list({}),
      publicationsRepo.countsByStatus(q, organizationId),
    ]);
    const count = (status: string) => counts.get(status) ?? 0;
    const today = shanghaiDate(ctx.deps.clock());
    const requests = hasRole(ctx.user, ...CASE_READER_ROLES)
      ? await requestsRepo.dueCounts(q, organizationId, today, soonLimit(await loadCalendar(q), today))
      : null;
    return {
      myDrafts,
      awaitingMyReview,
      approvedToPublish,
      scheduled,
      recent,
      /** Request cases for those who handle them: open, 待确认接收, 已逾期, 即将到期. */
      requests,
      counts: {
        draft: count('draft') + count('returned'),
        submitted: count('submitted'),
        approved: count('approved'),
        scheduled: count('scheduled'),
        published: count('published'),
      },
    };
  }),
});
