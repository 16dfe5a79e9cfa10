/**
 * Guard-rails (issue 17, point 5): every case of
 * test/fixtures/malformed/warnings/ passes the validation (no error: the
 * build goes on) and gets exactly its expected warnings, through the same
 * function `npm run check` prints them with.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content/errors.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { findContentWarnings } from '../../scripts/lib/check-warnings-fs.ts';
import { MALFORMED_DIR, WARNINGS_FOLDER, materializeBase, materializeCase, type Edit } from '../helpers/malformed-cases.ts';

const WARNINGS_DIR = join(MALFORMED_DIR, WARNINGS_FOLDER);
const CASES = readdirSync(WARNINGS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ name: entry.name, ...(parse(readFileSync(join(WARNINGS_DIR, entry.name, 'case.yaml'), 'utf8')) as { about: string; edits: Edit[] }) }))
  .sort((a, b) => a.name.localeCompare(b.name));

function warningsOf(edits: Edit[], name: string): string {
  const copy = edits.length === 0 ? materializeBase() : materializeCase({ name, edits });
  try {
    const content = loadPortalContentFromDir(copy.contentDir, copy.root, { today: '2024-12-31' });
    return `${findContentWarnings(copy.contentDir, copy.root, content.site.year).map(formatIssue).join('\n\n')}\n`;
  } finally {
    copy.remove();
  }
}

describe('guard-rail warnings (test/fixtures/malformed/warnings/)', () => {
  it('finds none on the base content', () => {
    expect(warningsOf([], 'base')).toBe('\n');
  });

  it('covers every guard-rail of issue 17', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(4);
  });

  it.each(CASES)('$name passes the check and warns exactly as expected.txt', async ({ name, edits }) => {
    const output = warningsOf(edits, name);
    expect(output.trim()).not.toBe('');
    await expect(output).toMatchFileSnapshot(join(WARNINGS_DIR, name, 'expected.txt'));
  });
});
