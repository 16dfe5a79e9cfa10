import { getContentDir } from '../lib/content/content-dir-fs.ts';
import { loadPortalModel } from '../lib/portal/model-fs.ts';
import type { PortalModel } from '../lib/portal/model.ts';

/**
 * The portal model of this build: the one the content-validation integration
 * built at astro:config:setup (src/lib/portal/model-fs.ts memoises it per
 * process). Only routes call this; they hand it to a view model (src/lib/views/)
 * and pass the view to their components.
 */
export function getPortal(): PortalModel {
  return loadPortalModel(getContentDir(), process.cwd());
}
