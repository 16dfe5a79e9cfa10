/**
 * One design per kind of page. Each draws its model and nothing else; the
 * sizes are chosen so the longest text, clamped, still fits its box (checked
 * by test/unit/og-draw.test.ts with satori's own layout).
 */
import type {
  OgHomeImage,
  OgImageModel,
  OgIndicatorImage,
  OgPageImage,
  OgPillarImage,
  OgPlanImage,
  OgPostImage,
  OgPrioritiesImage,
  OgUnitImage,
} from '../model.ts';
import { box, text, type OgNode } from './node.ts';
import { completionBar, figureRow, frame, statusPill } from './parts.ts';
import { colors } from './theme.ts';

const title = (content: string, fontSize: number, lines: number) =>
  text(content, { fontSize, fontWeight: 700, lineHeight: 1.3, color: colors.text }, lines);

const line = (content: string, fontSize: number, lines = 1, color: string = colors.muted) =>
  text(content, { fontSize, lineHeight: 1.3, color }, lines);

const spacer = () => box({ flexGrow: 1 });

function drawIndicator(model: OgIndicatorImage): OgNode {
  return frame(
    model,
    `Chỉ số ${model.id} · Trụ cột ${model.pillar}`,
    title(model.title, 48, 3),
    model.lead !== '' && box({ marginTop: 16 }, line(`Chủ trì: ${model.lead}`, 28, 1, colors.text)),
    spacer(),
    box({ alignItems: 'center', gap: 28 }, statusPill(model.status), box({ flexGrow: 1, flexDirection: 'column' }, completionBar(model.completion))),
  );
}

function drawUnit(model: OgUnitImage): OgNode {
  const [assigned, done, overdue] = model.figures;
  const caption = assigned ? `Chủ trì ${assigned.value} chỉ số: ${done?.value ?? '0'} hoàn thành, ${overdue?.value ?? '0'} quá hạn` : undefined;
  const posts = model.posts;
  return frame(
    model,
    model.kindLabel,
    title(model.name, 56, 2),
    spacer(),
    completionBar(model.completion, caption === undefined ? {} : { caption }),
    model.change && box({ marginTop: 12 }, line(model.change, 26, 1, colors.text)),
    posts &&
      box(
        { flexDirection: 'column', gap: 8, marginTop: 22 },
        line(`Tin, bài chuyển đổi số (chỉ số ${posts.indicatorId}): ${posts.count} / chỉ tiêu ${posts.target}`, 26, 1, colors.text),
        box(
          { height: 16, borderRadius: 8, backgroundColor: colors.track },
          posts.percent > 0 && box({ width: `${posts.percent}%`, height: '100%', borderRadius: 8, backgroundColor: posts.met ? '#1d6b35' : colors.link }),
        ),
      ),
  );
}

function drawPost(model: OgPostImage): OgNode {
  return frame(model, 'Tin chuyển đổi số', title(model.title, 54, 4), spacer(), line(`${model.unit} · ${model.date}`, 30, 1, colors.text));
}

function drawPillar(model: OgPillarImage): OgNode {
  return frame(
    model,
    model.kicker,
    title(model.title, 60, 2),
    spacer(),
    completionBar(model.completion, { caption: 'Hoàn thành' }),
    box({ marginTop: 20 }, figureRow(model.figures)),
  );
}

function drawPlan(model: OgPlanImage): OgNode {
  return frame(
    model,
    'Kế hoạch',
    title(model.title, 46, 2),
    box({ marginTop: 10 }, line(model.issued, 26)),
    spacer(),
    completionBar(model.completion),
    box({ marginTop: 20 }, figureRow(model.figures)),
  );
}

function drawHome(model: OgHomeImage): OgNode {
  return frame(
    model,
    'Cổng công khai',
    // The change line takes the third line's room.
    title(model.title, 44, model.change ? 2 : 3),
    spacer(),
    completionBar(model.completion, { caption: 'Toàn thành phố hoàn thành' }),
    model.change && box({ marginTop: 12 }, line(model.change, 26, 1, colors.text)),
    box({ marginTop: 20 }, figureRow(model.figures)),
  );
}

function drawPage(model: OgPageImage): OgNode {
  return frame(model, 'Trang thông tin', title(model.title, 54, 3), box({ marginTop: 16 }, line(model.description, 28, 2)));
}

function drawPriorities(model: OgPrioritiesImage): OgNode {
  return frame(
    model,
    'Ưu tiên',
    title(model.title, 40, 2),
    box(
      { flexDirection: 'column', gap: 12, marginTop: 18 },
      ...model.items.map((item) =>
        box(
          { alignItems: 'center', gap: 20 },
          box(
            { flexShrink: 0, width: 250, padding: '4px 14px', borderRadius: 8, backgroundColor: colors.surface },
            text(item.gain, { fontSize: 30, fontWeight: 700, lineHeight: 1.3, color: colors.text }, 1, 222),
          ),
          text(item.label, { fontSize: 26, lineHeight: 1.3, color: colors.text, flexShrink: 1 }, 1, 800),
        ),
      ),
    ),
    spacer(),
    model.whatIf !== '' && line(model.whatIf, 26, 2, colors.text),
  );
}

/**
 * The element tree of a model's image, for satori.
 * @example
 * drawOgImage({ kind: 'post', frame, title: 'Ra mắt chuyên mục', unit: 'Phường Trần Phú', date: '05/03/2024' });
 */
export function drawOgImage(model: OgImageModel): OgNode {
  switch (model.kind) {
    case 'indicator':
      return drawIndicator(model);
    case 'unit':
      return drawUnit(model);
    case 'post':
      return drawPost(model);
    case 'pillar':
      return drawPillar(model);
    case 'plan':
      return drawPlan(model);
    case 'home':
      return drawHome(model);
    case 'page':
      return drawPage(model);
    case 'priorities':
      return drawPriorities(model);
  }
}
