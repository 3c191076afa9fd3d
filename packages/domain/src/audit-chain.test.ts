import { describe, expect, it } from 'vitest';
import {
  AUDIT_GENESIS_HASH,
  auditHash,
  canonicalJson,
  verifyAuditChain,
  type AuditChainEntry,
  type AuditEntry,
} from './audit-chain.js';

const entry = (n: number): AuditEntry => ({
  at: `2024-01-01T00:00:0${n}.000Z`,
  actorId: 7,
  actorName: '张三',
  organizationId: 1,
  action: 'publication.approve',
  entityType: 'publication',
  entityId: String(n),
  summary: `审核通过 #${n}`,
  detail: JSON.stringify({ n }),
});

function chain(count: number): AuditChainEntry[] {
  const out: AuditChainEntry[] = [];
  let prev = AUDIT_GENESIS_HASH;
  for (let i = 1; i <= count; i++) {
    const e = entry(i);
    const hash = auditHash(prev, e);
    out.push({ id: i, prevHash: prev, hash, ...e });
    prev = hash;
  }
  return out;
}

describe('audit chain', () => {
  it('canonical JSON sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":null,"z":1}]},"b":1}',
    );
  });

  it('hashes only the documented fields, in a key-order-independent way', () => {
    const e = entry(1);
    const reordered = Object.fromEntries(Object.entries(e).reverse()) as unknown as AuditEntry;
    expect(auditHash('', reordered)).toBe(auditHash('', e));
    expect(auditHash('', { ...e, extra: 'ignored' } as AuditEntry)).toBe(auditHash('', e));
    expect(auditHash('', { ...e, summary: 'x' })).not.toBe(auditHash('', e));
    expect(auditHash('x', e)).not.toBe(auditHash('', e));
    expect(auditHash('', e)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies an intact chain', () => {
    expect(verifyAuditChain(chain(5))).toEqual({ ok: true, checked: 5 });
    expect(verifyAuditChain([])).toEqual({ ok: true, checked: 0 });
  });

  it('finds an edited entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, summary: '篡改' };
    expect(verifyAuditChain(entries)).toEqual({ ok: false, checked: 3, brokenAt: 3 });
  });

  it('finds a deleted entry', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verifyAuditChain(entries)).toEqual({ ok: false, checked: 2, brokenAt: 3 });
  });

  it('verifies a slice from the hash before it', () => {
    const entries = chain(5);
    expect(verifyAuditChain(entries.slice(2), entries[1]!.hash)).toEqual({ ok: true, checked: 3 });
  });
});
