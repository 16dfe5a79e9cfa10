/**
 * Reads the git history of content/progress/ for the audit trail: every commit on
 * the published line (first parents) that changed a progress file, with that
 * file's text after the commit. Three git processes in all (rev-parse, log,
 * cat-file --batch), whatever the history's length.
 *
 * The repository is untrusted (its .git/config comes with the pull request's
 * checkout in a fork's workflow, or with a copied folder): git runs with no shell
 * (execFileSync), no system config, no hooks, no fsmonitor, no pager, no
 * signature checks (gpg.program would run), no external diff or textconv, no
 * replace refs, and a time limit.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { CommitInfo, ProgressHistory, ProgressFileVersion } from './trail.ts';

const GIT_OPTIONS = [
  '-c', 'core.fsmonitor=',
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'core.pager=cat',
  '-c', 'log.showSignature=false',
  '-c', 'diff.external=',
  '-c', 'i18n.logOutputEncoding=UTF-8',
  '--no-replace-objects',
];
/** A progress file's path inside the repository: `<prefix>progress/<unit>.yaml`, as validation names them. */
const PROGRESS_FILE = /^[a-z0-9][a-z0-9-]*\.yaml$/;
const TIMEOUT_MS = 60_000;
const MAX_BUFFER = 1024 * 1024 * 1024;

function git(cwd: string, args: readonly string[], input?: string): Buffer {
  return execFileSync('git', [...GIT_OPTIONS, ...args], {
    cwd,
    input,
    timeout: TIMEOUT_MS,
    maxBuffer: MAX_BUFFER,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_OPTIONAL_LOCKS: '0',
      GIT_TERMINAL_PROMPT: '0',
      GIT_NO_REPLACE_OBJECTS: '1',
      GIT_PAGER: 'cat',
      LC_ALL: 'C',
    },
  });
}

const firstLine = (error: unknown) => {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString('utf8').trim();
  return (stderr || (error as Error).message || String(error)).split('\n')[0] ?? '';
};

/** Splits `git cat-file --batch` output into the blobs asked for, in order; `undefined` for a missing one. */
function splitBatch(output: Buffer, count: number): (string | undefined)[] {
  const texts: (string | undefined)[] = [];
  let offset = 0;
  for (let index = 0; index < count; index += 1) {
    const end = output.indexOf(0x0a, offset);
    if (end === -1) throw new Error('git cat-file trả về ít hơn số tệp được hỏi');
    const header = output.subarray(offset, end).toString('utf8');
    offset = end + 1;
    const match = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!match) {
      texts.push(undefined);
      continue;
    }
    const size = Number(match[1]);
    texts.push(output.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return texts;
}

/**
 * The history of `<contentDir>/progress/`, oldest commit first, or why there is none
 * (no git, not a repository, a shallow clone).
 * @example
 * const history = readProgressHistory('content');
 * if (history.available) history.versions.length; // one per (commit, progress file) it changed
 */
export function readProgressHistory(contentDir: string): ProgressHistory {
  const cwd = resolve(contentDir);
  let prefix: string;
  try {
    const [inside, shallow, showPrefix] = git(cwd, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix']).toString('utf8').split('\n');
    if (inside !== 'true') return { available: false, reason: 'thư mục nội dung không nằm trong một kho git' };
    if (shallow === 'true') return { available: false, reason: 'kho git là bản sao nông (shallow clone), thiếu lịch sử; lấy đủ lịch sử bằng git fetch --unshallow (hoặc fetch-depth: 0 trong GitHub Actions)' };
    prefix = showPrefix ?? '';
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return { available: false, reason: 'không tìm thấy chương trình git' };
    return { available: false, reason: `không đọc được kho git (${firstLine(error)})` };
  }
  const dir = `${prefix}progress/`;
  let log: string;
  try {
    // HEAD may not exist yet (a repository with no commit): then there is no history to show.
    log = git(cwd, ['log', '--first-parent', '--diff-merges=first-parent', '--no-renames', '--no-ext-diff', '--no-textconv', '--no-show-signature', '--name-status', '--format=%x1e%H%x1f%aI%x1f%an%x1f%s', 'HEAD', '--', `:(top,literal)${dir}`]).toString('utf8');
  } catch (error) {
    return { available: false, reason: `không đọc được lịch sử git (${firstLine(error)})` };
  }
  const changed: { commit: CommitInfo; file: string; deleted: boolean }[] = [];
  for (const record of log.split('\x1e').slice(1)) {
    const [head = '', ...lines] = record.split('\n');
    const [sha = '', date = '', author = '', subject = ''] = head.split('\x1f');
    const commit: CommitInfo = { sha, date, author, subject };
    for (const line of lines) {
      const [status, path] = line.split('\t');
      if (!status || !path?.startsWith(dir)) continue;
      const file = path.slice(dir.length);
      if (!PROGRESS_FILE.test(file)) continue;
      changed.push({ commit, file, deleted: status === 'D' });
    }
  }
  changed.reverse();
  const wanted = changed.filter((entry) => !entry.deleted);
  let texts: (string | undefined)[] = [];
  if (wanted.length > 0) {
    try {
      texts = splitBatch(git(cwd, ['cat-file', '--batch'], wanted.map((entry) => `${entry.commit.sha}:${dir}${entry.file}\n`).join('')), wanted.length);
    } catch (error) {
      return { available: false, reason: `không đọc được nội dung cũ của tệp tiến độ (${firstLine(error)})` };
    }
  }
  let next = 0;
  const versions: ProgressFileVersion[] = changed.map((entry) => ({ commit: entry.commit, file: `progress/${entry.file}`, text: entry.deleted ? undefined : texts[next++] }));
  return { available: true, versions };
}
