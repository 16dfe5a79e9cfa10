/**
 * The browser tests' static host: the one scripts use (scripts/lib/static-site-fs.ts), under the names
 * the tests import.
 */
export { serveDirectory as serveStaticSite, type ServedSite as StaticSite } from '../../scripts/lib/static-site-fs.ts';
