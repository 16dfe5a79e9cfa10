/**
 * The portal model of a content folder, built once per process. One build asks
 * for it from several module graphs (the content-validation integration, every
 * page, the social-image step), so the memo lives on globalThis, keyed like the
 * validated-content memo (src/lib/loading/load-fs.ts): the folders and the day.
 * The dev server drops it when a content file changes (invalidatePortalModel).
 */
import { resolve } from 'node:path';
import { loadPortalContentFromDir, todayInVietnam } from '../loading/load-fs.ts';
import { createPortalModel, type PortalModel } from './model.ts';
import { readProgressHistory } from '../audit/git-fs.ts';

interface ModelMemo {
  models: Map<string, PortalModel>;
  /** How many models this process has built: a build must build one (test/build/model-once.test.ts). */
  constructions: number;
}

const MEMO = Symbol.for('dti-portal.portal-model');
const memo = ((globalThis as Record<symbol, unknown>)[MEMO] ??= { models: new Map(), constructions: 0 }) as ModelMemo;

/** The day the build takes as today, as load-fs.ts reads it (PORTAL_TODAY, else Vietnam's date). */
const buildDay = () => process.env.PORTAL_TODAY ?? todayInVietnam();

const keyOf = (contentDir: string, root: string) => `${resolve(root)}\u0000${resolve(contentDir)}\u0000${buildDay()}`;

/**
 * Validates the content under `contentDir` and builds its model, or returns the
 * one already built in this process. Throws ContentValidationError on invalid content.
 * @example
 * const model = loadPortalModel('content', process.cwd());
 * model.getIndicator('1.4')?.title;
 */
export function loadPortalModel(contentDir: string, root = process.cwd()): PortalModel {
  const key = keyOf(contentDir, root);
  let model = memo.models.get(key);
  if (!model) {
    // The audit trail reads git only once the content is valid: an invalid folder fails before any git process runs.
    const content = loadPortalContentFromDir(contentDir, root);
    model = createPortalModel(content, { progressHistory: readProgressHistory(contentDir) });
    memo.models.set(key, model);
    memo.constructions += 1;
  }
  return model;
}

/** Forgets every model built from `contentDir` (all when left out), so the next request validates again. */
export function invalidatePortalModel(contentDir?: string): void {
  if (contentDir === undefined) return memo.models.clear();
  const folder = `\u0000${resolve(contentDir)}\u0000`;
  for (const key of memo.models.keys()) if (key.includes(folder)) memo.models.delete(key);
}

/** How many portal models this process has built. */
export function portalModelConstructions(): number {
  return memo.constructions;
}
