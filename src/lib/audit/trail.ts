/**
 * The audit trail (issue 15): from the git history of content/progress/, which
 * commit last changed each report, which commit introduced each dated state of a
 * report, and every commit that dropped or altered an entry of a report's
 * `history` that an earlier commit of the same file had. Pure: git-fs.ts reads
 * git, the model passes the result here through ModelOptions.
 *
 * Old versions are read leniently (a past commit may hold content that no longer
 * validates): a version that is not YAML is skipped, and a report is known by its
 * `indicator`, its states by their date, status and value.
 */
import { repositoryUrl, type Repository } from '../content/schemas/site.ts';
import { parseYaml } from '../content/yaml.ts';

/** One commit, as git-fs.ts reads it. */
export interface CommitInfo {
  sha: string;
  /** The author date, ISO 8601 with its offset. */
  date: string;
  author: string;
  subject: string;
}

/** A progress file's text after one commit; `undefined` when the commit deleted it. */
export interface ProgressFileVersion {
  commit: CommitInfo;
  /** Relative to the content folder, e.g. `progress/phuong-tran-phu.yaml`. */
  file: string;
  text: string | undefined;
}

/** What git-fs.ts read: every version of every progress file, oldest commit first; or why there is none. */
export type ProgressHistory = { available: true; versions: ProgressFileVersion[] } | { available: false; reason: string };

/** A commit as pages show it. */
export interface CommitRef {
  sha: string;
  shortSha: string;
  /** YYYY-MM-DD, the author's own day. */
  date: string;
  author: string;
  subject: string;
  /** The pull request the commit message names: "… (#12)" or "Merge pull request #12 …". */
  pullRequest?: number | undefined;
  /** https://github.com/<owner>/<name>/commit/<sha>, when site.yaml names the repository. */
  url?: string | undefined;
  pullRequestUrl?: string | undefined;
}

/** A history entry that a later commit dropped or altered. */
export interface HistoryRewrite {
  unit: string;
  indicator: string;
  /** The date of the entry that was dropped or altered. */
  entryDate: string;
  kind: 'dropped' | 'altered';
  commit: CommitRef;
}

/** The trail of one report. */
export interface ReportAudit {
  lastCommit: CommitRef;
  rewrites: HistoryRewrite[];
}

export interface AuditTrail {
  /** Whether the build read the content's git history. */
  available: boolean;
  /** One line for the build log when the trail is not available. */
  unavailableReason?: string | undefined;
  /** By auditKey(unit, indicator). */
  reports: Map<string, ReportAudit>;
  /** The commit that introduced each state, by stateKey(unit, indicator, date, status, value). */
  stateCommits: Map<string, CommitRef>;
  rewrites: HistoryRewrite[];
  /** How many commits changed a progress file. */
  commitCount: number;
}

export const auditKey = (unit: string, indicator: string) => `${unit} ${indicator}`;
/** A state's key: a value's fields in any order give the same key (YAML from git, or the validated report). */
export const stateKey = (unit: string, indicator: string, state: { date: string; status: string; value?: unknown }) =>
  `${unit} ${indicator} ${state.date} ${state.status} ${canonical(state.value)}`;

const PULL_REQUEST = [/\(#(\d+)\)\s*$/, /^Merge pull request #(\d+)\b/];

/** A commit for pages: short sha, day, pull request, links. */
export function commitRef(commit: CommitInfo, repository: Repository | undefined): CommitRef {
  const number = PULL_REQUEST.map((pattern) => pattern.exec(commit.subject)?.[1]).find(Boolean);
  const base = repository && repositoryUrl(repository);
  return {
    sha: commit.sha,
    shortSha: commit.sha.slice(0, 7),
    date: commit.date.slice(0, 10),
    author: commit.author,
    subject: commit.subject,
    pullRequest: number ? Number(number) : undefined,
    url: base && `${base}/commit/${commit.sha}`,
    pullRequestUrl: base && number ? `${base}/pull/${number}` : undefined,
  };
}

interface LooseEntry {
  date: string;
  status: string;
  value?: unknown;
  note?: unknown;
}
interface LooseReport {
  indicator: string;
  canonical: string;
  history: LooseEntry[];
  current: LooseEntry | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const asEntry = (value: unknown, dateField: 'date' | 'updated'): LooseEntry | undefined => {
  if (!isRecord(value) || typeof value[dateField] !== 'string' || typeof value.status !== 'string') return undefined;
  return { date: value[dateField] as string, status: value.status, value: value.value, note: value.note ?? '' };
};
/** A stable text of a value, with object keys sorted, to compare two versions. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  return JSON.stringify(value ?? null);
}
const entryText = (entry: LooseEntry) => canonical({ date: entry.date, status: entry.status, value: entry.value ?? null, note: entry.note ?? '' });

/** The reports of one version, by indicator; `undefined` when the text is not a progress file at all. */
function readVersion(file: string, text: string): { unit: string | undefined; reports: Map<string, LooseReport> } | undefined {
  const result = parseYaml(file, text);
  if (!result.ok || !isRecord(result.parsed.value)) return undefined;
  const value = result.parsed.value;
  const reports = new Map<string, LooseReport>();
  for (const report of Array.isArray(value.reports) ? value.reports : []) {
    if (!isRecord(report) || typeof report.indicator !== 'string') continue;
    reports.set(report.indicator, {
      indicator: report.indicator,
      canonical: canonical(report),
      history: (Array.isArray(report.history) ? report.history : []).flatMap((entry) => asEntry(entry, 'date') ?? []),
      current: asEntry(report, 'updated'),
    });
  }
  return { unit: typeof value.unit === 'string' ? value.unit : undefined, reports };
}

/** The unit a progress file belongs to: `progress/<unit>.yaml`. */
const unitOfFile = (file: string) => file.replace(/^.*\//, '').replace(/\.yaml$/, '');

/**
 * Works out the trail from the versions of the progress files.
 * @example
 * const trail = deriveAuditTrail(readProgressHistory('content'), site.repository);
 * trail.reports.get(auditKey('phuong-tran-phu', '1.2.1'))?.lastCommit.shortSha; // 'de43867'
 */
export function deriveAuditTrail(history: ProgressHistory | undefined, repository: Repository | undefined): AuditTrail {
  const trail: AuditTrail = { available: false, reports: new Map(), stateCommits: new Map(), rewrites: [], commitCount: 0 };
  if (!history) return trail;
  if (!history.available) return { ...trail, unavailableReason: history.reason };
  trail.available = true;
  trail.commitCount = new Set(history.versions.map((version) => version.commit.sha)).size;
  const last = new Map<string, Map<string, LooseReport>>();
  for (const version of history.versions) {
    const unit = unitOfFile(version.file);
    const read = version.text === undefined ? { unit, reports: new Map<string, LooseReport>() } : readVersion(version.file, version.text);
    if (!read) continue;
    const commit = commitRef(version.commit, repository);
    const before = last.get(version.file) ?? new Map<string, LooseReport>();
    for (const [indicator, previous] of before) {
      const now = read.reports.get(indicator);
      const kept = new Set((now?.history ?? []).map(entryText));
      for (const entry of previous.history) {
        if (kept.has(entryText(entry))) continue;
        const kind = now?.history.some((candidate) => candidate.date === entry.date) ? 'altered' : 'dropped';
        trail.rewrites.push({ unit, indicator, entryDate: entry.date, kind, commit });
      }
    }
    for (const [indicator, report] of read.reports) {
      const key = auditKey(unit, indicator);
      if (before.get(indicator)?.canonical !== report.canonical) {
        trail.reports.set(key, { lastCommit: commit, rewrites: trail.reports.get(key)?.rewrites ?? [] });
      }
      for (const state of [...report.history, ...(report.current ? [report.current] : [])]) {
        const stateId = stateKey(unit, indicator, state);
        if (!trail.stateCommits.has(stateId)) trail.stateCommits.set(stateId, commit);
      }
    }
    last.set(version.file, read.reports);
  }
  for (const rewrite of trail.rewrites) trail.reports.get(auditKey(rewrite.unit, rewrite.indicator))?.rewrites.push(rewrite);
  return trail;
}

/** The build log's lines: why there is no trail, or one warning per rewritten history entry. */
export function auditLogLines(trail: AuditTrail): { info: string[]; warn: string[] } {
  if (!trail.available) {
    return { info: trail.unavailableReason ? [`Không có dấu vết kiểm toán từ git (${trail.unavailableReason}): cổng được dựng không kèm commit của từng báo cáo.`] : [], warn: [] };
  }
  return {
    // Content copied into a repository without being committed has a repository but no history to show.
    info: [
      trail.commitCount === 0
        ? 'Không có dấu vết kiểm toán từ git: chưa có commit nào sửa content/progress/.'
        : `Dấu vết kiểm toán từ git: ${trail.commitCount} commit sửa content/progress/, ${trail.reports.size} báo cáo có commit cuối.`,
    ],
    warn: trail.rewrites.map(
      (rewrite) =>
        `Lịch sử báo cáo đã được sửa: content/progress/${rewrite.unit}.yaml, chỉ số "${rewrite.indicator}", mục ngày ${rewrite.entryDate} ${rewrite.kind === 'dropped' ? 'bị xóa' : 'bị thay đổi'} ở commit ${rewrite.commit.shortSha} (${rewrite.commit.date}, ${rewrite.commit.author}: ${rewrite.commit.subject}).`,
    ),
  };
}
