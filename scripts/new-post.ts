/**
 * Creates a correctly named news post with valid frontmatter, for ward editors.
 *
 *   npm run new-post -- --unit phuong-tran-phu --title "Phường Trần Phú ra mắt chuyên mục Chuyển đổi số"
 *
 * Options: --date YYYY-MM-DD (default: today in Việt Nam; warns outside the plan year of site.yaml), --summary "…", --indicators 1.4,4.1,
 * --pillars 1,4, --author "…", --mdx (to use Callout, Figure, IndicatorLink), --draft.
 * Honours PORTAL_CONTENT_DIR like the build does.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { getContentDir } from '../src/lib/content/content-dir-fs.ts';
import { vietnameseDateToIso } from '../src/lib/content/schemas/common.ts';
import { isIsoDate } from '../src/lib/format/date.ts';
import { newPostPath, newPostText, postSlugFromTitle } from '../src/lib/posts/new-post.ts';
import { parsePostPath } from '../src/lib/posts/path.ts';
import { compareVietnamese, normalizeForMatch } from '../src/lib/text/fold.ts';
import { loadUnitsForImport } from './lib/units-fs.ts';

const USAGE = 'Cách dùng: npm run new-post -- --unit <mã đơn vị> --title "Tiêu đề bài viết"\nVí dụ:     npm run new-post -- --unit phuong-tran-phu --title "Phường Trần Phú ra mắt chuyên mục Chuyển đổi số"';

function fail(message: string): never {
  console.error(`Lỗi: ${message}\n\n${USAGE}\nXem hướng dẫn: CONTRIBUTING.md`);
  process.exit(1);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      unit: { type: 'string' },
      title: { type: 'string' },
      date: { type: 'string' },
      summary: { type: 'string' },
      indicators: { type: 'string' },
      pillars: { type: 'string' },
      author: { type: 'string' },
      mdx: { type: 'boolean' },
      draft: { type: 'boolean' },
    },
  }));
} catch (error) {
  fail(`không hiểu tham số (${(error as Error).message})`);
}

const unitId = typeof values.unit === 'string' ? values.unit.trim() : '';
const title = typeof values.title === 'string' ? values.title.trim().normalize('NFC') : '';
if (!unitId) fail('thiếu --unit (mã đơn vị trong content/units.yaml)');
if (!title) fail('thiếu --title (tiêu đề bài viết, đặt trong dấu nháy kép)');

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const date = typeof values.date === 'string' ? values.date : today;
if (!isIsoDate(date)) {
  const fitted = vietnameseDateToIso(date);
  fail(`ngày "${date}" không đúng dạng năm-tháng-ngày, ví dụ --date ${fitted ?? '2024-03-05'}${fitted ? ' (ngày bạn đã gõ)' : ''}`);
}

const contentDir = getContentDir();
/** The plan year from site.yaml: only posts dated in it count for indicator 1.4. */
function planYear(): number | undefined {
  try {
    const year = (parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8'), { maxAliasCount: 0 }) as { year?: unknown } | null)?.year;
    return typeof year === 'number' ? year : undefined;
  } catch {
    return undefined;
  }
}
const year = planYear();
const outsidePlanYear = year !== undefined && !date.startsWith(`${year}-`);
const { units } = loadUnitsForImport(join(contentDir, 'units.yaml'));
const unit = units.find((candidate) => candidate.id === unitId);
if (!unit) {
  const wanted = normalizeForMatch(unitId.replace(/-/g, ' '));
  const near = units.filter((candidate) => normalizeForMatch(candidate.name).includes(wanted) || candidate.id.includes(unitId));
  const list = (near.length > 0 ? near : units)
    .sort((a, b) => compareVietnamese(a.name, b.name))
    .map((candidate) => `  ${candidate.id.padEnd(28)} ${candidate.name}`)
    .join('\n');
  fail(`không có đơn vị mã "${unitId}". ${near.length > 0 ? 'Có phải một trong các mã sau' : 'Các mã có thể dùng'}:\n${list}`);
}

const split = (text: unknown) => (typeof text === 'string' ? text.split(',').map((part) => part.trim()).filter(Boolean) : []);
const pillars = split(values.pillars).map(Number);
if (pillars.some((pillar) => !Number.isInteger(pillar) || pillar < 1)) fail('--pillars cần các số thứ tự trụ cột cách nhau dấu phẩy, ví dụ --pillars 1,4');

const postsDir = join(contentDir, 'posts');
const taken = new Set<string>();
if (existsSync(postsDir)) {
  for (const folder of readdirSync(postsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const name of readdirSync(join(postsDir, folder.name))) {
      const parsed = parsePostPath(`${folder.name}/${name}`);
      if (parsed.ok) taken.add(parsed.value.slug);
    }
  }
}

const input = {
  unit: unit.id,
  title,
  date,
  summary: typeof values.summary === 'string' ? values.summary.trim() : undefined,
  author: typeof values.author === 'string' ? values.author.trim() : undefined,
  pillars,
  indicators: split(values.indicators),
  format: values.mdx ? ('mdx' as const) : ('md' as const),
  draft: values.draft === true,
};
let slug: string;
try {
  slug = postSlugFromTitle(title, taken);
} catch {
  fail('tiêu đề cần có chữ cái hoặc chữ số');
}
const path = join(postsDir, newPostPath(input, slug));
if (existsSync(path)) fail(`tệp ${relative(process.cwd(), path)} đã có; hãy chọn tiêu đề khác`);
mkdirSync(join(postsDir, unit.id), { recursive: true });
writeFileSync(path, newPostText(input), 'utf8');

if (outsidePlanYear) {
  console.warn(`Cảnh báo: ngày ${date} nằm ngoài năm kế hoạch ${year}; bài vẫn được đăng nhưng không được tính cho chỉ số 1.4.
  Nếu bài viết về hoạt động năm ${year}, tạo lại với --date, ví dụ --date ${year}-10-15 (và xóa tệp vừa tạo).
`);
}
console.log(`Đã tạo bài viết mới: ${relative(process.cwd(), path)}

Việc tiếp theo:
  1. Mở tệp, sửa phần tóm tắt (summary) và viết nội dung thay cho các dòng hướng dẫn.
  2. Kiểm tra: npm run check
  3. Xem trước: npm run dev, rồi mở http://localhost:4321/chuyen-doi-so/${slug}/
${input.draft ? '  (Bài đang là bản nháp: đổi draft: false khi muốn đăng.)\n' : ''}Xem hướng dẫn: CONTRIBUTING.md`);
