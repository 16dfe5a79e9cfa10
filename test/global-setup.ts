/**
 * Once per test run: a temporary folder for builds that several test files
 * read (the shipped site), removed when the run ends. See sharedShippedSite().
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where shared builds of this run live. */
    sharedBuildsDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'dti-test-run-'));
  project.provide('sharedBuildsDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
