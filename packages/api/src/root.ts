import { auditRouter } from './routers/audit.js';
import { calendarRouter } from './routers/calendar.js';
import { letterTemplatesRouter } from './routers/letter-templates.js';
import { requestDeskRouter } from './routers/request-desk.js';
import { requestsRouter } from './routers/requests.js';
import { authRouter } from './routers/auth.js';
import { categoriesRouter } from './routers/categories.js';
import { columnsRouter } from './routers/columns.js';
import { dashboardRouter } from './routers/dashboard.js';
import { organizationsRouter } from './routers/organizations.js';
import { publicRouter } from './routers/public.js';
import { publicationsRouter } from './routers/publications.js';
import { usersRouter } from './routers/users.js';
import { router } from './trpc.js';

export const appRouter = router({
  public: publicRouter,
  auth: authRouter,
  dashboard: dashboardRouter,
  publications: publicationsRouter,
  categories: categoriesRouter,
  columns: columnsRouter,
  organizations: organizationsRouter,
  users: usersRouter,
  audit: auditRouter,
  requestDesk: requestDeskRouter,
  requests: requestsRouter,
  calendar: calendarRouter,
  letterTemplates: letterTemplatesRouter,
});

export type AppRouter = typeof appRouter;
