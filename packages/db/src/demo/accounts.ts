import type { Role } from '@gongkai/domain';

/** One memorable password for every demo account (it passes the strength check; change it in production). */
export const DEMO_PASSWORD = 'Gongkai2026!';

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  /** Organization slug; null for the platform roles (系统/安全/审计管理员), which belong to no agency. */
  organization: string | null;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'editor', displayName: '陈晓', roles: ['editor'], organization: 'mianyang' },
  { username: 'reviewer', displayName: '李华', roles: ['reviewer'], organization: 'mianyang' },
  { username: 'publisher', displayName: '黄明', roles: ['publisher'], organization: 'mianyang' },
  { username: 'admin', displayName: '张伟', roles: ['org_admin'], organization: 'mianyang' },
  { username: 'officer', displayName: '赵敏', roles: ['request_officer'], organization: 'mianyang' },
  { username: 'head', displayName: '周强', roles: ['office_head'], organization: 'mianyang' },
  { username: 'hudong', displayName: '吴静', roles: ['interaction_officer'], organization: 'mianyang' },
  { username: 'hc_hudong', displayName: '郑洁', roles: ['interaction_officer'], organization: 'huacheng' },
  { username: 'sysadmin', displayName: '系统管理员', roles: ['sys_admin'], organization: null },
  { username: 'secadmin', displayName: '安全管理员', roles: ['security_admin'], organization: null },
  { username: 'auditor', displayName: '审计管理员', roles: ['audit_admin'], organization: null },
  { username: 'hc_editor', displayName: '刘芳', roles: ['editor'], organization: 'huacheng' },
];
