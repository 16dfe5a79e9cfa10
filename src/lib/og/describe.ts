/**
 * The text alternative of a social image (og:image:alt): what it shows, in
 * the order it shows it, so a reader who cannot see it misses nothing.
 */
import type { OgFigure, OgImageModel } from './model.ts';

const figures = (list: readonly OgFigure[]) => list.map((figure) => `${figure.value} ${figure.label}`).join(', ');

/**
 * @example
 * describeOgImage(indicatorModel);
 * // 'Chỉ số 1.2.1: Ban hành kế hoạch…. Chủ trì: Phòng Văn hóa và Thông tin. Trạng thái: Quá hạn; hoàn thành 40%. Chuyển đổi số thành phố Bắc Giang, số liệu tính đến 15/10/2024.'
 */
export function describeOgImage(model: OgImageModel): string {
  const parts: string[] = [];
  switch (model.kind) {
    case 'home':
      parts.push(model.title, `Toàn thành phố hoàn thành ${model.completion.label}`, model.change ?? '', figures(model.figures));
      break;
    case 'plan':
      parts.push(model.title, model.issued, `Hoàn thành ${model.completion.label}`, figures(model.figures));
      break;
    case 'pillar':
      parts.push(`${model.kicker}: ${model.title}`, `Hoàn thành ${model.completion.label}`, figures(model.figures));
      break;
    case 'indicator':
      parts.push(
        `Chỉ số ${model.id}: ${model.title}`,
        `Trụ cột ${model.pillar}`,
        model.lead === '' ? '' : `Chủ trì: ${model.lead}`,
        `Trạng thái: ${model.status.label}; hoàn thành ${model.completion.label}`,
      );
      break;
    case 'unit':
      parts.push(`${model.name} (${model.kindLabel})`, `Hoàn thành ${model.completion.label}`, model.change ?? '', figures(model.figures));
      if (model.posts) parts.push(`Tin, bài chỉ số ${model.posts.indicatorId}: ${model.posts.count}, chỉ tiêu ${model.posts.target}`);
      break;
    case 'post':
      parts.push(model.title, `${model.unit}, ${model.date}`);
      break;
    case 'page':
      parts.push(model.title);
      break;
    case 'priorities':
      parts.push(model.title, ...model.items.map((item, index) => `${index + 1}. ${item.label}: ${item.gain}`), model.whatIf);
      break;
  }
  if (model.frame.demo) parts.push('Dữ liệu minh họa');
  parts.push(`${model.frame.siteName}, số liệu tính đến ${model.frame.asOf}`);
  return parts.filter((part) => part.length > 0).map((part) => (/[.!?…]$/.test(part) ? part : `${part}.`)).join(' ');
}
