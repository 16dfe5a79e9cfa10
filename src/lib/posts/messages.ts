/**
 * Every message a post's body can earn, in one place: what is wrong, then how
 * to fix it with a correct example. Tests quote these words exactly.
 */
import { POST_COMPONENT_NAMES, POST_COMPONENTS, POST_HTML_ELEMENTS, type PostComponentName } from './components.ts';
import type { HtmlCommentKind } from './html-scan.ts';
import { assetReferenceSuffix, POST_IMAGE_EXTENSIONS } from './urls.ts';

/** What is wrong and how to fix it; the caller adds the file and line. */
export interface PostProblem {
  message: string;
  fix: string;
}

const IMAGE_EXAMPLE = '![Cán bộ phường hướng dẫn người dân cài đặt VNeID](./anh-huong-dan-vneid.jpg)';
const LINK_EXAMPLE = '[Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn)';

/**
 * Shortens a quoted value so a message stays on one line.
 * @example
 * quote('javascript:alert(document.cookie)'); // '"javascript:alert(document.cookie)"'
 */
export function quote(value: string, max = 48): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

const componentList = POST_COMPONENT_NAMES.join(', ');
const htmlList = Object.keys(POST_HTML_ELEMENTS).map((name) => `<${name}>`).join(', ');

/** Messages for post bodies, keyed by rule. */
export const postMessages = {
  esm: (code: string): PostProblem =>
    code.trimStart().startsWith('export')
      ? {
          message: `có lệnh export ${quote(code)}: bài viết là nội dung, không được khai báo mã`,
          fix: 'xóa dòng này; thông tin của bài (tiêu đề, ngày, đơn vị…) ghi ở phần đầu tệp, giữa hai dòng ---',
        }
      : {
          message: `có lệnh import ${quote(code)}: bài viết là nội dung, không được nạp mã hay thành phần từ nơi khác`,
          fix: `xóa dòng này; các thành phần ${componentList} dùng được ngay mà không cần import`,
        },
  expression: (code: string, where?: string): PostProblem => ({
    message: `${where ? `${where} là` : 'có'} biểu thức JavaScript ${quote(`{${code}}`)}: bài viết không được chạy mã`,
    fix: where
      ? 'ghi giá trị trong dấu nháy kép, ví dụ type="note"'
      : 'xóa cặp ngoặc nhọn; muốn hiện dấu ngoặc nhọn như chữ thường, viết \\{ và \\}',
  }),
  unknownComponent: (name: string): PostProblem => ({
    message: `thành phần <${name}> không có trong danh sách được phép`,
    fix: `chỉ dùng ${componentList}, không cần import, ví dụ ${POST_COMPONENTS.Callout.example}`,
  }),
  forbiddenElement: (name: string): PostProblem => {
    const reasons: Record<string, PostProblem> = {
      script: { message: 'bài viết không được chứa mã chạy trên trang', fix: 'xóa thẻ này cùng nội dung bên trong' },
      style: { message: 'bài viết không được thay đổi giao diện của cổng', fix: 'xóa thẻ này; giao diện do cổng quy định chung' },
      iframe: { message: 'bài viết không được nhúng trang web khác', fix: `thay bằng một liên kết, ví dụ [Xem video](https://www.youtube.com/watch?v=…)` },
      object: { message: 'bài viết không được nhúng tệp hay chương trình', fix: `thay bằng một liên kết tới tệp, ví dụ ${LINK_EXAMPLE}` },
      link: { message: 'bài viết không được nạp tệp hay trang từ nơi khác vào trang', fix: `xóa thẻ này; muốn dẫn tới trang khác, viết liên kết, ví dụ ${LINK_EXAMPLE}` },
      meta: {
        message: 'bài viết không được đổi thông tin của trang hay tự chuyển người đọc sang trang khác (http-equiv="refresh")',
        fix: 'xóa thẻ này; tiêu đề, tóm tắt của bài ghi ở phần đầu tệp, giữa hai dòng ---',
      },
      base: { message: 'thẻ này đổi đích của mọi liên kết trên trang', fix: `xóa thẻ này; mỗi liên kết ghi địa chỉ đầy đủ, ví dụ ${LINK_EXAMPLE}` },
      form: {
        message: 'bài viết không được có biểu mẫu gửi dữ liệu của người đọc đi nơi khác',
        fix: `xóa biểu mẫu; dẫn người đọc tới trang dịch vụ bằng một liên kết, ví dụ ${LINK_EXAMPLE}`,
      },
      svg: { message: 'hình SVG viết thẳng vào bài có thể chứa mã và làm trình duyệt đọc sai phần sau', fix: `lưu hình thành tệp ảnh ${POST_IMAGE_EXTENSIONS.slice(0, 3).join(', ')} cạnh bài viết, ví dụ ${IMAGE_EXAMPLE}` },
      math: { message: 'công thức MathML viết thẳng vào bài làm trình duyệt đọc sai phần sau', fix: 'viết công thức bằng chữ, ví dụ x<sup>2</sup>, hoặc chèn ảnh chụp công thức' },
      template: { message: 'nội dung trong thẻ này bị ẩn và được trình duyệt đọc theo cách khác', fix: 'xóa thẻ này, giữ phần nội dung viết bằng Markdown' },
      noscript: { message: 'nội dung trong thẻ này được trình duyệt đọc theo cách khác', fix: 'xóa thẻ này, giữ phần nội dung viết bằng Markdown' },
    };
    for (const [alias, same] of [['frame', 'iframe'], ['frameset', 'iframe'], ['embed', 'object'], ['applet', 'object']] as const) reasons[alias] = reasons[same] as PostProblem;
    const reason = reasons[name] ?? { message: 'thẻ này không được phép', fix: 'xóa thẻ này' };
    return { message: `có thẻ <${name}>: ${reason.message}`, fix: reason.fix };
  },
  eventAttribute: (element: string, attribute: string): PostProblem => ({
    message: `thẻ <${element}> có thuộc tính "${attribute}": thuộc tính on… chạy mã JavaScript`,
    fix: `xóa thuộc tính "${attribute}"`,
  }),
  javascriptUrl: (url: string): PostProblem => ({
    message: `địa chỉ ${quote(url)} chạy mã JavaScript khi được mở`,
    fix: `dùng địa chỉ web đầy đủ bắt đầu bằng https://, ví dụ ${LINK_EXAMPLE}`,
  }),
  dataUrl: (url: string, isImage: boolean): PostProblem => ({
    message: `địa chỉ ${quote(url)} nhúng dữ liệu thẳng vào bài (data:)`,
    fix: isImage
      ? `lưu ảnh thành tệp cạnh bài viết và dẫn tới tệp đó, ví dụ ${IMAGE_EXAMPLE}`
      : `dẫn tới một trang web bằng địa chỉ bắt đầu bằng https://, ví dụ ${LINK_EXAMPLE}`,
  }),
  leavesSite: (url: string, host: string): PostProblem => ({
    message: `địa chỉ ${quote(url)} trông như một đường dẫn trên cổng nhưng trình duyệt mở sang máy chủ khác "${host}"`,
    fix: `đường dẫn trên cổng bắt đầu bằng đúng một dấu / và không có dấu \\, ví dụ [Chỉ số 1.4](/chi-so/1-4/); trang của nơi khác thì ghi đầy đủ, ví dụ ${LINK_EXAMPLE}`,
  }),
  malformedWebUrl: (url: string, detail: string): PostProblem => ({
    message: `địa chỉ ${quote(url)} ${detail}`,
    fix: `ghi đầy đủ https://tên-miền/…, ví dụ ${LINK_EXAMPLE}`,
  }),
  credentialsUrl: (url: string, host: string): PostProblem => ({
    message: `địa chỉ ${quote(url)} có phần đứng trước dấu @, nên thật ra dẫn tới máy chủ "${host}"`,
    fix: `xóa phần trước dấu @; ghi đúng địa chỉ của trang, ví dụ ${LINK_EXAMPLE}`,
  }),
  otherScheme: (url: string, scheme: string): PostProblem => ({
    message: `địa chỉ ${quote(url)} dùng giao thức "${scheme}:" không được hỗ trợ`,
    fix: `dùng địa chỉ bắt đầu bằng https://, mailto: hoặc tel:, ví dụ ${LINK_EXAMPLE}`,
  }),
  remoteImage: (url: string, folder: string): PostProblem => ({
    message: `ảnh lấy từ máy chủ khác ${quote(url)}: ảnh từ nơi khác cho phép bên ngoài theo dõi người đọc`,
    fix: `tải ảnh về, đặt vào thư mục ${folder}/ cạnh bài viết và dẫn tới tệp đó, ví dụ ${IMAGE_EXAMPLE}`,
  }),
  /** resolvePostAsset refuses both a path out of the folder and a "?…"/"#…" suffix; the message says which. */
  imageOutsideFolder: (url: string, folder: string): PostProblem => {
    const suffix = assetReferenceSuffix(url);
    if (suffix !== undefined) {
      return {
        message: `ảnh ${quote(url)} có phần ${quote(suffix, 24)} sau tên tệp: phần ? hoặc # khiến tệp được nạp như mã hay văn bản, không như ảnh`,
        fix: `chỉ ghi tên tệp ảnh, bỏ phần ${quote(suffix, 24)}, ví dụ ${IMAGE_EXAMPLE}`,
      };
    }
    return {
      message: `ảnh ${quote(url)} nằm ngoài thư mục của đơn vị`,
      fix: `đặt tệp ảnh vào thư mục ${folder}/ và viết đường dẫn bắt đầu bằng ./, ví dụ ${IMAGE_EXAMPLE}`,
    };
  },
  imageNotFound: (url: string, folder: string): PostProblem => ({
    message: `không tìm thấy tệp ảnh ${quote(url)}`,
    fix: `đặt tệp ảnh vào thư mục ${folder}/ cạnh bài viết; kiểm tra tên tệp, kể cả chữ hoa, chữ thường`,
  }),
  imageFormat: (url: string): PostProblem => ({
    message: `ảnh ${quote(url)} có định dạng không được hỗ trợ${/\.svg$/i.test(url) ? ' (tệp SVG có thể chứa mã)' : ''}`,
    fix: `dùng ảnh ${POST_IMAGE_EXTENSIONS.join(', ')}`,
  }),
  imageNotAFile: (url: string): PostProblem => ({
    message: `ảnh ${quote(url)} không dẫn tới một tệp ảnh`,
    fix: `dẫn tới tệp ảnh đặt cạnh bài viết, ví dụ ${IMAGE_EXAMPLE}`,
  }),
  imageAlt: (url: string): PostProblem => ({
    message: `ảnh ${quote(url)} thiếu mô tả (alt) cho người không xem được ảnh`,
    fix: `ghi mô tả nội dung ảnh trong ngoặc vuông, ví dụ ${IMAGE_EXAMPLE}`,
  }),
  htmlElement: (name: string): PostProblem => {
    const fixes: Record<string, string> = {
      img: `chèn ảnh bằng cú pháp Markdown, ví dụ ${IMAGE_EXAMPLE}`,
      a: `viết liên kết bằng cú pháp Markdown, ví dụ ${LINK_EXAMPLE}`,
    };
    return {
      message: `thẻ HTML <${name}> không được hỗ trợ trong bài viết`,
      fix: fixes[name] ?? `viết bằng Markdown (tiêu đề #, danh sách -, bảng |, **chữ đậm**); các thẻ HTML được phép: ${htmlList}`,
    };
  },
  htmlAttribute: (element: string, attribute: string): PostProblem => {
    const allowed = POST_HTML_ELEMENTS[element] ?? [];
    return {
      message: `thẻ <${element}> có thuộc tính "${attribute}" không được hỗ trợ`,
      fix: allowed.length > 0 ? `xóa thuộc tính này; thẻ <${element}> chỉ nhận: ${allowed.join(', ')}` : `xóa thuộc tính này; thẻ <${element}> không nhận thuộc tính nào`,
    };
  },
  htmlComment: (kind: HtmlCommentKind, source: string): PostProblem => {
    const what: Record<HtmlCommentKind, string> = {
      comment: 'chú thích HTML',
      cdata: 'đoạn <![CDATA[…]]>, trình duyệt đọc như một chú thích HTML',
      'processing-instruction': 'khai báo <?…?>, trình duyệt đọc như một chú thích HTML',
      'bogus-end-tag': 'thẻ đóng sai dạng, trình duyệt đọc như một chú thích HTML',
      declaration: 'khai báo <!…>, trình duyệt đọc như một chú thích HTML',
    };
    const silencer = /html-validate|eslint|prettier/i.test(source) ? ' (chú thích này còn tắt bộ kiểm tra của cổng)' : '';
    return {
      message: `có ${what[kind]} ${quote(source)}${silencer}: bài viết không được chứa chú thích, vì trình duyệt có thể kết thúc chú thích ở chỗ khác người viết nghĩ (ở <!-->, --!>…) và hiện phần sau lên trang`,
      fix:
        kind === 'comment'
          ? 'xóa cả chú thích, từ <!-- tới -->; ghi chú cho người duyệt bài thì viết trong mô tả của pull request'
          : 'xóa phần này; muốn viết dấu < như chữ thường, đặt dấu \\ phía trước: \\<',
    };
  },
  unfinishedTag: (source: string): PostProblem => ({
    message: `thẻ HTML ${quote(source)} chưa đóng: thiếu dấu > hoặc dấu nháy đóng, nên phần viết sau đó có thể bị trình duyệt đọc thành thuộc tính của thẻ`,
    fix: 'viết trọn thẻ trên một đoạn, ví dụ <abbr title="Chuyển đổi số">CĐS</abbr>; muốn viết dấu < như chữ thường, đặt dấu \\ phía trước: \\<',
  }),
  htmlDeclaration: (text: string): PostProblem => ({
    message: `có khai báo ${quote(text)} không được hỗ trợ trong bài viết`,
    fix: 'xóa phần này',
  }),
  componentProp: (name: PostComponentName, prop: string): PostProblem => {
    const props = Object.keys(POST_COMPONENTS[name].props);
    return {
      message: `thành phần <${name}> không có thuộc tính "${prop}"`,
      fix: `các thuộc tính dùng được: ${props.join(', ')}; ví dụ ${POST_COMPONENTS[name].example}`,
    };
  },
  componentPropValue: (name: PostComponentName, prop: string, value: string | undefined, allowed: readonly string[] | undefined): PostProblem => ({
    message: allowed
      ? `thuộc tính "${prop}" của <${name}> phải là một trong: ${allowed.join(', ')} (đang là ${value === undefined ? 'để trống' : quote(value)})`
      : `thuộc tính "${prop}" của <${name}> cần một giá trị trong dấu nháy kép`,
    fix: `ví dụ ${POST_COMPONENTS[name].example}`,
  }),
  componentPropMissing: (name: PostComponentName, prop: string): PostProblem => ({
    message: `thành phần <${name}> thiếu thuộc tính "${prop}"`,
    fix: `ví dụ ${POST_COMPONENTS[name].example}`,
  }),
  componentChildren: (name: PostComponentName): PostProblem => ({
    message: `thành phần <${name}> không nhận nội dung bên trong`,
    fix: `viết thẻ tự đóng, ví dụ ${POST_COMPONENTS[name].example}`,
  }),
  unknownIndicator: (id: string): PostProblem => ({
    message: `không có chỉ số "${id}" trong Phụ lục`,
    fix: 'dùng mã của một chỉ số có trong content/indicators/, ví dụ <IndicatorLink id="1.4" />',
  }),
  mdxSyntax: (reason: string): PostProblem => ({
    message: `sai cú pháp MDX (${reason})`,
    fix: 'kiểm tra các dấu <, >, {, } ở dòng này: mỗi thẻ mở cần thẻ đóng; muốn viết các dấu đó như chữ thường, đặt dấu \\ phía trước; bài không dùng thành phần nào thì nên đổi đuôi tệp thành .md',
  }),
} as const;
