import { describe, expect, it } from 'vitest';
import { navFor } from './nav.js';

const hrefs = (roles: Parameters<typeof navFor>[0]['roles']) =>
  navFor({ roles }).flatMap((g) => g.items.map((i) => i.href));

describe('navFor', () => {
  it('shows an editor the publication pages but no administration', () => {
    const h = hrefs(['editor']);
    expect(h).toContain('/publications/new');
    expect(h).not.toContain('/users');
    expect(h).not.toContain('/audit');
  });

  it('shows the audit administrator only the log and the account', () => {
    expect(hrefs(['audit_admin'])).toEqual(['/', '/audit', '/account/password']);
  });

  it('shows request officers their cases, letters and the working-day calendar', () => {
    expect(hrefs(['request_officer'])).toEqual([
      '/',
      '/publications',
      '/requests',
      '/requests/new',
      '/requests/summary',
      '/settings/letters',
      '/stats',
      '/settings/calendar',
      '/account/password',
    ]);
    expect(hrefs(['office_head'])).not.toContain('/requests/new');
  });

  it('drops empty groups', () => {
    expect(navFor({ roles: ['sys_admin'] }).map((g) => g.label)).toEqual(['', '系统管理', '账号']);
  });

  it('shows interaction officers consultations, messages, hotline calls and the interaction settings', () => {
    expect(hrefs(['interaction_officer'])).toEqual([
      '/',
      '/publications',
      '/consultations',
      '/messages',
      '/hotline',
      '/stats',
      '/messages/settings',
      '/account/password',
    ]);
  });

  it('shows the annual report to heads and admins, the statistics to all staff of an organization', () => {
    expect(hrefs(['office_head'])).toEqual(expect.arrayContaining(['/reports', '/stats']));
    expect(hrefs(['org_admin'])).toContain('/reports');
    expect(hrefs(['editor'])).toContain('/stats');
    expect(hrefs(['editor'])).not.toContain('/reports');
    expect(hrefs(['sys_admin'])).not.toContain('/stats');
  });

  it('lets heads read the hotline log and admins set the reply period, not handle messages', () => {
    expect(hrefs(['office_head'])).toContain('/hotline');
    expect(hrefs(['office_head'])).not.toContain('/messages/settings');
    expect(hrefs(['org_admin'])).toEqual(expect.arrayContaining(['/hotline', '/messages/settings']));
    expect(hrefs(['org_admin'])).not.toContain('/messages');
    expect(hrefs(['org_admin'])).not.toContain('/consultations');
    expect(hrefs(['sys_admin'])).toContain('/messages/settings');
    expect(hrefs(['editor'])).not.toContain('/hotline');
  });
});
