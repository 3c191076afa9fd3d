import { auditRouter } from './routers/audit.js';
import { calendarRouter } from './routers/calendar.js';
import { letterTemplatesRouter } from './routers/letter-templates.js';
import { requestDeskRouter } from './routers/request-desk.js';
import { requestsRouter } from './routers/requests.js';
import { consultationDeskRouter } from './routers/consultation-desk.js';
import { consultationsRouter } from './routers/consultations.js';
import { hotlineRouter } from './routers/hotline.js';
import { messageDeskRouter } from './routers/message-desk.js';
import { messagesRouter } from './routers/messages.js';
import { authRouter } from './routers/auth.js';
import { categoriesRouter } from './routers/categories.js';
import { columnsRouter } from './routers/columns.js';
import { dashboardRouter } from './routers/dashboard.js';
import { organizationsRouter } from './routers/organizations.js';
import { publicRouter } from './routers/public.js';
import { publicReportsRouter } from './routers/public-reports.js';
import { publicationsRouter } from './routers/publications.js';
import { reportsRouter } from './routers/reports.js';
import { statsRouter } from './routers/stats.js';
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
  consultationDesk: consultationDeskRouter,
  messageDesk: messageDeskRouter,
  consultations: consultationsRouter,
  messages: messagesRouter,
  hotline: hotlineRouter,
  reports: reportsRouter,
  publicReports: publicReportsRouter,
  stats: statsRouter,
});

export type AppRouter = typeof appRouter;
