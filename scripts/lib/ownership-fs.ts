/**
 * Reads the ownership facts (site.yaml's `maintainers`, units.yaml's
 * `editors`) from the working tree or from a git revision, for
 * `npm run codeowners`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { maintainersSchema } from '../../src/lib/content/schemas/site.ts';
import { unitsFileSchema } from '../../src/lib/content/schemas/unit.ts';
import type { OwnershipSide } from '../../src/lib/ownership/editors-change.ts';

/** A problem the script reports in Vietnamese and exits 1 on, without a stack. */
export class OwnershipInputError extends Error {}

function zodProblem(file: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${file}, trường "${issue.path.map(String).join('.')}": ${issue.message}`).join('\n');
}

/** Parses the two files' text; `undefined` text means the file is absent at that revision. */
export function parseOwnership(siteText: string | undefined, unitsText: string | undefined, where: string): OwnershipSide {
  const site = siteText === undefined ? undefined : (parse(siteText) as { maintainers?: unknown } | null);
  let maintainers: OwnershipSide['maintainers'];
  if (site?.maintainers !== undefined) {
    const parsed = maintainersSchema.safeParse(site.maintainers);
    if (!parsed.success) throw new OwnershipInputError(zodProblem(`${where}content/site.yaml`, parsed.error.issues.map((issue) => ({ ...issue, path: ['maintainers', ...issue.path] }))));
    maintainers = parsed.data;
  }
  if (unitsText === undefined) return { maintainers, units: [] };
  const units = unitsFileSchema.safeParse(parse(unitsText));
  if (!units.success) throw new OwnershipInputError(`${zodProblem(`${where}content/units.yaml`, units.error.issues)}\n  Cách sửa: chạy npm run check để xem lỗi đầy đủ và cách sửa.`);
  return { maintainers, units: units.data.units };
}

/** The ownership facts of the content folder on disk. */
export function readOwnership(contentDir: string): OwnershipSide {
  const text = (name: string) => (existsSync(join(contentDir, name)) ? readFileSync(join(contentDir, name), 'utf8') : undefined);
  return parseOwnership(text('site.yaml'), text('units.yaml'), '');
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 * 1024 * 1024 });
}

/**
 * The ownership facts of the content folder as they are at git revision `ref`
 * (the pull request's base, e.g. origin/main).
 * @throws {OwnershipInputError} When `ref` is not a revision of the repository.
 */
export function readOwnershipAtRef(contentDir: string, ref: string): OwnershipSide {
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], contentDir).trim();
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], contentDir);
  } catch {
    throw new OwnershipInputError(
      `không tìm thấy nhánh gốc "${ref}" trong kho git.\n  Cách sửa: lấy nhánh gốc về trước (actions/checkout với fetch-depth: 0, hoặc git fetch origin main), rồi chạy lại với --base origin/main.`,
    );
  }
  const atRef = (name: string): string | undefined => {
    const path = relative(top, join(contentDir, name)).split(sep).join('/');
    try {
      return git(['show', `${ref}:${path}`], top);
    } catch {
      return undefined;
    }
  };
  return parseOwnership(atRef('site.yaml'), atRef('units.yaml'), `${ref}:`);
}
