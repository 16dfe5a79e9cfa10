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

try {
  const content = loadPortalContentFromDir(getContentDir());
  console.log(
    `Nội dung hợp lệ: ${content.indicators.length} chỉ số, ${content.pillars.length} trụ cột, ${content.units.length} đơn vị, ${content.plans.length} văn bản kế hoạch.`,
  );
} catch (error) {
  if (!(error instanceof ContentValidationError)) throw error;
  console.error(error.message);
  process.exit(1);
}
