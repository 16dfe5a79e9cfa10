/**
 * One helper reads every address from content as a browser does (WHATWG URL):
 * paths on the portal stay on it, web addresses are written in full.
 */
import { describe, expect, it } from 'vitest';
import { httpUrlSchema, sitePathSchema, webOrSitePathSchema } from '../../src/lib/content/schemas/common.ts';
import { checkUrl, classifyUrl, describeUrlProblem, LINK_KINDS } from '../../src/lib/text/safe-url.ts';

describe('checkUrl: where the browser really goes', () => {
  it.each([
    ['/\\evil.example/dang-nhap', 'evil.example'],
    ['//evil.example/', 'evil.example'],
    ['/\t/evil.example/', 'evil.example'],
    ['/\n/evil.example/', 'evil.example'],
    ['\\\\evil.example\\x', 'evil.example'],
    ['\\/evil.example', 'evil.example'],
    [' //evil.example', 'evil.example'],
  ])('%j looks like a path but leads to %s', (url, host) => {
    expect(checkUrl(url, LINK_KINDS)).toMatchObject({ ok: false, kind: 'protocol-relative', problem: { reason: 'leaves-site', host } });
  });

  it.each([
    ['https:evil.example', 'missing-slashes'],
    ['HTTP:evil.example/x', 'missing-slashes'],
    ['https://dichvucong.gov.vn@evil.example/', 'credentials'],
    ['https://exa mple.vn/', 'unparsable'],
    ['javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['vbscript:msgbox', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
  ])('%j is refused (%s)', (url, reason) => {
    const verdict = checkUrl(url, LINK_KINDS);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.problem.reason).toBe(reason);
  });

  it.each([
    ['https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', 'web'],
    ['/chi-so/1-4/', 'relative'],
    ['../chuyen-doi-so/', 'relative'],
    ['./anh họp.jpg', 'relative'],
    ['/chi-so/\\1-4/', 'relative'], // a backslash after the first segment stays on the site
    ['#muc-1', 'fragment'],
    ['mailto:vanthu@bacgiang.gov.vn', 'mailto'],
    ['tel:02043854321', 'tel'],
  ])('%j passes as %s', (url, kind) => {
    expect(checkUrl(url, LINK_KINDS)).toMatchObject({ ok: true, kind });
  });

  it('resolves against the site base given', () => {
    expect(classifyUrl('/x', 'https://cong.example.vn/dti/')).toBe('relative');
    expect(classifyUrl('https://cong.example.vn/x', 'https://cong.example.vn/')).toBe('web');
    expect(checkUrl('mailto:a@b.vn', ['web'])).toMatchObject({ ok: false, problem: { reason: 'not-allowed', kind: 'mailto' } });
  });

  it('explains each refusal with a fix and an example', () => {
    expect(describeUrlProblem('/\\evil.example/', { reason: 'leaves-site', host: 'evil.example' })).toEqual({
      message: 'địa chỉ "/\\\\evil.example/" trông như một đường dẫn trên cổng nhưng trình duyệt mở sang máy chủ khác "evil.example"',
      fix: 'đường dẫn trên cổng bắt đầu bằng đúng một dấu / và không có dấu \\, ví dụ /chi-so/1-4/; trang của nơi khác thì ghi đầy đủ, ví dụ https://dichvucong.gov.vn/',
    });
  });
});

describe('content URL fields use it', () => {
  const messages = (schema: typeof httpUrlSchema, value: string) => {
    const result = schema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it.each(['/\\evil.example/bao-cao', '//evil.example', '/\t/evil.example', '\\\\evil.example', 'https:evil.example', 'javascript:alert(1)'])(
    'evidence url %j is refused',
    (url) => {
      expect(messages(webOrSitePathSchema, url)).toHaveLength(1);
      expect(messages(httpUrlSchema, url)).toHaveLength(1);
      expect(messages(sitePathSchema, url)).toHaveLength(1);
    },
  );

  it.each([
    [webOrSitePathSchema, 'https://bacgiang.gov.vn/'],
    [webOrSitePathSchema, '/minh-chung/qd-12.pdf'],
    [httpUrlSchema, 'https://dichvucong.gov.vn/'],
    [sitePathSchema, '/minh-chung/phuong-tran-phu/qd-12.pdf'],
  ] as const)('accepts a correct address (%#)', (schema, url) => {
    expect(messages(schema as typeof httpUrlSchema, url)).toEqual([]);
  });

  it.each([
    [webOrSitePathSchema, 'minh-chung/qd.pdf', 'cần một địa chỉ bắt đầu bằng https:// hoặc một đường dẫn trên cổng bắt đầu bằng /'],
    [httpUrlSchema, '/ke-hoach/', 'cần một địa chỉ web đầy đủ bắt đầu bằng https://'],
    [sitePathSchema, '/minh-chung/qd.pdf?v=2', 'cần đường dẫn tệp trong thư mục public/, bắt đầu bằng /, ví dụ /minh-chung/qd-12.pdf'],
  ] as const)('says what kind of address a field expects (%#)', (schema, url, message) => {
    expect(messages(schema as typeof httpUrlSchema, url)).toEqual([message]);
  });
});
