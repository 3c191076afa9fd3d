import { CONTENT_ROLES, hasRole, type Role } from '@gongkai/domain';

export interface NavItem {
  href: string;
  label: string;
}
export interface NavGroup {
  label: string;
  items: NavItem[];
}

interface NavRule extends NavItem {
  roles: readonly Role[];
}

/**
 * The sidebar, by role. Presentation only: it hides what a user cannot use, while the API decides
 * what each call may do.
 */
const GROUPS: { label: string; items: NavRule[] }[] = [
  {
    label: '信息发布',
    items: [
      { href: '/publications', label: '信息管理', roles: CONTENT_ROLES },
      { href: '/publications/new', label: '新建信息', roles: ['editor'] },
      { href: '/publications/import', label: '导入 Word 文档', roles: ['editor'] },
      { href: '/publications?status=submitted', label: '待审核', roles: ['reviewer'] },
      { href: '/publications?status=approved', label: '待发布', roles: ['publisher'] },
    ],
  },
  {
    label: '申请办理',
    items: [
      { href: '/requests', label: '依申请公开', roles: ['request_officer', 'office_head'] },
      { href: '/requests/new', label: '登记申请', roles: ['request_officer'] },
      { href: '/requests/summary', label: '年度统计', roles: ['request_officer', 'office_head'] },
      { href: '/settings/letters', label: '文书模板', roles: ['request_officer', 'office_head', 'org_admin'] },
    ],
  },
  {
    label: '政民互动',
    items: [
      { href: '/consultations', label: '征求意见', roles: ['interaction_officer'] },
      { href: '/messages', label: '互动交流', roles: ['interaction_officer'] },
      { href: '/hotline', label: '热线记录', roles: ['interaction_officer', 'office_head', 'org_admin'] },
    ],
  },
  {
    label: '年报统计',
    items: [
      { href: '/reports', label: '年度报告', roles: ['office_head', 'org_admin'] },
      { href: '/stats', label: '统计分析', roles: CONTENT_ROLES },
    ],
  },
  {
    label: '目录与栏目',
    items: [
      { href: '/catalog/categories', label: '公开目录', roles: ['org_admin'] },
      { href: '/catalog/columns', label: '网站栏目', roles: ['org_admin'] },
    ],
  },
  {
    label: '系统管理',
    items: [
      { href: '/settings/organization', label: '本单位设置', roles: ['org_admin'] },
      { href: '/settings/organizations', label: '单位管理', roles: ['sys_admin'] },
      {
        href: '/settings/calendar',
        label: '工作日历',
        roles: ['sys_admin', 'org_admin', 'request_officer', 'office_head'],
      },
      { href: '/messages/settings', label: '互动设置', roles: ['interaction_officer', 'org_admin', 'sys_admin'] },
      { href: '/users', label: '用户管理', roles: ['org_admin', 'security_admin'] },
      { href: '/audit', label: '审计日志', roles: ['audit_admin', 'org_admin'] },
    ],
  },
];

export function navFor(user: { roles: readonly Role[] }): NavGroup[] {
  const groups = GROUPS.map((g) => ({
    label: g.label,
    items: g.items.filter((i) => hasRole(user, ...i.roles)).map(({ href, label }) => ({ href, label })),
  }));
  return [
    { label: '', items: [{ href: '/', label: '工作台' }] },
    ...groups.filter((g) => g.items.length > 0),
    { label: '账号', items: [{ href: '/account/password', label: '修改密码' }] },
  ];
}
