/**
 * File access of `npm run import-reports`: reading the filled templates, the progress files, and
 * running the real content validator on the result in a copy before anything is written.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ContentValidationError, type ContentIssue } from '../../src/lib/content/errors.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import type { ImportInput, ProgressWrite } from '../../src/lib/reports-xlsx/import.ts';
import { readTemplate } from '../../src/lib/reports-xlsx/read.ts';

/** A unit's progress file. */
export function progressPath(contentDir: string, unitId: string): string {
  return join(contentDir, 'progress', `${unitId}.yaml`);
}

export function readProgressText(contentDir: string, unitId: string): string | undefined {
  const path = progressPath(contentDir, unitId);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Opens each template; one that cannot be read becomes an issue, not a crash. */
export async function readTemplates(files: readonly string[]): Promise<ImportInput[]> {
  return Promise.all(
    files.map(async (file): Promise<ImportInput> => {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return { file, openIssue: { file, message: code === 'ENOENT' ? 'không tìm thấy tệp' : `không đọc được tệp (${code ?? 'lỗi'})`, fix: 'kiểm tra đường dẫn tệp .xlsx trong lệnh' } };
      }
      const read = await readTemplate(bytes);
      return read.ok ? { file, grid: read.grid } : { file, openIssue: { file, message: read.message, fix: read.fix } };
    }),
  );
}

/**
 * Runs the content validator (the one `npm run check` and the build run) on content/ as it would be
 * after the writes, in a temporary copy laid out like the project, so every message names the real
 * file. Returns its issues; [] when the result is valid.
 */
export function validateAfterWrites(contentDir: string, root: string, writes: readonly ProgressWrite[], today?: string): ContentIssue[] {
  const copyRoot = mkdtempSync(join(tmpdir(), 'import-reports-'));
  try {
    const relativeContent = relative(root, contentDir);
    const inside = relativeContent !== '' && !relativeContent.startsWith('..') && !isAbsolute(relativeContent);
    const copyContent = join(copyRoot, inside ? relativeContent : 'content');
    mkdirSync(dirname(copyContent), { recursive: true });
    cpSync(contentDir, copyContent, { recursive: true, verbatimSymlinks: true });
    // Evidence files are looked up under public/: the project's own.
    if (existsSync(join(root, 'public'))) symlinkSync(resolve(root, 'public'), join(copyRoot, 'public'));
    for (const write of writes) writeFileSync(progressPath(copyContent, write.unit.id), write.after);
    loadPortalContentFromDir(copyContent, copyRoot, today ? { today } : {});
    return [];
  } catch (error) {
    if (error instanceof ContentValidationError) return [...error.issues];
    throw error;
  } finally {
    rmSync(copyRoot, { recursive: true, force: true });
  }
}

export function writeProgressFiles(contentDir: string, writes: readonly ProgressWrite[]): void {
  for (const write of writes) {
    const path = progressPath(contentDir, write.unit.id);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, write.after);
  }
}
