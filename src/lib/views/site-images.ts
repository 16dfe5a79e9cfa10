/**
 * The image model of every page that has its own design, keyed by page path,
 * taken from the pages' own view models: what the pages record while they
 * render (src/lib/og/records.ts), without rendering them. For tests and the
 * image benchmark.
 */
import type { OgImageModel } from '../og/model.ts';
import type { PortalModel } from '../portal/model.ts';
import { routes } from '../routes.ts';
import { homeView } from './home.ts';
import { indicatorView } from './indicator.ts';
import { postView } from './news.ts';
import { pillarView } from './pillar.ts';
import { planView } from './plan.ts';
import { unitView } from './units.ts';

/** @example siteImageModels(model).get('/chi-so/1-2-1/')?.kind; // 'indicator' */
export function siteImageModels(model: PortalModel): Map<string, OgImageModel> {
  const models = new Map<string, OgImageModel>([[routes.home(), homeView(model).layout.image]]);
  if (model.plans.length > 0) models.set(routes.plan(), planView(model).layout.image);
  for (const pillar of model.pillars) models.set(routes.pillar(pillar.slug), pillarView(model, pillar.id).layout.image);
  for (const indicator of model.indicators) models.set(routes.indicator(indicator.id), indicatorView(model, indicator.id).layout.image);
  for (const unit of model.units) models.set(routes.unit(unit.id), unitView(model, unit.id).layout.image);
  for (const post of model.publishedPosts) models.set(routes.post(post.slug), postView(model, post.slug).layout.image);
  return models;
}
