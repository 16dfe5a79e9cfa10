/**
 * The CI and deploy workflows (issue 12, point 5; issue 17, point 4): a pull
 * request runs with read-only permissions, no secrets and no
 * pull_request_target, and runs every check; only a push to main deploys.
 * `npm run check` validates content only; type-checking is `npm run typecheck`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const workflowsDir = join(root, '.github', 'workflows');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string> | string;
  env?: Record<string, string>;
  steps: Step[];
  'runs-on': string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const files = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));
const read = (name: string) => ({ text: readFileSync(join(workflowsDir, name), 'utf8'), workflow: parse(readFileSync(join(workflowsDir, name), 'utf8')) as Workflow });
const ci = read('ci.yml').workflow;
const deploy = read('deploy.yml').workflow;
const ciSteps = Object.values(ci.jobs).flatMap((job) => job.steps);
const runs = ciSteps.map((step) => step.run ?? '');

describe.each(files)('.github/workflows/%s', (name) => {
  const { text, workflow } = read(name);
  it('never runs on pull_request_target or workflow_run (they run with write access on untrusted code)', () => {
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    expect(Object.keys(workflow.on)).not.toContain('workflow_run');
    expect(text).not.toMatch(/pull_request_target|workflow_run/);
  });
  it('uses no secrets', () => {
    expect(text).not.toMatch(/secrets\./);
  });
  it('puts no ${{ }} expression into a shell command (values go through env)', () => {
    for (const job of Object.values(workflow.jobs)) for (const step of job.steps) expect(step.run ?? '', step.name).not.toContain('${{');
  });
  it('declares its permissions, read-only at the top', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
});

describe('the pull request workflow (ci.yml)', () => {
  it('runs on pull requests with read-only permissions in every job', () => {
    expect(Object.keys(ci.on)).toContain('pull_request');
    for (const job of Object.values(ci.jobs)) expect(job.permissions ?? { contents: 'read' }).toEqual({ contents: 'read' });
  });

  it('runs the content check, the type check, codeowners with --base/--actor, the build and the tests, in that order', () => {
    const order = ['npm run check', 'npm run typecheck', 'npm run codeowners -- --check --base "origin/$BASE_REF" --actor "$PR_AUTHOR"', 'npm run build', 'npm test'];
    const positions = order.map((command) => runs.findIndex((run) => run === command));
    expect(positions.every((position) => position >= 0), JSON.stringify(runs)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('compares ownership with the base branch and the pull request’s author, passed through env', () => {
    const step = ciSteps.find((candidate) => candidate.run?.includes('--actor'));
    expect(step?.if).toBe("github.event_name == 'pull_request'");
    expect(step?.env).toEqual({ BASE_REF: '${{ github.base_ref }}', PR_AUTHOR: '${{ github.event.pull_request.user.login }}' });
    const checkout = ciSteps.find((candidate) => candidate.uses?.startsWith('actions/checkout@'));
    // The base branch must be there to compare with; the token must not stay in .git/config.
    expect(checkout?.with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false });
  });

  it('uploads the built dist/ of a pull request as a preview artifact named after it, after the build', () => {
    const index = ciSteps.findIndex((step) => step.uses?.startsWith('actions/upload-artifact@'));
    const step = ciSteps[index];
    expect(step?.if).toBe("github.event_name == 'pull_request'");
    expect(step?.with?.path).toBe('dist/');
    expect(String(step?.with?.name)).toMatch(/pr-\$\{\{ github\.event\.pull_request\.number \}\}$/);
    expect(index).toBeGreaterThan(ciSteps.findIndex((candidate) => candidate.run === 'npm run build'));
  });

  it('gives the browser tests a Chrome that ubuntu-latest has, and checks it is there', () => {
    const job = Object.values(ci.jobs)[0];
    expect(job?.['runs-on']).toBe('ubuntu-latest');
    expect(job?.env?.CHROMIUM_PATH).toBe('/usr/bin/google-chrome');
    expect(runs).toContain('test -x "$CHROMIUM_PATH" && "$CHROMIUM_PATH" --version');
    // …and the tests' helpers read CHROMIUM_PATH rather than a fixed path.
    for (const helper of ['search-chromium.ts', 'decree42-browser.ts']) expect(readFileSync(join(root, 'test', 'helpers', helper), 'utf8')).toContain('process.env.CHROMIUM_PATH ??');
  });
});

describe('the deploy workflow (deploy.yml)', () => {
  it('runs only on a push to main', () => {
    expect(deploy.on).toEqual({ push: { branches: ['main'] } });
  });
  it('lets only the publishing job, which runs no repository code, write to Pages', () => {
    expect(deploy.jobs.build?.permissions).toEqual({ contents: 'read' });
    expect(deploy.jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.jobs.deploy?.steps.every((step) => step.run === undefined && step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});

describe.each([
  ['ci.yml', ci],
  ['deploy.yml', deploy],
])('the build caches of %s (issue 18)', (_name, workflow) => {
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const index = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
  const cache = steps[index];
  it('restore and save Astro’s cacheDir, which holds the incremental pages and the social images', () => {
    expect(cache?.with?.path).toBe('node_modules/.astro');
  });
  it('key the cache on the lockfile and the content, with restore-keys for the nearest older cache', () => {
    const key = String(cache?.with?.key);
    expect(key).toContain("hashFiles('package-lock.json')");
    expect(key).toMatch(/hashFiles\('content\/\*\*'/);
    const restoreKeys = String(cache?.with?.['restore-keys']).trim().split('\n');
    expect(restoreKeys.length).toBeGreaterThan(0);
    // Each restore key is a prefix of the key: a changed content hash still finds the last cache.
    for (const prefix of restoreKeys) expect(key.startsWith(prefix.trim())).toBe(true);
  });
  it('restore after npm ci (which empties node_modules/) and before the build', () => {
    const install = steps.findIndex((step) => step.run?.startsWith('npm ci'));
    const build = steps.findIndex((step) => step.run === 'npm run build');
    expect(install).toBeGreaterThanOrEqual(0);
    expect(index).toBeGreaterThan(install);
    expect(index).toBeLessThan(build);
  });
});

describe('npm scripts and .ci/run', () => {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  it('keeps `npm run check` to the content validation, and type-checks in `npm run typecheck`', () => {
    expect(scripts.check).toBe('node scripts/check-content.ts');
    expect(scripts.typecheck).toBe('astro check');
  });
  it('runs check, typecheck, codeowners --check and the tests in .ci/run', () => {
    const lines = readFileSync(join(root, '.ci', 'run'), 'utf8').split('\n');
    const order = ['npm run check', 'npm run typecheck', 'npm run codeowners -- --check', 'npm test'].map((command) => lines.indexOf(command));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
