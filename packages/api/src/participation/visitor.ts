/** The anonymous visitor of the public participation forms, as the audit log and the report count know them. */
import { createHmac } from 'node:crypto';
import type { AuditActor } from '../audit.js';

export const VISITOR: AuditActor = { id: null, name: '公众' };

/** A keyed hash of the visitor's address: counts each address once without keeping it. */
export const addressKey = (secret: string, clientIp: string | null) =>
  createHmac('sha256', secret)
    .update(`participation:${clientIp ?? 'unknown'}`)
    .digest('hex');
