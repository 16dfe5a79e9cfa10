/**
 * Validates every content file without building the site: the quick check
 * for editors and for CI. Exits 1 with every problem listed.
 *
 *   npm run check            (this; type-checking is npm run typecheck)
 *   node scripts/check-content.ts
 */
import { getContentDir } from '../src/lib/content/content-dir-fs.ts';
import { ContentValidationError } from '../src/lib/content/errors.ts';
import { loadPortalContentFromDir } from '../src/lib/loading/load-fs.ts';

// PORTAL_CHECK_TIMING=1 prints how long validation took, apart from Node's start-up (test/helpers/timed-check.ts).
const started = performance.now();
const reportTiming = () => {
  if (process.env.PORTAL_CHECK_TIMING === '1') console.error(`check-content: validation ${Math.round(performance.now() - started)} ms`);
};
try {
  const content = loadPortalContentFromDir(getContentDir());
  reportTiming();
  console.log(
    `Nội dung hợp lệ: ${content.indicators.length} chỉ số, ${content.pillars.length} trụ cột, ${content.units.length} đơn vị, ${content.plans.length} văn bản kế hoạch.`,
  );
} catch (error) {
  if (!(error instanceof ContentValidationError)) throw error;
  reportTiming();
  console.error(error.message);
  process.exit(1);
}
