import { checkFeeds, checkPageSafety } from '../test/helpers/page-safety.ts';
import { builtOrigin } from '../test/helpers/quality-static-checks.ts';
const d = '/tmp/html-dist';
const r = checkPageSafety(d, builtOrigin(d));
console.log(r.files, r.problems.slice(0, 20), r.problems.length);
const f = checkFeeds(d);
console.log(f.feeds.length, f.errors);
