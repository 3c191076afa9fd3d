export { appRouter, type AppRouter } from './root.js';
export { createCallerFactory } from './trpc.js';
export { createContext, type ApiDeps, type Context } from './context.js';
export { publishDueScheduled } from './scheduled.js';
export { recordViews } from './views.js';
export { storeUpload, openDownload, type UploadResult, type Download } from './files.js';
export { hashPassword, verifyPassword } from './passwords.js';
export { createUser, type NewUser } from './users.js';
export { contentVersion } from './content-version.js';
export {
  appendAudit,
  SYSTEM_ACTOR,
  AUDIT_ACTION_LABELS,
  type AuditAction,
  type AuditActor,
  type AuditInput,
} from './audit.js';
export type { Org, Category, Column, PublicationSummary, StaffPub, Page } from './shapes.js';
export type { PublicationDetail, Attachment } from './publications/detail.js';
export type { StaffPublication } from './routers/publications.js';
export type { Me } from './routers/auth.js';
export type { Hit as PiiHitView } from './publications/pii.js';
export type { CaseDetail, CaseRowView, TrackView } from './requests/case-views.js';
export { seedDemoRequests } from './requests/demo.js';
export { generateReportDocument } from './reports/generate.js';
