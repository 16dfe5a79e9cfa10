/** /qua-han/: every overdue task of the city, grouped by indicator; the home page shows the first rows. */
import { groupOverdue, type OverdueGroup } from '../dashboard/overdue.ts';
import type { PortalModel } from '../portal/model.ts';
import { routes } from '../routes.ts';
import { simplePageView, type PageView } from './layout.ts';

export interface OverdueView extends PageView {
  asOf: string;
  /** Overdue tasks (indicator × unit). */
  taskCount: number;
  groups: OverdueGroup[];
  demo: boolean;
}

/** @example overdueView(model).groups.length; // as many as the home page's "Xem đủ … chỉ số quá hạn" */
export function overdueView(model: PortalModel): OverdueView {
  const groups = groupOverdue(model.progress.overdue);
  const title = 'Nhiệm vụ quá hạn';
  const description = `${model.progress.overdue.length} nhiệm vụ của ${groups.length} chỉ số đã qua hạn chót ghi trong Kế hoạch mà chưa hoàn thành, tính đến ngày chốt số liệu.`;
  return {
    ...simplePageView(model, { title, description, breadcrumbs: [{ label: 'Tiến độ', href: `${routes.home()}#tien-do` }, { label: title }] }),
    asOf: model.site.asOf,
    taskCount: model.progress.overdue.length,
    groups,
    demo: groups.some((group) => group.demo),
  };
}
