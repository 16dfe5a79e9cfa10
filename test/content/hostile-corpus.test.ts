/**
 * The security corpus (issue 12, point 7): every attack of
 * test/fixtures/hostile/ goes through the real tools on a temporary copy.
 * - refused: the check `npm run check` runs exits 1 with the exact message of
 *   expected.txt and never shows the secret, /etc/passwd or a stack. Cases with
 *   a `budgetMs` each run the real `node scripts/check-content.ts` alone and
 *   must finish in time; the others run through the same check function in
 *   two batch processes (test/helpers/check-batch.ts), and one case of each
 *   family also through the real CLI, which must print the same;
 * - neutralised: one `npm run build` of all of them together, whose pages hold
 *   exactly the escaped HTML the cases name, opened in Chromium, where nothing
 *   navigates off the site or opens a dialog;
 * - one `npm run build` of a refused case from each family fails, writes no
 *   page and never runs the payload.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstroBuild, type FixtureBuild } from '../helpers/build-fixture.ts';
import { runNodeWithBudget, type BudgetedRun } from '../helpers/hostile-budget.ts';
import { listHostileCases, materializeHostile, pageFile, passwdLines, SECRET, type HostileCase, type HostileCopy, type NeutralisedCase, type RefusedCase } from '../helpers/hostile-cases.ts';
import { browserRequired, hasChromium, openSiteInChromium, type SiteInChromium } from '../helpers/search-chromium.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const checkScript = join(projectRoot, 'scripts', 'check-content.ts');
const batchScript = join(projectRoot, 'test', 'helpers', 'check-batch.ts');
/** "Today" for every case, as in the malformed corpus. */
const TODAY = '2024-12-31';
/** Any check still running after this is killed: a hang fails instead of stalling the run. */
const HARD_LIMIT_MS = 60_000;

const CASES = listHostileCases();
const REFUSED = CASES.filter((hostile): hostile is RefusedCase => hostile.outcome === 'refused');
const NEUTRALISED = CASES.filter((hostile): hostile is NeutralisedCase => hostile.outcome === 'neutralised');
const PASSWD = passwdLines();

/** The check's environment: the copy is the working directory, so messages name `content/…`. */
function checkEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORTAL_TODAY: TODAY, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.PORTAL_CONTENT_DIR;
  // Under GitHub Actions the check adds workflow-command annotations; expected.txt holds the local output.
  delete env.GITHUB_ACTIONS;
  delete env.GITHUB_STEP_SUMMARY;
  return env;
}

/** Runs the real check on a copy; the copy is removed afterwards. */
async function checkCopy(copy: HostileCopy, killAfterMs = HARD_LIMIT_MS): Promise<BudgetedRun & { marker: boolean; root: string }> {
  try {
    const run = await runNodeWithBudget([checkScript], { cwd: copy.root, env: checkEnv(), killAfterMs });
    return { ...run, marker: existsSync(copy.placeholders.marker), root: copy.root };
  } finally {
    copy.remove();
  }
}

/** The message as expected.txt holds it: the copy's temporary root written `{root}`, one final newline. */
function normalise(output: string, root: string): string {
  return `${output.split(root).join('{root}').trimEnd()}\n`;
}

/** What no output may ever show; the check's own output may not hold a stack trace either (Astro prints its own for a failed hook). */
function expectNoLeak(text: string, where: string, { stack = false }: { stack?: boolean } = {}): void {
  expect(text, where).not.toContain(SECRET);
  if (!stack) expect(text, `${where}: a stack trace`).not.toContain('    at ');
  for (const line of PASSWD) expect(text.includes(line), `${where} shows a line of /etc/passwd: ${line}`).toBe(false);
}

describe('the security corpus (test/fixtures/hostile/)', () => {
  it('holds refused and neutralised cases, each well-formed', () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(2);
    expect(NEUTRALISED.length).toBeGreaterThanOrEqual(1);
    expect(new Set(CASES.map((hostile) => hostile.name)).size).toBe(CASES.length);
  });

  describe('through the check `npm run check` runs', () => {
    const outcomes = new Map<string, { status: number | null; output: string; killed: boolean; milliseconds: number; marker: boolean; root: string }>();
    /** The check's own time on the unchanged base: starting Node and loading the validator. */
    let baseMs = 0;
    const untimed = REFUSED.filter((hostile) => hostile.budgetMs === undefined);
    const firstOfFamily = [...new Map(untimed.map((hostile) => [hostile.family, hostile] as const).reverse()).values()];
    const cliOutcomes = new Map<string, Awaited<ReturnType<typeof checkCopy>>>();

    /** Runs the cases' copies through one batch process; a hang kills the batch and fails its cases. */
    async function checkBatch(cases: readonly RefusedCase[]): Promise<void> {
      const copies = cases.map((hostile) => ({ hostile, copy: materializeHostile([hostile], 'batch') }));
      try {
        const run = await runNodeWithBudget([batchScript, ...copies.map(({ copy }) => copy.root)], { cwd: projectRoot, env: checkEnv(), killAfterMs: HARD_LIMIT_MS * 2 });
        const lines = run.output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { root: string; status: number; output: string; milliseconds: number });
        const byRoot = new Map(lines.map((line) => [line.root, line]));
        for (const { hostile, copy } of copies) {
          const line = byRoot.get(copy.root);
          outcomes.set(hostile.name, {
            status: line?.status ?? null,
            output: line?.output ?? run.output,
            killed: line === undefined && run.killed,
            milliseconds: line?.milliseconds ?? run.milliseconds,
            marker: existsSync(copy.placeholders.marker),
            root: copy.root,
          });
        }
      } finally {
        for (const { copy } of copies) copy.remove();
      }
    }

    beforeAll(async () => {
      const base = await checkCopy(materializeHostile([], 'base'));
      expect(base.status, base.output).toBe(0);
      baseMs = base.milliseconds;
      const half = Math.ceil(untimed.length / 2);
      await Promise.all([checkBatch(untimed.slice(0, half)), checkBatch(untimed.slice(half))]);
      const queue = [...firstOfFamily];
      await Promise.all(
        [0, 1].map(async () => {
          for (let next = queue.shift(); next; next = queue.shift()) cliOutcomes.set(next.name, await checkCopy(materializeHostile([next], 'cli')));
        }),
      );
      // Cases with a time budget afterwards, each alone through the real CLI, so they are timed fairly.
      for (const timed of REFUSED.filter((hostile) => hostile.budgetMs !== undefined)) {
        outcomes.set(timed.name, await checkCopy(materializeHostile([timed], 'timed'), Math.min(HARD_LIMIT_MS, baseMs + (timed.budgetMs ?? 0) + 10_000)));
      }
    });

    it.each(REFUSED)('$name is refused with its exact message, and shows nothing it must not', async (hostile) => {
      const outcome = outcomes.get(hostile.name);
      expect(outcome?.killed, `${hostile.name}: still running after ${outcome?.milliseconds} ms`).toBe(false);
      expect(outcome?.status, outcome?.output).toBe(1);
      expectNoLeak(outcome?.output ?? '', hostile.name);
      expect(outcome?.marker, `${hostile.name}: the payload ran`).toBe(false);
      await expect(normalise(outcome?.output ?? '', outcome?.root ?? '')).toMatchFileSnapshot(hostile.expectedFile);
      if (hostile.budgetMs !== undefined) {
        // The budget is for the case's own work: the base's check time (Node's start, loading the validator) comes on top.
        expect(outcome?.milliseconds ?? Infinity, `${hostile.name}: ${outcome?.milliseconds} ms, the base alone ${baseMs} ms`).toBeLessThanOrEqual(baseMs + hostile.budgetMs);
      }
    });

    it.each(firstOfFamily)('$family: the real `node scripts/check-content.ts` prints what the batch printed ($name)', (hostile) => {
      const cli = cliOutcomes.get(hostile.name);
      const batch = outcomes.get(hostile.name);
      expect(cli?.status, cli?.output).toBe(1);
      expect(cli?.marker, `${hostile.name}: the payload ran`).toBe(false);
      expect(normalise(cli?.output ?? '', cli?.root ?? '')).toBe(normalise(batch?.output ?? '', batch?.root ?? ''));
    });
  });

  describe('through the real `npm run build`, all neutralised cases in one site', () => {
    let copy: HostileCopy;
    let check: BudgetedRun;
    let build: FixtureBuild;

    beforeAll(async () => {
      copy = materializeHostile(NEUTRALISED, 'neutralised');
      check = await runNodeWithBudget([checkScript], { cwd: copy.root, env: checkEnv(), killAfterMs: HARD_LIMIT_MS });
      build = runAstroBuild({ outDir: join(copy.root, 'dist'), contentDir: copy.contentDir, env: { PORTAL_TODAY: TODAY }, command: 'npm-run-build' });
    });
    afterAll(() => copy?.remove());

    it('passes the check and the build, which print nothing they must not and never run the payload', () => {
      expect(check.status, check.output).toBe(0);
      expect(build.status, build.output).toBe(0);
      expectNoLeak(build.output, 'the build log');
      expect(existsSync(copy.placeholders.marker), 'the payload ran').toBe(false);
    });

    it('writes no outside secret into any built file', () => {
      const secret = Buffer.from(SECRET);
      const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
      const files = walk(build.outDir);
      expect(files.length).toBeGreaterThan(10);
      for (const file of files) expect(readFileSync(file).includes(secret), file).toBe(false);
    });

    it.each(NEUTRALISED)('$name: $page holds the neutralised HTML', (hostile) => {
      const file = pageFile(hostile.page);
      expect(build.exists(file), `${hostile.page} was not built (${file})`).toBe(true);
      const html = build.read(file);
      for (const text of hostile.contains) expect(html, hostile.name).toContain(text);
      for (const text of hostile.excludes) expect(html, hostile.name).not.toContain(text);
    });

    describe.skipIf(!hasChromium && !browserRequired)('in Chromium', () => {
      let site: SiteInChromium;
      beforeAll(async () => {
        site = await openSiteInChromium(build.outDir);
      });
      afterAll(() => site?.close());

      const pages = [...new Set(NEUTRALISED.map((hostile) => hostile.page).filter((page) => pageFile(page).endsWith('.html')))];
      it.each(pages)('%s navigates nowhere off the site and opens no dialog', async (path) => {
        const { origin } = site.server;
        const page = await site.browser.newPage();
        const elsewhere: string[] = [];
        const dialogs: string[] = [];
        const popups: string[] = [];
        page.on('request', (request) => {
          if (!request.url().startsWith(`${origin}/`)) elsewhere.push(`request ${request.url()}`);
        });
        page.on('framenavigated', (frame) => {
          if (!frame.url().startsWith(`${origin}/`) && frame.url() !== 'about:blank') elsewhere.push(`navigation ${frame.url()}`);
        });
        page.on('dialog', (dialog) => {
          dialogs.push(`${dialog.type()}: ${dialog.message()}`);
          void dialog.dismiss();
        });
        page.on('popup', (popup) => popups.push(popup.url()));
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        // Long enough for a <meta http-equiv="refresh" content="0; …"> or a timer to fire.
        await page.waitForTimeout(1500);
        expect(elsewhere).toEqual([]);
        expect(dialogs).toEqual([]);
        expect(popups).toEqual([]);
        expect(page.url()).toBe(`${origin}${path}`);
        expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
        await page.close();
      });
    });
  });

  describe('through the real `npm run build`, a refused case of each family in one site', () => {
    const sample = [...new Map(REFUSED.map((hostile) => [hostile.family, hostile] as const).reverse()).values()]
      // Prefer, in each family, a case without a time budget: the build is not where those are timed.
      .map((first) => REFUSED.find((hostile) => hostile.family === first.family && hostile.budgetMs === undefined) ?? first);
    let copy: HostileCopy;
    let build: FixtureBuild;

    beforeAll(() => {
      copy = materializeHostile(sample, 'refused');
      build = runAstroBuild({ outDir: join(copy.root, 'dist'), contentDir: copy.contentDir, env: { PORTAL_TODAY: TODAY }, command: 'npm-run-build' });
    });
    afterAll(() => copy?.remove());

    it(`fails, writes no page, and never runs the payload (${sample.map((hostile: HostileCase) => hostile.name).join(', ')})`, () => {
      expect(sample.length).toBeGreaterThan(0);
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toMatch(/Nội dung không hợp lệ \(\d+ lỗi\)/);
      expect(build.exists('index.html') || build.exists('404.html')).toBe(false);
      expectNoLeak(build.output, 'the build log', { stack: true });
      expect(existsSync(copy.placeholders.marker), 'the payload ran').toBe(false);
    });
  });
});
