/**
 * Safety gates on built pages and feeds (issue 12), with the same parse5
 * tokenizer that validates posts (src/lib/posts/html-scan.ts), never a regex:
 * no `<meta http-equiv="refresh">`, no `<base>`, no `<form>` that submits to
 * another host, and no href/src/action whose scheme is not http(s), mailto or
 * tel (nor a "relative" address that a browser resolves to another host), except a
 * webcal: link to this site's own calendar file (a unit page's "Thêm vào lịch").
 * Every feed must be well-formed XML (fast-xml-parser's validator).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { scanHtml } from '../../src/lib/posts/html-scan.ts';
import { classifyUrl, type UrlKind } from '../../src/lib/text/safe-url.ts';
import { listFiles } from './quality-build.ts';

/** Attributes whose value a browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'ping', 'xlink:href', 'background']);
const LINK_KINDS: ReadonlySet<UrlKind> = new Set(['web', 'relative', 'fragment', 'mailto', 'tel']);

/** A webcal: subscription to an .ics file of the page's own host: the https address with another scheme. */
function isOwnCalendar(url: string, pageUrl: string): boolean {
  if (!/^webcal:\/\//i.test(url)) return false;
  try {
    const target = new URL(url.replace(/^webcal:/i, 'https:'));
    return target.host === new URL(pageUrl).host && target.pathname.endsWith('.ics') && !target.username && !target.password;
  } catch {
    return false;
  }
}

/**
 * What is unsafe in one page, as readable lines ("<meta http-equiv=refresh>" …).
 * `pageUrl` is the page's public address, to resolve relative form actions.
 * @example
 * pageSafetyProblems('<base href="https://evil.example/">', 'https://cong.vn/'); // ['<base href="https://evil.example/">']
 */
export function pageSafetyProblems(html: string, pageUrl: string): string[] {
  const problems: string[] = [];
  const origin = new URL(pageUrl).origin;
  for (const token of scanHtml(html)) {
    if (token.type !== 'tag' || token.closing) continue;
    const attribute = (name: string) => token.attributes.find((candidate) => candidate.name === name)?.value;
    if (token.name === 'meta' && attribute('http-equiv')?.trim().toLowerCase() === 'refresh') problems.push(`<meta http-equiv="refresh" content="${attribute('content') ?? ''}">`);
    if (token.name === 'base') problems.push(`<base href="${attribute('href') ?? ''}">`);
    if (token.name === 'form') {
      const action = attribute('action') ?? '';
      let target: string | undefined;
      try {
        target = new URL(action, pageUrl).origin;
      } catch {
        target = undefined;
      }
      if (target !== origin) problems.push(`<form action="${action}"> gửi tới ${target ?? 'một địa chỉ không đọc được'}`);
    }
    for (const { name, value } of token.attributes) {
      const urls = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : URL_ATTRIBUTES.has(name) ? [value] : [];
      for (const url of urls) {
        const kind = classifyUrl(url, pageUrl);
        if (!LINK_KINDS.has(kind) && !(name === 'href' && isOwnCalendar(url, pageUrl))) problems.push(`<${token.name} ${name}="${url}"> (${kind})`);
      }
    }
  }
  return problems;
}

/** Every unsafe thing in every built page, as `file: problem`. */
export function checkPageSafety(distDir: string, origin: string): { files: number; problems: string[] } {
  const files = listFiles(distDir).filter((file) => file.endsWith('.html'));
  const problems: string[] = [];
  for (const file of files) {
    const pageUrl = new URL(file.replace(/(^|\/)index\.html$/, '$1'), `${origin}/`).href;
    for (const problem of pageSafetyProblems(readFileSync(join(distDir, file), 'utf8'), pageUrl)) problems.push(`${file}: ${problem}`);
  }
  return { files: files.length, problems };
}

/** Every RSS feed of a built site, checked as XML; errors as `file:line:column message`. */
export function checkFeeds(distDir: string): { feeds: string[]; errors: string[] } {
  const feeds = listFiles(distDir).filter((file) => file.endsWith('rss.xml'));
  const errors: string[] = [];
  for (const file of feeds) {
    const result = XMLValidator.validate(readFileSync(join(distDir, file), 'utf8'));
    if (result !== true) errors.push(`${file}:${result.err.line}:${result.err.col} ${result.err.msg}`);
  }
  return { feeds, errors };
}
