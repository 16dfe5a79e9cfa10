/**
 * Every string of the pages' frame (skip link, header, menu, demo banner, footer) in each page
 * language, in one place: the English page gets an English frame, not the Vietnamese one marked lang="vi".
 * City facts (the owner's name, address, the official's title) come from content/site.yaml and its `en:`.
 */
import type { PageLanguage } from '../meta/page-meta.ts';
import type { NavSection } from '../nav.ts';

export interface ChromeStrings {
  skipLink: string;
  /** "Địa chỉ trang", printed with the page's address. */
  pageAddress: string;
  menu: string;
  /** Accessible names of the two navigations (phone menu, wide bar), told apart. */
  navMenuLabel: string;
  navLabel: string;
  /** The header's link to the search page (phones) and its search box (wide screens). */
  search: { link: string; formLabel: string; inputLabel: string; placeholder: string; button: string };
  nav: Record<NavSection, string>;
  /** The one-line banner of a demonstration site. */
  demoBanner: { label: string; strong: string; rest: string; link: string };
  footer: {
    owner: string;
    responsible: string;
    copyright: string;
    /** "Nội dung được cấp phép theo" before the licence's name. */
    licensedUnder: string;
    asOf: string;
    portalInfo: string;
    contact: string;
    sitemap: string;
    documents: string;
    address: string;
    phone: string;
    email: string;
    demoContact: string;
  };
}

export const CHROME_STRINGS: Record<PageLanguage, ChromeStrings> = {
  vi: {
    skipLink: 'Bỏ qua, đến nội dung chính',
    pageAddress: 'Địa chỉ trang',
    menu: 'Menu',
    navMenuLabel: 'Điều hướng chính (trình đơn)',
    navLabel: 'Điều hướng chính',
    search: { link: 'Tìm kiếm', formLabel: 'Tìm kiếm trên cổng', inputLabel: 'Từ khóa tìm kiếm', placeholder: 'Tìm kiếm…', button: 'Tìm' },
    nav: { home: 'Trang chủ', plan: 'Kế hoạch', indicators: 'Chỉ số', units: 'Đơn vị', priorities: 'Ưu tiên', news: 'Tin chuyển đổi số', data: 'Dữ liệu mở' },
    demoBanner: { label: 'Thông báo về dữ liệu minh họa', strong: 'Dữ liệu minh họa', rest: ', chưa chính thức.', link: 'Giải thích' },
    footer: {
      owner: 'Cơ quan chủ quản',
      responsible: 'Người chịu trách nhiệm',
      copyright: 'Bản quyền',
      licensedUnder: 'Nội dung được cấp phép theo',
      asOf: 'Số liệu tính đến',
      portalInfo: 'Thông tin cổng',
      contact: 'Liên hệ',
      sitemap: 'Sơ đồ cổng',
      documents: 'Văn bản',
      address: 'Địa chỉ',
      phone: 'Điện thoại',
      email: 'Thư điện tử',
      demoContact: '(Thông tin liên hệ minh họa, chưa phải thông tin chính thức.)',
    },
  },
  en: {
    skipLink: 'Skip to main content',
    pageAddress: 'Address of this page',
    menu: 'Menu',
    navMenuLabel: 'Main navigation (menu)',
    navLabel: 'Main navigation',
    search: { link: 'Search', formLabel: 'Search the portal (in Vietnamese)', inputLabel: 'Search terms', placeholder: 'Search…', button: 'Search' },
    nav: { home: 'Home (Vietnamese)', plan: 'Plan', indicators: 'Indicators', units: 'Units', priorities: 'Priorities', news: 'News', data: 'Open data' },
    demoBanner: { label: 'Notice about demonstration data', strong: 'Demonstration data', rest: ', not yet official.', link: 'Explanation' },
    footer: {
      owner: 'Owner of the portal',
      responsible: 'Person responsible',
      copyright: 'Copyright',
      licensedUnder: 'Content licensed under',
      asOf: 'Figures as of',
      portalInfo: 'About the portal',
      contact: 'Contact (in Vietnamese)',
      sitemap: 'Site map (in Vietnamese)',
      documents: 'Documents (in Vietnamese)',
      address: 'Address',
      phone: 'Phone',
      email: 'Email',
      demoContact: '(Contact details for demonstration, not yet the official ones.)',
    },
  },
};

/** @example chromeStrings('en').skipLink; // 'Skip to main content' */
export const chromeStrings = (lang: PageLanguage): ChromeStrings => CHROME_STRINGS[lang];
