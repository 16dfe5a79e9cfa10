import ICAL from 'ical.js';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dueOf } from '../../src/lib/calendar/events.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { sharedShippedSite, type ShippedBuild } from '../helpers/quality-build.ts';

const root = resolve(import.meta.dirname, '../..');
const model = createPortalModel(loadPortalContentFromDir(join(root, 'content')));

// Reads the shared build of the shipped site: no build of its own.
describe('the shipped site: what changed, calendars and the audit trail', () => {
  let site: ShippedBuild;
  beforeAll(() => {
    site = sharedShippedSite();
  });

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
    // Whether the checkout has the content's history or not (a shallow clone), the build says so once.
    expect(site.output.match(/(?:Không có dấu vết|Dấu vết) kiểm toán từ git/g)).toHaveLength(1);
  });

  it('lists every change on /cap-nhat/ and its pages, and in its feed', () => {
    const pages = [site.read('cap-nhat/index.html')];
    for (let number = 2; site.exists(`cap-nhat/trang/${number}/index.html`); number += 1) pages.push(site.read(`cap-nhat/trang/${number}/index.html`));
    const listed = pages.flatMap((html) => [...html.matchAll(/data-change="([^"]+)"/g)].map((match) => match[1]));
    expect(listed).toEqual(model.changes.map((change) => change.id));
    const feed = site.read('cap-nhat/rss.xml');
    expect([...feed.matchAll(/<guid isPermaLink="false">cap-nhat:([^<]+)<\/guid>/g)].map((match) => match[1])).toEqual(model.changes.map((change) => change.id));
    // Each change links to the commit that introduced it, where the checkout has the history.
    if (site.output.includes('Dấu vết kiểm toán từ git:')) expect(pages[0]).toMatch(/<a href="https:\/\/github\.com\/bacgiang-cds\/cong-chuyen-doi-so\/commit\/[0-9a-f]{40}"/);
  });

  it('every unit calendar and the city calendar parse, with one event per task that falls due', () => {
    const city = new ICAL.Component(ICAL.parse(site.read('han-chot.ics')));
    expect(city.getAllSubcomponents('vevent').length).toBe(model.indicators.filter((indicator) => model.childrenOf(indicator).length === 0 && dueOf(indicator, model.site.year)).length);
    for (const unit of model.units) {
      const tasks = (model.progress.units.get(unit.id)?.assignments ?? []).filter((assignment) => dueOf(assignment.indicator, model.site.year));
      const calendar = new ICAL.Component(ICAL.parse(site.read(`don-vi/${unit.id}/han-chot.ics`)));
      expect(calendar.getAllSubcomponents('vevent').length, unit.id).toBe(tasks.length);
      expect(site.read(`don-vi/${unit.id}/index.html`)).toContain(`href="webcal://`);
    }
  });
});
