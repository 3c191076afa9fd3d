import { createHash } from 'node:crypto';

/**
 * The audit log is a hash chain: each entry stores the hash of the one before it and its own hash
 * over that and its content, so editing or deleting any entry breaks every hash after it.
 *
 * Hashed: `sha256_hex(prevHash + '\n' + canonicalJson(entry))` where `entry` holds exactly the
 * fields of `AuditEntry` — at, actorId, actorName, organizationId, action, entityType, entityId,
 * summary, detail — with `undefined` read as null. `detail` is hashed as the stored JSON text, so
 * hash the very string you store. The first entry's prevHash is `AUDIT_GENESIS_HASH`.
 */

export const AUDIT_GENESIS_HASH = '';

export interface AuditEntry {
  /** UTC ISO-8601 instant. */
  at: string;
  actorId: number | null;
  actorName: string;
  organizationId: number | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  /** JSON text of the details, exactly as stored. */
  detail: string;
}

const HASHED_FIELDS = [
  'at',
  'actorId',
  'actorName',
  'organizationId',
  'action',
  'entityType',
  'entityId',
  'summary',
  'detail',
] as const satisfies readonly (keyof AuditEntry)[];

/** JSON with object keys sorted at every level, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

export function auditHash(prevHash: string, entry: AuditEntry): string {
  const hashed: Record<string, unknown> = {};
  for (const field of HASHED_FIELDS) hashed[field] = entry[field] ?? null;
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalJson(hashed)}`)
    .digest('hex');
}

export type AuditChainEntry = AuditEntry & { id: number; prevHash: string; hash: string };

export interface AuditChainResult {
  ok: boolean;
  checked: number;
  /** Id of the first entry whose link or hash is wrong. */
  brokenAt?: number;
}

/**
 * Verifies entries in chain order (ascending id). `startHash` is the hash the first entry must link
 * to: the genesis hash for a whole log, or the hash of the entry before a verified slice.
 */
export function verifyAuditChain(
  entries: Iterable<AuditChainEntry>,
  startHash: string = AUDIT_GENESIS_HASH,
): AuditChainResult {
  let prev = startHash;
  let checked = 0;
  for (const e of entries) {
    checked++;
    if (e.prevHash !== prev || auditHash(e.prevHash, e) !== e.hash) {
      return { ok: false, checked, brokenAt: e.id };
    }
    prev = e.hash;
  }
  return { ok: true, checked };
}
