import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, fillTemplate, loadModel, projectRoot, runImportAsync, type CellEdit, type CellInput, type ImportRun } from '../helpers/reports-xlsx.ts';
import type { ColumnKey } from '../../src/lib/reports-xlsx/layout.ts';
import { writeReportTemplate } from '../../src/lib/reports-xlsx/write.ts';

/**
 * test/fixtures/malformed-xlsx/: filled templates the import must refuse. Each case fills a unit's real
 * template (from test/fixtures/reports-xlsx/) with its `edits`, or writes `raw` bytes instead; the real
 * `npm run import-reports` must exit 1, print exactly `expected.txt` and write nothing. A missing
 * expected.txt is written (outside CI), to be read before committing.
 */
const CORPUS = join(projectRoot, 'test', 'fixtures', 'malformed-xlsx');

interface CaseFile {
  about: string;
  unit: string;
  raw?: string;
  renameSheet?: string;
  edits: ({ cell?: string; task?: string; column?: ColumnKey } & Partial<{ text: string; number: number; date: string; empty: true }>)[];
}

function toEdit(edit: CaseFile['edits'][number]): CellEdit {
  const set: CellInput = edit.text !== undefined ? { text: edit.text } : edit.number !== undefined ? { number: edit.number } : edit.date !== undefined ? { date: edit.date } : { empty: true };
  return { cell: edit.cell, task: edit.task, column: edit.column, set };
}

function digest(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    hash.update(name);
    try {
      hash.update(readFileSync(path));
    } catch {
      // a folder
    }
  }
  return hash.digest('hex');
}

const cases = readdirSync(CORPUS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
const model = loadModel();
const site = copyFixture();

describe('malformed filled templates (test/fixtures/malformed-xlsx/)', () => {
  afterAll(() => rmSync(site.root, { recursive: true, force: true }));

  it('has at least the ten cases of issue 19', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    for (const name of ['unknown-status', 'date-typed-as-text', 'value-over-target', 'task-not-led', 'edited-id']) expect(cases).toContain(name);
  });

  // Each case is its own run of the real CLI (about two seconds of Node start-up and loading); they
  // write nothing, so two run side by side on the 2-core machine.
  const runs = new Map<string, { spec: CaseFile; result: ImportRun }>();
  let before = '';
  beforeAll(async () => {
    before = digest(site.contentDir);
    const queue = [...cases];
    await Promise.all(
      [0, 1].map(async () => {
        for (let name = queue.shift(); name; name = queue.shift()) {
          const spec = parse(readFileSync(join(CORPUS, name, 'case.yaml'), 'utf8')) as CaseFile;
          const unit = model.getUnit(spec.unit);
          if (!unit) throw new Error(`${name}: no unit ${spec.unit}`);
          const bytes = spec.raw !== undefined
            ? new TextEncoder().encode(spec.raw)
            : await fillTemplate(await writeReportTemplate(model, unit), spec.edits.map(toEdit), { renameSheet: spec.renameSheet });
          const file = `${name}.xlsx`;
          writeFileSync(join(site.root, file), bytes);
          runs.set(name, { spec, result: await runImportAsync(site.root, [file]) });
        }
      }),
    );
  });

  it('leaves content/ unchanged after every case', () => {
    expect(runs.size).toBe(cases.length);
    expect(digest(site.contentDir)).toBe(before);
  });

  it.each(cases)('%s: refused with its exact message', (name) => {
    const { spec, result } = runs.get(name)!;
    expect(spec.about, 'case.yaml needs "about"').toBeTruthy();
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toBe('');
    const expectedPath = join(CORPUS, name, 'expected.txt');
    if (!existsSync(expectedPath)) {
      if (process.env.CI === 'true') throw new Error(`${name}: expected.txt is missing`);
      writeFileSync(expectedPath, result.stderr);
    }
    expect(result.stderr).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
