import { describe, expect, it } from 'vitest';
import { escapeAnnotationData, escapeAnnotationProperty, formatAnnotation, formatStepSummary } from '../../src/lib/content/github-annotations.ts';

describe('escapeAnnotationData / escapeAnnotationProperty: GitHub workflow-command escaping', () => {
  it.each([
    ['50% đã xong', '50%25 đã xong', '50%25 đã xong'],
    ['dòng 1\ndòng 2', 'dòng 1%0Adòng 2', 'dòng 1%0Adòng 2'],
    ['Windows\r\n', 'Windows%0D%0A', 'Windows%0D%0A'],
    ['trường "summary", dòng 2: lỗi', 'trường "summary", dòng 2: lỗi', 'trường "summary"%2C dòng 2%3A lỗi'],
    ['%0A đã mã hóa sẵn', '%250A đã mã hóa sẵn', '%250A đã mã hóa sẵn'],
  ])('%j → data %j, property %j', (text, data, property) => {
    expect(escapeAnnotationData(text)).toBe(data);
    expect(escapeAnnotationProperty(text)).toBe(property);
  });
});

describe('formatAnnotation', () => {
  it.each([
    [
      { file: 'content/posts/phuong-tran-phu/2024-05-10-ho-tro.md', line: 2, column: 1, field: 'summary', message: 'thiếu trường bắt buộc này', fix: 'ví dụ summary: "Tóm tắt"' },
      'error',
      '::error file=content/posts/phuong-tran-phu/2024-05-10-ho-tro.md,line=2,col=1,title=Lỗi nội dung — trường "summary"::thiếu trường bắt buộc này%0ACách sửa: ví dụ summary: "Tóm tắt"',
    ],
    [
      { file: 'content/progress/xa-dong-son.yaml', line: 18, column: 5, entry: 'báo cáo chỉ số "2.1"', field: 'updated', message: '100% sai' },
      'error',
      '::error file=content/progress/xa-dong-son.yaml,line=18,col=5,title=Lỗi nội dung — báo cáo chỉ số "2.1"%2C trường "updated"::100%25 sai',
    ],
    [
      { file: 'content/posts/phong-vhtt/2025-01-03-tin.md', line: 4, column: 7, field: 'date', message: 'ngoài năm kế hoạch' },
      'warning',
      '::warning file=content/posts/phong-vhtt/2025-01-03-tin.md,line=4,col=7,title=Cảnh báo nội dung — trường "date"::ngoài năm kế hoạch',
    ],
    [{ file: 'content/site.yaml', message: 'tệp UTF-16' }, 'error', '::error file=content/site.yaml,title=Lỗi nội dung::tệp UTF-16'],
    [{ file: 'content/indicators/', message: 'không có tệp chỉ số nào' }, 'error', '::error title=Lỗi nội dung::không có tệp chỉ số nào'],
    [{ file: 'content/a,b:c.yaml', line: 1, message: 'x' }, 'error', '::error file=content/a%2Cb%3Ac.yaml,line=1,title=Lỗi nội dung::x'],
  ] as const)('%j as %s', (issue, level, expected) => {
    expect(formatAnnotation(issue, level)).toBe(expected);
  });

  it('keeps a hostile message on one command line: no newline can start a second workflow command', () => {
    const line = formatAnnotation({ file: 'content/site.yaml', line: 1, message: 'x\n::add-mask::bí mật\r\n::error::giả' }, 'error');
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('::error file=content/site.yaml,line=1,title=Lỗi nội dung::x%0A::add-mask::bí mật%0D%0A::error::giả');
  });
});

describe('formatStepSummary: the Vietnamese job summary', () => {
  it('says the content is valid when nothing was found', () => {
    expect(formatStepSummary([], [])).toMatch(/^## Kiểm tra nội dung: hợp lệ\n\nKhông có lỗi hay cảnh báo nào\./);
  });

  it('lists errors then warnings with place and fix, and escapes the content\'s Markdown', () => {
    const summary = formatStepSummary(
      [{ file: 'content/posts/a/2024-01-02-b.md', line: 2, column: 1, field: 'summary', message: 'thiếu <script> | *đậm*', fix: 'ghi summary: "…"' }],
      [{ file: 'content/posts/a/2024-01-02-b.md', line: 9, message: 'còn dòng hướng dẫn' }],
    );
    expect(summary).toContain('## Kiểm tra nội dung: 1 lỗi, trang chưa thể dựng');
    expect(summary).toContain('### Lỗi (1) — cần sửa trước khi gộp\n\n- `content/posts/a/2024-01-02-b.md:2:1` — trường "summary": thiếu \\<script\\> \\| \\*đậm\\*\n  - Cách sửa: ghi summary: "…"');
    expect(summary).toContain('### Cảnh báo (1) — không chặn, nhưng nên xem lại\n\n- `content/posts/a/2024-01-02-b.md:9` — còn dòng hướng dẫn');
    expect(summary.indexOf('### Lỗi')).toBeLessThan(summary.indexOf('### Cảnh báo'));
  });
});
