/**
 * Writes the demonstration news posts into content/posts/: about 60 posts on
 * real indicators of the plan, spread over city agencies and several wards and
 * communes (leaving some with none), each marked `demo: true`.
 *
 *   npm run demo-posts
 *
 * Reproducible: a fixed seed drives every choice, so running it twice writes
 * the same bytes. Only files it generated before (demo posts and their
 * "anh-minh-hoa-*.png" images) are replaced; real posts are never touched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { getContentDir } from '../src/lib/content/content-dir-fs.ts';
import { loadPortalContentFromDir } from '../src/lib/loading/load-fs.ts';
import type { Unit } from '../src/lib/content/schemas/unit.ts';
import { toIsoDate } from '../src/lib/format/date.ts';
import { newPostPath, newPostText, postSlugFromTitle, type NewPostInput } from '../src/lib/posts/new-post.ts';
import { loadUnitsForImport } from './lib/units-fs.ts';
import { createRandom } from './lib/seeded-random.ts';

const SEED = 20_240_310;

const random = createRandom(SEED);
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
/** Fisher–Yates with the seeded generator: the same order on every run and every engine. */
function shuffle<T>(items: readonly T[]): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}

/** A date in a month window of 2024, at most the 14th of October (the data are as of 15/10/2024). */
function dateIn(fromMonth: number, toMonth: number): string {
  const month = between(fromMonth, Math.min(toMonth, 10));
  const lastDay = month === 10 ? 14 : month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return toIsoDate(2024, month, between(2, lastDay)) ?? '2024-06-01';
}

/** How a unit is named inside a sentence: "phường Trần Phú", "Phòng Kinh tế". */
function inSentence(unit: Unit): string {
  return unit.kind === 'ward' || unit.kind === 'commune' ? unit.name.charAt(0).toLowerCase() + unit.name.slice(1) : unit.name;
}

interface Draft {
  title: string;
  /** The URL slug, when the title alone would give a long or ambiguous one. */
  slug?: string;
  summary: string;
  indicators: string[];
  body: string;
  months: [number, number];
  format?: 'md' | 'mdx';
  /** A drawn image (a key of COVERS), written beside the post. */
  cover?: string;
  /** False when the image appears only in the body (COVER_FILE), not as the cover. */
  coverInFrontmatter?: boolean;
  draft?: boolean;
  date?: string;
}

type Topic = (unit: Unit) => Draft;

// ——— Topics for wards and communes ———
const WARD_TOPICS: Topic[] = [
  (u) => ({
    slug: `ra-mat-chuyen-muc-chuyen-doi-so-${u.id}`,
    title: `${u.name} ra mắt chuyên mục Chuyển đổi số trên trang thông tin điện tử`,
    summary: `Từ nay, người dân theo dõi tin tức, hướng dẫn và kết quả chuyển đổi số của ${inSentence(u)} tại một chuyên mục riêng, cập nhật hằng tuần.`,
    indicators: ['1.4'],
    months: [2, 4],
    body: `Thực hiện Kế hoạch nâng cao Chỉ số chuyển đổi số năm 2024 của thành phố, UBND ${inSentence(u)} đã ra mắt chuyên mục **Chuyển đổi số** trên trang thông tin điện tử của đơn vị.

Chuyên mục đăng tải các nội dung chính:

- tin hoạt động chuyển đổi số của ${inSentence(u)};
- hướng dẫn sử dụng dịch vụ công trực tuyến, ứng dụng VNeID, thanh toán không dùng tiền mặt;
- kết quả thực hiện các chỉ tiêu chuyển đổi số của địa phương.

Theo kế hoạch, trong năm 2024 mỗi phường, xã đăng tải trên 20 tin, bài về chuyển đổi số. Cán bộ văn hóa – xã hội được giao biên tập, đăng bài định kỳ mỗi tuần.`,
  }),
  (u) => ({
    slug: `phat-thanh-chuyen-muc-chuyen-doi-so-${u.id}`,
    title: `Đài truyền thanh ${inSentence(u)} phát chuyên mục chuyển đổi số hằng tuần`,
    summary: `Mỗi sáng thứ Hai, hệ thống truyền thanh cơ sở của ${inSentence(u)} phát chuyên mục riêng về chuyển đổi số, kéo dài khoảng 10 phút.`,
    indicators: ['1.7', '1.8'],
    months: [2, 5],
    body: `Hệ thống truyền thanh cơ sở của ${inSentence(u)} đã dành khung giờ cố định để phát chuyên mục chuyển đổi số vào **6 giờ 30 sáng thứ Hai hằng tuần**, phát lại vào 17 giờ cùng ngày.

Nội dung các số phát sóng tập trung vào những việc người dân làm được ngay: kích hoạt tài khoản định danh điện tử, nộp hồ sơ trực tuyến, nhận diện cuộc gọi và tin nhắn lừa đảo.

| Tuần | Nội dung |
| --- | --- |
| Tuần 1 | Lợi ích của tài khoản định danh điện tử mức 2 |
| Tuần 2 | Nộp hồ sơ dịch vụ công trực tuyến tại nhà |
| Tuần 3 | Thanh toán không dùng tiền mặt ở chợ dân sinh |
| Tuần 4 | Cảnh giác với lừa đảo trên không gian mạng |

Người dân có thể góp ý nội dung cho chuyên mục qua bộ phận văn hóa – xã hội của UBND ${inSentence(u)}.`,
  }),
  (u) => ({
    slug: `kien-toan-to-cong-nghe-so-cong-dong-${u.id}`,
    title: `${u.name} kiện toàn Tổ công nghệ số cộng đồng tại các tổ dân phố, thôn`,
    summary: `Mỗi tổ dân phố, thôn của ${inSentence(u)} có một Tổ công nghệ số cộng đồng gồm trưởng thôn, công an viên, đoàn viên thanh niên và hội viên phụ nữ.`,
    indicators: ['4.1', '4.2'],
    months: [1, 4],
    body: `UBND ${inSentence(u)} đã ban hành quyết định kiện toàn Tổ công nghệ số cộng đồng tại ${between(6, 14)} tổ dân phố, thôn trên địa bàn.

Thành viên mỗi tổ gồm trưởng thôn hoặc tổ trưởng tổ dân phố, công an viên, đoàn viên thanh niên và hội viên phụ nữ. Tổ có nhiệm vụ đến từng hộ gia đình hướng dẫn người dân:

1. cài đặt và kích hoạt ứng dụng VNeID;
2. tạo tài khoản và nộp hồ sơ trên Cổng Dịch vụ công;
3. mở tài khoản ngân hàng, thanh toán bằng mã QR;
4. nhận biết và phòng tránh lừa đảo trực tuyến.

Các tổ được tập huấn kỹ năng trên nền tảng OneTouch trước khi ra quân.`,
  }),
  (u) => ({
    slug: `ho-tro-kich-hoat-dinh-danh-dien-tu-${u.id}`,
    title: `${u.name} ra quân hỗ trợ người dân kích hoạt tài khoản định danh điện tử`,
    summary: `Đoàn viên thanh niên và công an ${inSentence(u)} tổ chức các buổi hỗ trợ cuối tuần tại nhà văn hóa để người dân kích hoạt tài khoản VNeID mức 2.`,
    indicators: ['8.1'],
    months: [3, 8],
    cover: 'qr',
    body: `Trong hai ngày cuối tuần, Công an ${inSentence(u)} phối hợp với Đoàn thanh niên tổ chức điểm hỗ trợ kích hoạt tài khoản định danh điện tử tại nhà văn hóa các tổ dân phố, thôn.

Người dân mang theo căn cước công dân gắn chip và điện thoại thông minh đã cài ứng dụng VNeID. Các tình nguyện viên hướng dẫn từng bước, từ kích hoạt tài khoản đến tích hợp giấy phép lái xe, thẻ bảo hiểm y tế.

Theo kế hoạch của thành phố, mục tiêu năm 2024 là 100% người dân từ 14 tuổi trở lên có danh tính số. Người dân chưa kích hoạt có thể liên hệ công an ${inSentence(u)} để được hỗ trợ vào giờ hành chính.`,
  }),
  (u) => ({
    slug: `huong-dan-nop-ho-so-truc-tuyen-${u.id}`,
    title: `Bộ phận một cửa ${inSentence(u)} hướng dẫn người dân nộp hồ sơ trực tuyến`,
    summary: `Tại bộ phận tiếp nhận và trả kết quả của ${inSentence(u)}, công chức hướng dẫn người dân tự nộp hồ sơ trên Cổng Dịch vụ công thay vì nộp giấy.`,
    indicators: ['6.4', '6.6'],
    months: [2, 10],
    body: `Từ đầu năm, bộ phận tiếp nhận và trả kết quả của ${inSentence(u)} bố trí một máy tính và một công chức thường trực để hướng dẫn người dân tự nộp hồ sơ trực tuyến.

Các thủ tục được hướng dẫn nhiều nhất là đăng ký khai sinh, chứng thực bản sao và đăng ký thường trú. Người dân nhận kết quả qua dịch vụ bưu chính công ích hoặc trực tiếp tại bộ phận một cửa.

Kế hoạch của thành phố đặt mục tiêu 90% dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến trong năm 2024.`,
  }),
  (u) => ({
    slug: `thanh-toan-khong-dung-tien-mat-tai-cho-${u.id}`,
    title: `Chợ dân sinh ${inSentence(u)} đẩy mạnh thanh toán không dùng tiền mặt`,
    summary: `Tiểu thương tại chợ dân sinh trên địa bàn ${inSentence(u)} được hỗ trợ mở tài khoản và in mã QR để nhận tiền qua ứng dụng ngân hàng.`,
    indicators: ['8.2'],
    months: [4, 9],
    body: `UBND ${inSentence(u)} phối hợp với các ngân hàng thương mại hỗ trợ tiểu thương tại chợ dân sinh mở tài khoản thanh toán và in mã QR nhận tiền.

Người mua chỉ cần quét mã bằng ứng dụng ngân hàng, không cần chuẩn bị tiền lẻ. Tiểu thương được hướng dẫn kiểm tra thông báo nhận tiền trước khi giao hàng để tránh bị lừa bằng ảnh chụp màn hình giả.

Hoạt động góp phần vào mục tiêu 90% người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng.`,
  }),
  (u) => ({
    slug: `tap-huan-ky-nang-so-onetouch-${u.id}`,
    title: `Tập huấn kỹ năng số cơ bản trên nền tảng OneTouch cho người dân ${inSentence(u)}`,
    summary: `Hơn một trăm người dân ${inSentence(u)}, phần lớn là người cao tuổi, được hướng dẫn học kỹ năng số cơ bản trên nền tảng OneTouch.`,
    indicators: ['4.7', '8.5'],
    months: [5, 10],
    body: `UBND ${inSentence(u)} tổ chức lớp hướng dẫn người dân học kỹ năng số cơ bản trên nền tảng học trực tuyến mở đại trà OneTouch.

Học viên được hướng dẫn tạo tài khoản, học các bài về sử dụng điện thoại thông minh, tìm kiếm thông tin trên Internet và giữ an toàn khi dùng mạng xã hội. Mỗi bài học dài khoảng 10 phút, có thể học lại nhiều lần trên điện thoại.

Sau buổi tập huấn, các Tổ công nghệ số cộng đồng tiếp tục hỗ trợ người dân hoàn thành khóa học tại nhà.`,
  }),
  (u) => ({
    slug: `ban-hanh-ke-hoach-chuyen-doi-so-2024-${u.id}`,
    title: `${u.name} ban hành Kế hoạch chuyển đổi số năm 2024`,
    summary: `Kế hoạch giao nhiệm vụ cụ thể cho từng công chức và tổ dân phố, thôn, bám sát các chỉ số của Kế hoạch nâng cao Chỉ số chuyển đổi số của thành phố.`,
    indicators: ['2.3'],
    months: [2, 3],
    body: `UBND ${inSentence(u)} đã ban hành Kế hoạch chuyển đổi số năm 2024, cụ thể hóa Kế hoạch nâng cao Chỉ số chuyển đổi số của thành phố.

Kế hoạch xác định ba nhóm nhiệm vụ trọng tâm: nâng cao nhận thức của người dân, đẩy mạnh dịch vụ công trực tuyến và phát triển xã hội số. Mỗi nhiệm vụ có công chức chủ trì, thời hạn hoàn thành và sản phẩm cụ thể.

Hằng quý, UBND ${inSentence(u)} tổng hợp kết quả, báo cáo Phòng Văn hóa và Thông tin thành phố.`,
  }),
  (u) => ({
    slug: `hop-ban-chi-dao-chuyen-doi-so-${u.id}`,
    title: `Chủ tịch UBND ${inSentence(u)} chủ trì họp Ban chỉ đạo chuyển đổi số`,
    summary: `Cuộc họp đánh giá kết quả quý, chỉ ra các chỉ tiêu còn chậm và giao nhiệm vụ cho từng thành viên Ban chỉ đạo chuyển đổi số của ${inSentence(u)}.`,
    indicators: ['1.2.2'],
    months: [4, 10],
    body: `Chủ tịch UBND ${inSentence(u)}, Trưởng Ban chỉ đạo chuyển đổi số, đã chủ trì cuộc họp đánh giá kết quả thực hiện nhiệm vụ chuyển đổi số trong quý.

Ban chỉ đạo ghi nhận kết quả tích cực về dịch vụ công trực tuyến và tài khoản định danh điện tử; đồng thời chỉ ra các chỉ tiêu còn chậm như số tin, bài trên chuyên mục chuyển đổi số và tỷ lệ hộ gia đình có địa chỉ số.

Chủ tịch UBND yêu cầu các thành viên bám sát địa bàn được phân công, báo cáo tiến độ hằng tháng.`,
  }),
  (u) => ({
    slug: `gan-dia-chi-so-cho-ho-gia-dinh-${u.id}`,
    title: `Gắn địa chỉ số cho hộ gia đình trên địa bàn ${inSentence(u)}`,
    summary: `Bưu điện thành phố phối hợp với ${inSentence(u)} gắn mã địa chỉ số cho từng hộ gia đình, giúp giao nhận hàng hóa và cứu hộ nhanh hơn.`,
    indicators: ['8.4'],
    months: [6, 10],
    body: `Bưu điện thành phố phối hợp với UBND ${inSentence(u)} triển khai gắn địa chỉ số cho các hộ gia đình trên địa bàn.

Mỗi hộ được cấp một mã địa chỉ số gắn với vị trí trên bản đồ số. Mã này giúp việc giao nhận bưu gửi, hàng hóa thương mại điện tử và các dịch vụ khẩn cấp đến đúng nơi, nhanh hơn.

Người dân có thể tra cứu và cập nhật địa chỉ số của gia đình qua ứng dụng của Bưu điện hoặc nhờ Tổ công nghệ số cộng đồng hỗ trợ.`,
  }),
  (u) => ({
    slug: `phong-chong-lua-dao-truc-tuyen-${u.id}`,
    title: `Tuyên truyền phòng, chống lừa đảo trực tuyến cho người dân ${inSentence(u)}`,
    summary: `Công an ${inSentence(u)} cảnh báo các thủ đoạn lừa đảo qua điện thoại và mạng xã hội đang phổ biến, hướng dẫn cách nhận biết và trình báo.`,
    indicators: ['5.5.7'],
    months: [3, 10],
    body: `Công an ${inSentence(u)} tổ chức buổi tuyên truyền về các thủ đoạn lừa đảo trực tuyến đang phổ biến: giả danh cơ quan công an gọi điện yêu cầu chuyển tiền, gửi đường link giả mạo ứng dụng VNeID, tuyển cộng tác viên "việc nhẹ lương cao".

Người dân được khuyến cáo:

- không bấm vào đường link lạ, không cài ứng dụng ngoài kho ứng dụng chính thức;
- không cung cấp mã OTP cho bất kỳ ai;
- khi nghi ngờ, gọi ngay cho công an ${inSentence(u)} hoặc số điện thoại khẩn cấp 113.`,
  }),
  (u) => ({
    slug: `dua-nong-san-len-san-thuong-mai-dien-tu-${u.id}`,
    title: `Hỗ trợ hộ sản xuất ${inSentence(u)} đưa nông sản lên sàn thương mại điện tử`,
    summary: `Các hộ sản xuất được hướng dẫn mở gian hàng trên sàn Postmart và Voso, chụp ảnh sản phẩm và nhận đơn hàng qua điện thoại.`,
    indicators: ['7.9'],
    months: [5, 9],
    body: `UBND ${inSentence(u)} phối hợp với Bưu điện thành phố hướng dẫn các hộ sản xuất mở gian hàng trên sàn thương mại điện tử postmart.vn và voso.vn.

Các hộ được hỗ trợ chụp ảnh sản phẩm, viết mô tả, niêm yết giá và xử lý đơn hàng. Bưu điện nhận hàng tại nhà và giao đến người mua trên cả nước.

Hoạt động góp phần tăng số lượng giao dịch trên các sàn thương mại điện tử, một chỉ tiêu của trụ cột kinh tế số.`,
  }),
];

// ——— City agencies and organisations ———
const CITY_POSTS: Record<string, Draft[]> = {
  'phong-vhtt': [
    {
      title: 'Thành phố ban hành Kế hoạch nâng cao Chỉ số chuyển đổi số năm 2024',
      summary: 'Kế hoạch giao 79 chỉ số thuộc 8 trụ cột cho các cơ quan, đơn vị và UBND các phường, xã, kèm thời hạn và minh chứng cụ thể.',
      indicators: ['2.3'],
      months: [2, 2],
      format: 'mdx',
      body: `UBND thành phố đã ban hành Kế hoạch nâng cao Chỉ số chuyển đổi số (DTI) năm 2024. Phụ lục kèm theo giao 79 chỉ số thuộc 8 trụ cột cho từng cơ quan chủ trì, cơ quan phối hợp, với thời hạn và minh chứng cụ thể.

<Callout type="note" title="Ba chỉ số người dân dễ thấy nhất">
- <IndicatorLink id="1.4">Chuyên mục chuyển đổi số</IndicatorLink> trên cổng thông tin của thành phố và từng phường, xã;
- <IndicatorLink id="6.4">Dịch vụ công trực tuyến</IndicatorLink> có phát sinh hồ sơ;
- <IndicatorLink id="8.1">Danh tính số</IndicatorLink> cho người dân từ 14 tuổi trở lên.
</Callout>

Phòng Văn hóa và Thông tin là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả thực hiện, báo cáo UBND thành phố hằng quý.

Toàn bộ Kế hoạch, Phụ lục phân công và tiến độ từng chỉ số được công khai trên cổng này.`,
    },
    {
      title: 'Cổng thông tin điện tử thành phố ra mắt chuyên mục Chuyển đổi số',
      summary: 'Chuyên mục tập hợp tin, bài về chuyển đổi số của các cơ quan thành phố và 16 phường, xã; mục tiêu năm 2024 là trên 50 tin, bài.',
      indicators: ['1.4'],
      months: [2, 3],
      body: `Chuyên mục Chuyển đổi số của Cổng thông tin điện tử thành phố chính thức hoạt động. Đây là nơi đăng tin, bài của các cơ quan, đơn vị thành phố và của 16 phường, xã.

Theo Kế hoạch, trong năm 2024 Cổng thông tin điện tử thành phố đăng tải **trên 50 tin, bài** về chuyển đổi số, mỗi phường, xã **trên 20 tin, bài**. Số tin, bài được đếm tự động ngay trên cổng, theo từng đơn vị.

Biên tập viên các đơn vị gửi bài theo hướng dẫn trong tài liệu CONTRIBUTING.md của cổng.`,
    },
    {
      title: 'Tập huấn chuyển đổi số cho cán bộ, công chức các phường, xã',
      summary: 'Hơn 200 cán bộ, công chức được tập huấn về nền tảng số dùng chung, xử lý văn bản trên môi trường mạng và bảo đảm an toàn thông tin.',
      indicators: ['4.5'],
      months: [3, 5],
      cover: 'class',
      coverInFrontmatter: false,
      format: 'mdx',
      body: `Phòng Văn hóa và Thông tin tổ chức lớp tập huấn chuyển đổi số cho cán bộ, công chức các cơ quan thành phố và UBND các phường, xã.

<Figure caption="Lớp tập huấn được tổ chức tại hội trường UBND thành phố (hình minh họa).">

![Hình minh họa: màn hình trình chiếu và các hàng ghế của một lớp tập huấn](COVER_FILE)

</Figure>

Nội dung tập huấn gồm: sử dụng các nền tảng số dùng chung của tỉnh; xử lý hồ sơ công việc trên môi trường mạng; ký số văn bản; các nguyên tắc cơ bản bảo đảm an toàn thông tin.

Kết thúc lớp học, học viên làm bài kiểm tra trực tuyến để đánh giá mức độ nắm bắt kiến thức.`,
    },
    {
      title: 'Phổ biến kỹ năng bảo đảm an toàn thông tin cho cán bộ, công chức',
      summary: 'Cán bộ, công chức được hướng dẫn đặt mật khẩu mạnh, bật xác thực hai lớp và nhận diện thư điện tử giả mạo.',
      indicators: ['5.5.7'],
      months: [4, 8],
      body: `Phòng Văn hóa và Thông tin phổ biến các kỹ năng cơ bản bảo đảm an toàn thông tin đến cán bộ, công chức, viên chức và người lao động trong các cơ quan.

Các khuyến cáo chính:

- dùng mật khẩu dài, khác nhau cho từng hệ thống, bật xác thực hai lớp;
- không mở tệp đính kèm, đường link trong thư điện tử không rõ nguồn gốc;
- cập nhật hệ điều hành, phần mềm diệt virus thường xuyên;
- báo ngay cho bộ phận công nghệ thông tin khi nghi ngờ máy tính bị nhiễm mã độc.`,
    },
    {
      title: 'Kiện toàn Ban chỉ đạo chuyển đổi số thành phố',
      summary: 'Bí thư Thành ủy làm Trưởng ban, Chủ tịch UBND thành phố làm Phó Trưởng ban thường trực Ban chỉ đạo chuyển đổi số.',
      indicators: ['1.1'],
      months: [1, 2],
      body: `Ban Thường vụ Thành ủy đã kiện toàn Ban chỉ đạo chuyển đổi số thành phố. Bí thư Thành ủy làm Trưởng ban; Chủ tịch UBND thành phố làm Phó Trưởng ban thường trực.

Ban chỉ đạo có nhiệm vụ chỉ đạo, điều phối việc thực hiện chuyển đổi số trên địa bàn; họp định kỳ hằng quý để đánh giá kết quả và tháo gỡ khó khăn.

UBND các phường, xã kiện toàn Ban chỉ đạo cấp mình theo cùng mô hình.`,
    },
    {
      title: 'Triển khai các nền tảng số dùng chung của tỉnh tại các cơ quan thành phố',
      summary: 'Các cơ quan thành phố dùng thống nhất hệ thống quản lý văn bản, thư điện tử công vụ và nền tảng họp trực tuyến của tỉnh.',
      indicators: ['3.4'],
      months: [2, 6],
      body: `Các cơ quan, đơn vị thành phố và UBND các phường, xã đã sử dụng thống nhất các nền tảng số dùng chung của tỉnh: hệ thống quản lý văn bản và điều hành, thư điện tử công vụ, nền tảng họp trực tuyến.

Việc dùng chung giúp tiết kiệm chi phí đầu tư, bảo đảm dữ liệu được kết nối, chia sẻ giữa các cấp.

Phòng Văn hóa và Thông tin hướng dẫn, hỗ trợ kỹ thuật khi các đơn vị gặp vướng mắc.`,
    },
    {
      title: 'Hướng dẫn nghiệp vụ cho Tổ công nghệ số cộng đồng các phường, xã',
      summary: 'Tổ trưởng Tổ công nghệ số cộng đồng của 16 phường, xã được hướng dẫn cách hỗ trợ người dân dùng dịch vụ số thiết yếu.',
      indicators: ['4.1', '4.2'],
      months: [3, 6],
      body: `Phòng Văn hóa và Thông tin tổ chức hướng dẫn nghiệp vụ cho tổ trưởng Tổ công nghệ số cộng đồng của các phường, xã.

Học viên được thực hành hướng dẫn người dân cài VNeID, nộp hồ sơ trực tuyến, thanh toán bằng mã QR và học trên nền tảng OneTouch. Mỗi tổ nhận một bộ tài liệu hướng dẫn in sẵn để phát cho người dân.

Kế hoạch đặt mục tiêu 100% phường, xã và 100% thôn, tổ dân phố có Tổ công nghệ số cộng đồng hoạt động thường xuyên.`,
    },
    {
      title: 'Thử nghiệm trợ lý ảo hỗ trợ cán bộ, công chức tra cứu văn bản',
      summary: 'Một số cơ quan thành phố thử nghiệm trợ lý ảo dùng trí tuệ nhân tạo để tra cứu văn bản quy phạm pháp luật và tóm tắt tài liệu.',
      indicators: ['6.11', '3.5'],
      months: [6, 9],
      body: `Phòng Văn hóa và Thông tin phối hợp với doanh nghiệp công nghệ thử nghiệm trợ lý ảo hỗ trợ cán bộ, công chức tra cứu văn bản quy phạm pháp luật và tóm tắt tài liệu dài.

Trong giai đoạn thử nghiệm, trợ lý ảo chỉ dùng văn bản đã công khai; không đưa dữ liệu cá nhân hay tài liệu mật vào hệ thống.

Kết quả thử nghiệm sẽ được đánh giá trước khi đề xuất mở rộng.`,
    },
    {
      title: 'Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10',
      summary: 'Thành phố tổ chức chuỗi hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia: trưng bày dịch vụ số, hỗ trợ người dân tại các nhà văn hóa.',
      indicators: ['8.5'],
      months: [10, 10],
      date: '2024-10-10',
      body: `Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10, thành phố tổ chức chuỗi hoạt động trong tuần lễ chuyển đổi số.

Tại các nhà văn hóa, Tổ công nghệ số cộng đồng hỗ trợ người dân kích hoạt tài khoản định danh điện tử, cài ứng dụng ngân hàng, đăng ký học kỹ năng số. Các doanh nghiệp viễn thông giới thiệu gói cước ưu đãi cho hộ gia đình.

Các phường, xã đồng loạt phát chuyên mục chuyển đổi số trên hệ thống truyền thanh cơ sở.`,
    },
    {
      title: 'UBND thành phố ban hành văn bản chỉ đạo đẩy mạnh chuyển đổi số',
      summary: 'Văn bản yêu cầu người đứng đầu các cơ quan, đơn vị và UBND các phường, xã trực tiếp chỉ đạo, chịu trách nhiệm về kết quả chuyển đổi số.',
      indicators: ['1.3'],
      months: [2, 4],
      body: `Chủ tịch UBND thành phố đã ký văn bản chỉ đạo đẩy mạnh chuyển đổi số trên địa bàn.

Văn bản yêu cầu người đứng đầu các cơ quan, đơn vị và UBND các phường, xã trực tiếp chỉ đạo, chịu trách nhiệm về kết quả thực hiện các chỉ số được giao; báo cáo kết quả định kỳ hằng tháng qua Phòng Văn hóa và Thông tin.`,
    },
    {
      title: 'Phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin',
      summary: 'Các hệ thống thông tin của thành phố được xác định cấp độ và triển khai phương án bảo vệ theo hồ sơ đã được phê duyệt.',
      indicators: ['5.1', '5.2'],
      months: [5, 9],
      body: `Phòng Văn hóa và Thông tin đã hoàn thành việc xây dựng hồ sơ đề xuất cấp độ an toàn cho các hệ thống thông tin do thành phố quản lý.

Sau khi hồ sơ được phê duyệt, các cơ quan vận hành triển khai đầy đủ phương án bảo vệ: sao lưu dữ liệu định kỳ, phân quyền truy cập, giám sát an toàn và ứng cứu khi có sự cố.`,
    },
  ],
  'van-phong-hdnd-ubnd': [
    {
      title: 'Họp trực tuyến từ thành phố đến 16 phường, xã trên nền tảng dùng chung',
      summary: 'Các cuộc họp của UBND thành phố với phường, xã được tổ chức trực tuyến, giảm thời gian đi lại và chi phí hội nghị.',
      indicators: ['6.8'],
      months: [2, 6],
      body: `Văn phòng HĐND và UBND thành phố đã đưa nền tảng họp trực tuyến đến các cơ quan thành phố và UBND 16 phường, xã.

Các cuộc họp giao ban, triển khai nhiệm vụ được tổ chức trực tuyến; tài liệu họp gửi trước qua hệ thống quản lý văn bản. Cán bộ có thể tham dự từ thiết bị cá nhân khi đi công tác.`,
    },
    {
      title: 'Trợ lý ảo giải đáp thủ tục hành chính cho người dân',
      summary: 'Người dân hỏi về hồ sơ, lệ phí, thời hạn giải quyết thủ tục hành chính và nhận trả lời tự động qua trang Zalo của UBND thành phố.',
      indicators: ['6.9'],
      months: [5, 9],
      body: `Văn phòng HĐND và UBND thành phố đưa vào hoạt động trợ lý ảo giải đáp thủ tục hành chính trên trang Zalo chính thức của UBND thành phố.

Người dân nhắn câu hỏi, trợ lý ảo trả lời về thành phần hồ sơ, lệ phí, thời hạn giải quyết và dẫn đường link đến thủ tục trên Cổng Dịch vụ công. Các câu hỏi phức tạp được chuyển cho công chức trả lời trong giờ hành chính.`,
    },
    {
      title: 'Khảo sát mức độ hài lòng khi sử dụng dịch vụ công trực tuyến',
      summary: 'Sau mỗi hồ sơ, người dân được mời đánh giá mức độ hài lòng; kết quả được dùng để cải thiện quy trình giải quyết thủ tục.',
      indicators: ['6.7'],
      months: [6, 10],
      body: `Văn phòng HĐND và UBND thành phố triển khai khảo sát mức độ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công trực tuyến.

Sau khi nhận kết quả, người dân nhận tin nhắn mời đánh giá theo bốn tiêu chí: thời gian, thái độ phục vụ, sự thuận tiện của hệ thống và mức độ minh bạch. Các ý kiến chưa hài lòng được chuyển đến đơn vị giải quyết để trả lời.`,
    },
    {
      title: 'Xử lý hồ sơ công việc trên môi trường mạng tại các cơ quan thành phố',
      summary: 'Văn bản đi, đến và hồ sơ công việc được xử lý, ký số và lưu trữ trên hệ thống quản lý văn bản, trừ hồ sơ mật.',
      indicators: ['6.13'],
      months: [3, 9],
      body: `Các cơ quan thành phố và UBND các phường, xã xử lý hồ sơ công việc trên hệ thống quản lý văn bản và điều hành, trừ hồ sơ thuộc phạm vi bí mật nhà nước.

Kế hoạch đặt mục tiêu 90% hồ sơ công việc tại thành phố và 70% tại UBND phường, xã được xử lý trên môi trường mạng. Văn phòng HĐND và UBND thành phố theo dõi tỷ lệ này hằng tháng.`,
    },
    {
      title: 'Kết nối mạng truyền số liệu chuyên dùng đến UBND các phường, xã',
      summary: 'UBND 16 phường, xã được kết nối mạng truyền số liệu chuyên dùng, bảo đảm đường truyền an toàn cho các hệ thống dùng chung.',
      indicators: ['3.3'],
      months: [1, 4],
      body: `Văn phòng HĐND và UBND thành phố phối hợp với doanh nghiệp viễn thông hoàn thành kết nối mạng truyền số liệu chuyên dùng đến UBND các phường, xã.

Đường truyền riêng giúp các hệ thống quản lý văn bản, một cửa điện tử và họp trực tuyến hoạt động ổn định, an toàn hơn so với Internet thông thường.`,
    },
  ],
  'phong-tckh': [
    {
      title: 'Doanh nghiệp nhỏ và vừa được giới thiệu chương trình SMEdx',
      summary: 'Hội nghị giới thiệu các nền tảng số hỗ trợ doanh nghiệp nhỏ và vừa về kế toán, bán hàng, hóa đơn điện tử trong chương trình SMEdx.',
      indicators: ['7.4', '7.5'],
      months: [4, 8],
      body: `Phòng Tài chính – Kế hoạch tổ chức hội nghị giới thiệu chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số (SMEdx) cho các doanh nghiệp trên địa bàn.

Doanh nghiệp được giới thiệu các nền tảng số về kế toán, quản lý bán hàng, hóa đơn điện tử và hợp đồng điện tử, nhiều nền tảng có thời gian dùng thử miễn phí.

Kế hoạch đặt mục tiêu tối thiểu 10% doanh nghiệp tiếp cận chương trình SMEdx và 15% doanh nghiệp nhỏ và vừa sử dụng nền tảng số.`,
    },
    {
      title: 'Bố trí kinh phí cho chuyển đổi số trong dự toán năm 2024',
      summary: 'Dự toán chi thường xuyên năm 2024 dành tối thiểu 2% cho chuyển đổi số, theo Mục IV của Kế hoạch.',
      indicators: ['2.7', '6.12'],
      months: [1, 3],
      body: `Phòng Tài chính – Kế hoạch đã tham mưu UBND thành phố bố trí kinh phí cho chuyển đổi số trong dự toán năm 2024.

Theo Mục IV của Kế hoạch, kinh phí dành cho chuyển đổi số tối thiểu 2% tổng chi thường xuyên. Các cơ quan, đơn vị lập dự toán chi tiết cho từng nhiệm vụ được giao.`,
    },
  ],
  'phong-kinh-te': [
    {
      title: 'Đưa đặc sản địa phương lên sàn thương mại điện tử Postmart và Voso',
      summary: 'Phòng Kinh tế phối hợp với Bưu điện thành phố hỗ trợ các hợp tác xã mở gian hàng và giao hàng trên sàn thương mại điện tử.',
      indicators: ['7.9'],
      months: [5, 8],
      body: `Phòng Kinh tế phối hợp với Bưu điện thành phố hỗ trợ các hợp tác xã, hộ sản xuất đưa đặc sản địa phương lên sàn thương mại điện tử postmart.vn và voso.vn.

Các sản phẩm được chụp ảnh, mô tả và gắn mã truy xuất nguồn gốc. Bưu điện nhận hàng tại nơi sản xuất và giao đến người mua.`,
    },
    {
      title: 'Trang Zalo của UBND thành phố tiếp nhận phản ánh của người dân',
      summary: 'Người dân gửi phản ánh về hạ tầng, môi trường, trật tự đô thị kèm hình ảnh, vị trí qua trang Zalo chính thức và theo dõi kết quả xử lý.',
      indicators: ['6.3', '8.8'],
      months: [3, 7],
      body: `Trang Zalo chính thức của UBND thành phố đã mở chức năng tiếp nhận phản ánh, kiến nghị của người dân về hạ tầng, môi trường và trật tự đô thị.

Người dân gửi phản ánh kèm hình ảnh và vị trí; cơ quan chức năng tiếp nhận, chuyển đơn vị xử lý và trả lời công khai. Đây là kênh tương tác trực tuyến bên cạnh Cổng thông tin điện tử.`,
    },
  ],
  'phong-noi-vu': [
    {
      title: 'Khuyến khích người dân sử dụng dịch vụ công trực tuyến',
      summary: 'Thành phố ban hành chính sách miễn, giảm phí và ưu tiên trả kết quả sớm cho hồ sơ nộp trực tuyến.',
      indicators: ['2.8'],
      months: [2, 5],
      body: `Phòng Nội vụ tham mưu UBND thành phố ban hành chính sách khuyến khích người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến.

Hồ sơ nộp trực tuyến được ưu tiên giải quyết, trả kết quả qua bưu chính công ích; một số thủ tục được giảm lệ phí theo quy định của tỉnh.`,
    },
  ],
  'phong-ldtbxh': [
    {
      title: 'Tập huấn kỹ năng số cho người lao động tại các doanh nghiệp',
      summary: 'Người lao động được hướng dẫn dùng ứng dụng bảo hiểm xã hội số, tìm việc làm trực tuyến và giữ an toàn tài khoản ngân hàng.',
      indicators: ['4.6'],
      months: [6, 9],
      body: `Phòng Lao động – Thương binh và Xã hội phối hợp với các doanh nghiệp tổ chức tập huấn kỹ năng số cho người lao động.

Nội dung gồm: sử dụng ứng dụng VssID, tìm kiếm việc làm trên các sàn giao dịch việc làm trực tuyến, bảo vệ tài khoản ngân hàng và thông tin cá nhân.`,
    },
  ],
  'phong-gddt': [
    {
      title: 'Các trường học triển khai học bạ số và sổ điểm điện tử',
      summary: 'Các trường tiểu học, trung học cơ sở trên địa bàn dùng học bạ số, sổ điểm điện tử và kho học liệu số dùng chung.',
      indicators: ['4.8'],
      months: [8, 10],
      body: `Phòng Giáo dục và Đào tạo hướng dẫn các trường tiểu học, trung học cơ sở triển khai học bạ số và sổ điểm điện tử từ năm học mới.

Giáo viên được tập huấn nhập điểm, nhận xét trên hệ thống; phụ huynh theo dõi kết quả học tập của con qua ứng dụng. Kho học liệu số dùng chung giúp giáo viên chia sẻ bài giảng.`,
    },
    {
      title: 'Giáo dục kỹ năng an toàn trên môi trường mạng cho học sinh',
      summary: 'Học sinh được học cách bảo vệ thông tin cá nhân, ứng xử văn minh và tìm sự giúp đỡ khi bị bắt nạt trên mạng.',
      indicators: ['4.9'],
      months: [3, 5],
      body: `Các trường tiểu học, trung học cơ sở lồng ghép nội dung giáo dục kỹ năng an toàn trên môi trường mạng vào giờ sinh hoạt lớp.

Học sinh được hướng dẫn không chia sẻ thông tin cá nhân, ứng xử văn minh trên mạng xã hội và báo ngay cho thầy cô, cha mẹ khi bị bắt nạt hay bị dụ dỗ trên mạng.`,
    },
  ],
  'cong-an-thanh-pho': [
    {
      title: 'Công an thành phố đẩy nhanh cấp tài khoản định danh điện tử mức 2',
      summary: 'Các điểm tiếp nhận làm việc cả ngày thứ Bảy để người dân làm thủ tục cấp tài khoản định danh điện tử mức 2.',
      indicators: ['8.1'],
      months: [2, 6],
      body: `Công an thành phố bố trí các điểm tiếp nhận hồ sơ cấp tài khoản định danh điện tử mức 2, làm việc cả ngày thứ Bảy.

Người dân mang căn cước công dân gắn chip và điện thoại có số thuê bao chính chủ. Sau khi được phê duyệt, người dân kích hoạt tài khoản trên ứng dụng VNeID theo hướng dẫn của cán bộ.`,
    },
    {
      title: 'Cảnh báo thủ đoạn giả danh cơ quan nhà nước để lừa đảo',
      summary: 'Công an thành phố ghi nhận nhiều vụ giả danh cán bộ thuế, điện lực, công an gọi điện yêu cầu cài ứng dụng lạ để chiếm đoạt tài khoản.',
      indicators: ['5.4'],
      months: [6, 10],
      body: `Công an thành phố cảnh báo thủ đoạn giả danh cán bộ cơ quan nhà nước gọi điện, yêu cầu người dân cài ứng dụng lạ hoặc bấm vào đường link để "cập nhật thông tin".

Cơ quan nhà nước không yêu cầu người dân cài ứng dụng hay chuyển tiền qua điện thoại. Khi nhận cuộc gọi nghi vấn, người dân cần dừng cuộc gọi và báo cho công an nơi cư trú.`,
    },
  ],
  'chi-cuc-thue': [
    {
      title: 'Doanh nghiệp, hộ kinh doanh nộp thuế điện tử',
      summary: 'Chi cục Thuế hỗ trợ doanh nghiệp và hộ kinh doanh khai, nộp thuế qua ứng dụng eTax Mobile và cổng thuế điện tử.',
      indicators: ['7.7'],
      months: [3, 7],
      body: `Chi cục Thuế khu vực Bắc Giang – Yên Dũng hỗ trợ doanh nghiệp và hộ kinh doanh khai, nộp thuế điện tử qua ứng dụng eTax Mobile và cổng thuế điện tử.

Kế hoạch đặt mục tiêu 100% doanh nghiệp nộp thuế điện tử. Người nộp thuế cần hỗ trợ có thể liên hệ bộ phận một cửa của Chi cục Thuế.`,
    },
  ],
  'buu-dien-thanh-pho': [
    {
      title: 'Bưu điện văn hóa xã kết nối Internet băng rộng phục vụ người dân',
      summary: 'Các điểm bưu điện văn hóa xã có Internet băng rộng, máy tính và nhân viên hỗ trợ người dân nộp hồ sơ trực tuyến.',
      indicators: ['7.8'],
      months: [4, 8],
      body: `Bưu điện thành phố hoàn thành kết nối Internet băng rộng cho các điểm bưu điện văn hóa xã trên địa bàn.

Tại các điểm này, người dân được hỗ trợ nộp hồ sơ dịch vụ công trực tuyến, nhận kết quả và mua bán hàng hóa trên sàn thương mại điện tử.`,
    },
  ],
  'thanh-doan': [
    {
      title: 'Đoàn viên thanh niên hỗ trợ người dân mở tài khoản và dùng chữ ký số',
      summary: 'Các đội hình thanh niên tình nguyện hướng dẫn người dân mở tài khoản ngân hàng, đăng ký chữ ký số cá nhân.',
      indicators: ['8.2', '8.3'],
      months: [6, 8],
      body: `Thành đoàn ra quân các đội hình thanh niên tình nguyện hỗ trợ người dân trong dịp hè.

Đoàn viên hướng dẫn người dân mở tài khoản ngân hàng trên điện thoại, thanh toán bằng mã QR, đăng ký chữ ký số cá nhân để ký hồ sơ trực tuyến.`,
    },
  ],
};

// ——— The city radio's weekly programme (Trung tâm Văn hóa và Thông tin) ———
const RADIO_EPISODES: [string, string[], string][] = [
  ['Cài đặt và sử dụng ứng dụng VNeID', ['8.1'], 'cách cài đặt ứng dụng VNeID, kích hoạt tài khoản và tích hợp giấy tờ cá nhân'],
  ['Thanh toán không dùng tiền mặt', ['8.2'], 'lợi ích của thanh toán bằng mã QR và cách giữ an toàn tài khoản ngân hàng'],
  ['Nhận diện tin nhắn, cuộc gọi lừa đảo', ['5.5.7'], 'những dấu hiệu của tin nhắn, cuộc gọi lừa đảo và cách trình báo'],
  ['Nộp hồ sơ dịch vụ công trực tuyến tại nhà', ['6.4'], 'các bước tạo tài khoản và nộp hồ sơ trên Cổng Dịch vụ công'],
  ['Tổ công nghệ số cộng đồng đến từng nhà', ['4.2'], 'hoạt động của Tổ công nghệ số cộng đồng ở các thôn, tổ dân phố'],
  ['Mua bán nông sản trên sàn thương mại điện tử', ['7.9'], 'cách mở gian hàng và nhận đơn trên các sàn thương mại điện tử'],
  ['Chữ ký số cá nhân', ['8.3'], 'chữ ký số cá nhân là gì và dùng để làm gì khi nộp hồ sơ trực tuyến'],
  ['Bảo vệ trẻ em trên môi trường mạng', ['4.9'], 'cách cha mẹ đồng hành cùng con khi dùng Internet'],
  ['Địa chỉ số cho hộ gia đình', ['8.4'], 'địa chỉ số giúp gì cho việc giao nhận hàng hóa và cứu hộ'],
  ['Học kỹ năng số trên nền tảng OneTouch', ['4.7'], 'cách đăng ký và học các khóa kỹ năng số miễn phí trên OneTouch'],
];

function radioPosts(): Draft[] {
  return RADIO_EPISODES.map(([topic, indicators, detail], index) => {
    const month = 1 + Math.floor((index * 9) / RADIO_EPISODES.length);
    return {
      title: `Chuyên mục Chuyển đổi số trên sóng phát thanh thành phố: ${topic}`,
      slug: `phat-thanh-chuyen-doi-so-so-${index + 1}`,
      summary: `Số phát sóng thứ ${index + 1} của chuyên mục Chuyển đổi số trên Đài Phát thanh thành phố giới thiệu ${detail}.`,
      indicators: ['1.5', '1.6', ...indicators],
      months: [month, month + 1],
      body: `Trung tâm Văn hóa và Thông tin thành phố phát sóng số thứ ${index + 1} của chuyên mục **Chuyển đổi số**, chủ đề "${topic}".

Chương trình giới thiệu ${detail}, với phần hỏi đáp cùng cán bộ chuyên môn và chia sẻ của người dân đã làm được.

Chuyên mục phát sóng định kỳ hằng tuần trên Đài Phát thanh thành phố và được các đài truyền thanh phường, xã tiếp sóng. Theo Kế hoạch, chuyên mục phát sóng tối thiểu một lần mỗi tuần.`,
    };
  });
}

/** Wards and communes with posts, and how many; the others deliberately have none. */
const WARD_POST_COUNTS: Record<string, number> = {
  'phuong-tran-phu': 6,
  'phuong-ngo-quyen': 4,
  'xa-song-mai': 3,
  'phuong-dinh-ke': 3,
  'phuong-tho-xuong': 2,
  'phuong-xuong-giang': 2,
  'xa-dinh-tri': 2,
  'phuong-my-do': 1,
  'xa-tan-tien': 1,
};

// ——— Cover images: small PNGs drawn here, so they are reproducible and local ———
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function encodePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x += 1) raw.set(pixel(x, y), y * (width * 3 + 1) + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

const COVERS: Record<string, { alt: string; draw: (x: number, y: number) => [number, number, number] }> = (() => {
  const blue: [number, number, number] = [11, 74, 133];
  const white: [number, number, number] = [255, 255, 255];
  const dark: [number, number, number] = [26, 26, 26];
  const cream: [number, number, number] = [255, 244, 204];
  const modules = Array.from({ length: 21 * 21 }, () => random() < 0.5);
  const finder = (mx: number, my: number) =>
    [[0, 0], [14, 0], [0, 14]].some(([fx = 0, fy = 0]) => mx >= fx && mx < fx + 7 && my >= fy && my < fy + 7 && (mx === fx || mx === fx + 6 || my === fy || my === fy + 6 || (mx >= fx + 2 && mx <= fx + 4 && my >= fy + 2 && my <= fy + 4)));
  return {
    qr: {
      alt: 'Hình minh họa: điện thoại hiển thị mã QR trên nền xanh, tượng trưng cho dịch vụ số',
      draw: (x, y) => {
        const inPhone = x >= 200 && x < 440 && y >= 20 && y < 340;
        if (!inPhone) return blue;
        const mx = Math.floor((x - 225) / 9);
        const my = Math.floor((y - 80) / 9);
        if (mx >= 0 && mx < 21 && my >= 0 && my < 21) return finder(mx, my) || (!finder(mx, my) && modules[my * 21 + mx] && !(mx < 8 && my < 8) && !(mx > 12 && my < 8) && !(mx < 8 && my > 12)) ? dark : white;
        return y > 300 && y < 312 && x > 280 && x < 360 ? dark : white;
      },
    },
    class: {
      alt: 'Hình minh họa: màn hình trình chiếu và các hàng ghế của một lớp tập huấn',
      draw: (x, y) => {
        if (x >= 140 && x < 500 && y >= 30 && y < 190) {
          if (x < 148 || x >= 492 || y < 38 || y >= 182) return dark;
          return y > 60 && y < 70 && x > 180 && x < 420 ? blue : y > 90 && y < 96 && (x - 180) % 60 < 45 && x < 460 ? dark : white;
        }
        for (let row = 0; row < 3; row += 1) {
          const top = 220 + row * 45;
          if (y >= top && y < top + 22 && x >= 60 + row * 20 && x < 580 - row * 20 && (x - 60) % 70 < 52) return blue;
        }
        return cream;
      },
    },
  };
})();

// ——— Writing ———
function removePreviousDemo(postsDir: string): void {
  if (!existsSync(postsDir)) return;
  for (const folder of readdirSync(postsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const dir = join(postsDir, folder.name);
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const generatedImage = /^anh-minh-hoa-.*\.png$/.test(name);
      const frontmatter = /\.mdx?$/.test(name) ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1] : undefined;
      const demoPost = frontmatter !== undefined && /^demo: true\s*$/m.test(frontmatter);
      if (generatedImage || demoPost) unlinkSync(path);
    }
    if (readdirSync(dir).length === 0) rmdirSync(dir);
  }
}

const contentDir = getContentDir();
const postsDir = join(contentDir, 'posts');
const { units } = loadUnitsForImport(join(contentDir, 'units.yaml'));
const unitById = new Map(units.map((unit) => [unit.id, unit]));
const need = (id: string): Unit => {
  const unit = unitById.get(id);
  if (!unit) throw new Error(`content/units.yaml không có đơn vị "${id}" mà bài minh họa cần`);
  return unit;
};

const planned: { unit: Unit; draft: Draft }[] = [];
for (const [id, drafts] of Object.entries(CITY_POSTS)) for (const draft of drafts) planned.push({ unit: need(id), draft });
for (const draft of radioPosts()) planned.push({ unit: need('trung-tam-vhtt'), draft });
for (const [id, count] of Object.entries(WARD_POST_COUNTS)) {
  const unit = need(id);
  const topics = shuffle(WARD_TOPICS).slice(0, count);
  for (const topic of topics) planned.push({ unit, draft: topic(unit) });
}
// One draft, to show that drafts are checked but never published or counted.
planned.push({
  unit: need('phuong-tran-phu'),
  draft: {
    title: 'Phường Trần Phú sơ kết chuyển đổi số 9 tháng đầu năm (bản nháp)',
    summary: 'Bản nháp báo cáo sơ kết; chưa đăng.',
    indicators: ['1.4'],
    months: [10, 10],
    draft: true,
    body: 'Nội dung đang được biên tập.',
  },
});

removePreviousDemo(postsDir);
const taken = new Set<string>();
let written = 0;
for (const { unit, draft } of planned) {
  const date = draft.date ?? dateIn(draft.months[0], draft.months[1]);
  const format = draft.format ?? 'md';
  const slug = postSlugFromTitle(draft.slug ?? draft.title, taken);
  taken.add(slug);
  const cover = draft.cover ? COVERS[draft.cover] : undefined;
  const coverFile = cover ? `anh-minh-hoa-${slug}.png` : undefined;
  const input: NewPostInput = {
    unit: unit.id,
    title: draft.title,
    date,
    summary: draft.summary,
    indicators: draft.indicators,
    format,
    draft: draft.draft ?? false,
    demo: true,
    body: coverFile ? draft.body.replaceAll('COVER_FILE', `./${coverFile}`) : draft.body,
    ...(cover && coverFile && draft.coverInFrontmatter !== false ? { cover: { src: `./${coverFile}`, alt: cover.alt } } : {}),
  };
  mkdirSync(join(postsDir, unit.id), { recursive: true });
  writeFileSync(join(postsDir, newPostPath(input, slug)), newPostText(input), 'utf8');
  if (cover && coverFile) writeFileSync(join(postsDir, unit.id, coverFile), encodePng(640, 360, cover.draw));
  written += 1;
}

const content = loadPortalContentFromDir(contentDir);
const published = (content.posts ?? []).filter((post) => !post.draft).length;
console.log(`Đã ghi ${written} bài viết minh họa (${published} bài đăng, ${written - published} bản nháp) vào ${postsDir}; nội dung hợp lệ.`);
