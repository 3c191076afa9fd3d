import type { NavItem } from '@gongkai/ui';

/** Columns that get a place in the main navigation, in this order, when the site has them. */
const NAV_COLUMNS = ['zwdt', 'gsgg', 'ndbg'];

/**
 * The main navigation: only sections that exist (办事服务 comes later). The current section is the
 * longest link that prefixes the current path, so 热线电话 (/hdjl/hotline) is marked on its page
 * rather than 互动交流 (/hdjl). `primarySlug` (the deployment's own organization) gives its
 * 依申请公开 desk a place.
 */
export function mainNav(
  columnSlugs: readonly { slug: string; name: string }[],
  pathname: string,
  primarySlug?: string,
): NavItem[] {
  const items: NavItem[] = [
    { href: '/', label: '首页' },
    { href: '/gk', label: '政府信息公开' },
    ...(primarySlug ? [{ href: `/gk/${primarySlug}/ysqgk`, label: '依申请公开' }] : []),
    ...NAV_COLUMNS.flatMap((slug) => {
      const column = columnSlugs.find((c) => c.slug === slug);
      return column ? [{ href: `/column/${slug}`, label: column.name }] : [];
    }),
    { href: '/zjyj', label: '征求意见' },
    { href: '/hdjl', label: '互动交流' },
    { href: '/hdjl/hotline', label: '热线电话' },
    { href: '/search', label: '站内搜索' },
  ];
  const current = items
    .filter((item) =>
      item.href === '/' ? pathname === '/' : pathname === item.href || pathname.startsWith(`${item.href}/`),
    )
    .sort((a, b) => b.href.length - a.href.length)[0];
  return items.map((item) => ({ ...item, current: item === current }));
}
