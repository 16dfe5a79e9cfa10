import { routes } from './routes.ts';

/** Sections of the main navigation. */
export const NAV_SECTIONS = ['home', 'plan', 'indicators', 'units', 'news', 'data', 'priorities'] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

/** The main navigation, in order. */
export const NAV_ITEMS: readonly { section: NavSection; label: string; href: string }[] = [
  { section: 'home', label: 'Trang chủ', href: routes.home() },
  { section: 'plan', label: 'Kế hoạch', href: routes.plan() },
  { section: 'indicators', label: 'Chỉ số', href: routes.indicators() },
  { section: 'units', label: 'Đơn vị', href: routes.units() },
  { section: 'priorities', label: 'Ưu tiên', href: routes.priorities() },
  { section: 'news', label: 'Tin chuyển đổi số', href: routes.news() },
  { section: 'data', label: 'Dữ liệu mở', href: routes.data() },
];

/**
 * The section a path belongs to, by the longest matching nav prefix.
 * Pages outside these sections (a pillar page) pass their section explicitly.
 * @example
 * sectionOfPath('/chi-so/1-2-1/'); // 'indicators'
 * sectionOfPath('/'); // 'home'
 * sectionOfPath('/khong-co/'); // undefined
 */
export function sectionOfPath(pathname: string): NavSection | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === routes.home()) return 'home';
  return NAV_ITEMS.find((item) => item.href !== routes.home() && path.startsWith(item.href))?.section;
}
