import { describe, expect, it } from 'vitest';
import { checkRoleSet, CONTENT_ROLES, hasRole, PLATFORM_ROLES, ROLE_LABELS, ROLES } from './roles.js';

describe('roles', () => {
  it('labels every role and splits them into platform and content roles', () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
    expect([...PLATFORM_ROLES, ...CONTENT_ROLES].sort()).toEqual([...ROLES].sort());
    expect(ROLE_LABELS.publisher).toBe('签发人');
  });

  it('allows several content roles on one account (small towns have few staff)', () => {
    expect(checkRoleSet(['editor', 'reviewer', 'publisher', 'org_admin'])).toEqual({ ok: true });
    expect(checkRoleSet([])).toEqual({ ok: true });
  });

  it('allows exactly one platform role alone', () => {
    for (const r of PLATFORM_ROLES) expect(checkRoleSet([r])).toEqual({ ok: true });
  });

  it('refuses two platform roles on one account (三员分立)', () => {
    const result = checkRoleSet(['sys_admin', 'audit_admin']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('三员分立');
  });

  it('refuses a platform role together with a content role', () => {
    const result = checkRoleSet(['security_admin', 'editor']);
    expect(result).toEqual({ ok: false, message: '安全管理员不能同时担任业务角色（三员分立）' });
  });

  it('refuses unknown and duplicate roles', () => {
    expect(checkRoleSet(['editor', 'root'])).toEqual({ ok: false, message: '未知的角色：root' });
    expect(checkRoleSet(['editor', 'editor'])).toMatchObject({ ok: false });
  });

  it('hasRole is true when any of the given roles is held', () => {
    expect(hasRole({ roles: ['editor'] }, 'reviewer', 'editor')).toBe(true);
    expect(hasRole({ roles: ['editor'] }, 'publisher')).toBe(false);
  });
});
