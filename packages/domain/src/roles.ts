/** Staff roles (design/decisions.md, Roles). */
export const ROLES = [
  'editor',
  'reviewer',
  'publisher',
  'request_officer',
  'office_head',
  'interaction_officer',
  'org_admin',
  'sys_admin',
  'security_admin',
  'audit_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  editor: '信息员',
  reviewer: '审核员',
  publisher: '签发人',
  request_officer: '依申请经办人',
  office_head: '公开办负责人',
  interaction_officer: '互动回复员',
  org_admin: '单位管理员',
  sys_admin: '系统管理员',
  security_admin: '安全管理员',
  audit_admin: '审计管理员',
};

/** The three platform roles kept apart (三员分立). */
export const PLATFORM_ROLES = ['sys_admin', 'security_admin', 'audit_admin'] as const satisfies readonly Role[];
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** Roles of an organization's own staff; one person may hold several of them. */
export const CONTENT_ROLES = [
  'editor',
  'reviewer',
  'publisher',
  'request_officer',
  'office_head',
  'interaction_officer',
  'org_admin',
] as const satisfies readonly Role[];
export type ContentRole = (typeof CONTENT_ROLES)[number];

/** Roles that work on publications (any of them may read an organization's drafts). */
export const PUBLICATION_ROLES = ['editor', 'reviewer', 'publisher'] as const satisfies readonly Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isPlatformRole(role: Role): role is PlatformRole {
  return (PLATFORM_ROLES as readonly Role[]).includes(role);
}

export type RoleSetCheck = { ok: true } | { ok: false; message: string };

/**
 * 三员分立: an account holds at most one platform role, and never a platform role together with a
 * content role. Unknown role codes and duplicates are refused as well, so stored data stays clean.
 */
export function checkRoleSet(roles: readonly string[]): RoleSetCheck {
  const unknown = roles.filter((r) => !isRole(r));
  if (unknown.length > 0) return { ok: false, message: `未知的角色：${unknown.join('、')}` };
  const known = roles as readonly Role[];
  if (new Set(known).size !== known.length) return { ok: false, message: '角色不能重复' };
  const platform = known.filter(isPlatformRole);
  if (platform.length > 1) {
    return {
      ok: false,
      message: `系统管理员、安全管理员、审计管理员须由不同账号担任（三员分立），不能同时授予${platform.map((r) => ROLE_LABELS[r]).join('、')}`,
    };
  }
  if (platform.length === 1 && known.length > 1) {
    return {
      ok: false,
      message: `${ROLE_LABELS[platform[0]!]}不能同时担任业务角色（三员分立）`,
    };
  }
  return { ok: true };
}

/** True when the user holds at least one of the given roles. */
export function hasRole(user: { readonly roles: readonly Role[] }, ...roles: Role[]): boolean {
  return roles.some((r) => user.roles.includes(r));
}
