import { z } from 'zod';
import { isIsoDate, toIsoDate } from '../../format/date.ts';
import { checkUrl, describeUrlProblem, type UrlKind } from '../../text/safe-url.ts';

/**
 * The longest value each kind of free text may have, in characters (issue 12:
 * bounded work; a 1.9 MB unit name once built a 492 MB site). Chosen well above
 * the shipped content (longest: a name 53, an indicator title 163, a summary
 * 521, a long text 253) and below what breaks cards, feeds and social images.
 */
export const TEXT_LIMITS = {
  /** Names of units, pillars, people, links; aliases; short labels. */
  name: 200,
  /** Titles of plans, documents, posts, evidence. */
  title: 200,
  /** An indicator's title: the appendix row, verbatim, can be long. */
  indicatorTitle: 500,
  /** One paragraph: summaries, descriptions. */
  summary: 1000,
  /** Everything else: functions, tasks, evidence, notes, quotes. */
  long: 2000,
  /** Ids, and URLs. */
  id: 100,
  url: 2000,
} as const;

/**
 * An ISO calendar date written as `YYYY-MM-DD`, checked against the real calendar.
 * Astro's frontmatter parser turns unquoted dates into Date objects; they are
 * accepted and kept as the same calendar date, so quoting never matters.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string({ error: 'cần một ngày dạng YYYY-MM-DD, ví dụ 2024-02-29' }).superRefine((value, ctx) => {
    if (isIsoDate(value)) return;
    // A date written the Vietnamese way (12/10/2024) gets its own corrected form as the example.
    ctx.addIssue({ code: 'custom', message: 'cần một ngày có thật, dạng YYYY-MM-DD, ví dụ 2024-02-29', params: { example: vietnameseDateToIso(value) } });
  }),
);

/**
 * A date written day/month/year, as Vietnamese documents do, in ISO form.
 * @example vietnameseDateToIso('12/10/2024'); // '2024-10-12'
 * @example vietnameseDateToIso('30/02/2024'); // undefined (no such day)
 */
export function vietnameseDateToIso(text: string): string | undefined {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  return match ? toIsoDate(Number(match[3]), Number(match[2]), Number(match[1])) : undefined;
}

/** A content id: lowercase ASCII words joined by dashes, e.g. `phuong-tran-phu`. */
export const slugIdSchema = z
  .string({ error: 'cần một mã (id) dạng chữ thường không dấu, ví dụ "phuong-tran-phu"' })
  .max(TEXT_LIMITS.id, { message: `mã dài quá giới hạn ${TEXT_LIMITS.id} ký tự` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'cần một mã (id) dạng chữ thường không dấu, nối bằng dấu "-", ví dụ "phuong-tran-phu"',
  });

const plainText = z
  .string({ error: 'cần một đoạn chữ' })
  .trim()
  .min(1, { message: 'không được để trống' });

/**
 * Non-empty human text of at most `max` characters; zodIssueToVietnamese names
 * the limit and the actual length.
 * @example boundedTextSchema(TEXT_LIMITS.name).safeParse('x'.repeat(201)).success; // false
 */
export function boundedTextSchema(max: number, message?: string) {
  return plainText.max(max, { message: message ?? `dài quá giới hạn ${max} ký tự` });
}

/** Non-empty human text (at most TEXT_LIMITS.long characters). */
export const textSchema = boundedTextSchema(TEXT_LIMITS.long);
/** A name or label (at most TEXT_LIMITS.name characters). */
export const nameSchema = boundedTextSchema(TEXT_LIMITS.name);
/** A title (at most TEXT_LIMITS.title characters). */
export const titleSchema = boundedTextSchema(TEXT_LIMITS.title);
/** A paragraph (at most TEXT_LIMITS.summary characters). */
export const summarySchema = boundedTextSchema(TEXT_LIMITS.summary);
/** Optional long text that may be empty (notes, evidence). */
export const optionalLongTextSchema = z.string().max(TEXT_LIMITS.long, { message: `dài quá giới hạn ${TEXT_LIMITS.long} ký tự` }).default('');

/**
 * An address from content, read as a browser reads it (src/lib/text/safe-url.ts):
 * one of the allowed kinds, a path on the portal that stays on it, or a web
 * address written in full. `expected` is the message when the kind is wrong.
 */
function contentUrlSchema(allowed: readonly UrlKind[], expected: string, example: string, accept: (value: string) => boolean = () => true) {
  return z.string({ error: expected }).max(TEXT_LIMITS.url, { message: `địa chỉ dài quá giới hạn ${TEXT_LIMITS.url} ký tự` }).superRefine((value, ctx) => {
    const verdict = checkUrl(value, allowed);
    if (verdict.ok) {
      if (!accept(value)) ctx.addIssue({ code: 'custom', message: expected, params: { example } });
      return;
    }
    const { problem } = verdict;
    if (problem.reason === 'not-allowed') {
      ctx.addIssue({ code: 'custom', message: expected, params: { example } });
      return;
    }
    const described = describeUrlProblem(value, problem, example);
    // Where the address is disguised, the fix explains the disguise; otherwise a correct line to write.
    // A field that takes no path on the portal gets the web form only.
    const fix = problem.reason === 'leaves-site' && !allowed.includes('relative') ? `ghi địa chỉ web đầy đủ bắt đầu bằng https://, ví dụ ${example}` : described.fix;
    const params = problem.reason === 'leaves-site' || problem.reason === 'credentials' || problem.reason === 'missing-slashes' ? { fix } : { example };
    ctx.addIssue({ code: 'custom', message: described.message, params });
  });
}

/** An absolute http(s) URL, written in full (https://host/…). */
export const httpUrlSchema = contentUrlSchema(['web'], 'cần một địa chỉ web đầy đủ bắt đầu bằng https://', 'https://bacgiang.gov.vn/');

/** A web address, or a path on this portal starting with "/" that stays on it. */
export const webOrSitePathSchema = contentUrlSchema(
  ['web', 'relative'],
  'cần một địa chỉ bắt đầu bằng https:// hoặc một đường dẫn trên cổng bắt đầu bằng /',
  'https://bacgiang.gov.vn/',
  (value) => /^(?:https?:\/\/|\/)/i.test(value),
);

/** A path on this portal starting with "/", without query or fragment, that stays on it (a file under public/). */
export const sitePathSchema = contentUrlSchema(
  ['relative'],
  'cần đường dẫn tệp trong thư mục public/, bắt đầu bằng /, ví dụ /minh-chung/qd-12.pdf',
  '/minh-chung/qd-12.pdf',
  (value) => /^\/[^?#]+$/.test(value),
);
