/**
 * The pieces every design shares: the frame (kicker, demo badge, portal name
 * and date of the figures), a completion bar, a status pill and figures.
 */
import type { OgCompletion, OgFigure, OgFrame, OgStatus } from '../model.ts';
import { box, text, type OgChild, type OgNode } from './node.ts';
import { colors, completionColor, OG_CONTENT_WIDTH, OG_FONT_STACK, OG_PADDING, OG_PADDING_Y, OG_TOP_BAND, statusColors } from './theme.ts';

/**
 * The whole image: a red band on top, the kicker line with the demo badge,
 * the design's own content, and a footer with the portal name and the date
 * of the figures, which every image carries.
 */
export function frame(model: { frame: OgFrame }, kicker: string, ...content: (OgChild | false | undefined)[]): OgNode {
  const { siteName, asOf, demo } = model.frame;
  // Bands and rules are filled boxes, not CSS borders: satori draws a border
  // with clip paths, and librsvg rasterises each clip path as a full-size layer.
  return box(
    { width: '100%', height: '100%', flexDirection: 'column', backgroundColor: colors.background, color: colors.text, fontFamily: OG_FONT_STACK },
    box({ height: OG_TOP_BAND, flexShrink: 0, backgroundColor: colors.accent }),
    box(
      { flexDirection: 'column', flexGrow: 1, boxSizing: 'border-box', padding: `${OG_PADDING_Y}px ${OG_PADDING}px` },
      box(
        { alignItems: 'center', justifyContent: 'space-between', height: 44, gap: 24, flexShrink: 0 },
        text(kicker, { fontSize: 28, fontWeight: 700, lineHeight: 1.3, color: colors.accent, flexShrink: 1 }, 1, 760),
        demo &&
          box(
            { flexShrink: 0, padding: 2, borderRadius: 8, backgroundColor: colors.noticeBorder },
            box(
              { padding: '2px 14px', borderRadius: 6, backgroundColor: colors.noticeBackground },
              text('Dữ liệu minh họa', { fontSize: 24, fontWeight: 700, lineHeight: 1.3, color: colors.text }, 1, 300),
            ),
          ),
      ),
      box({ flexDirection: 'column', flexGrow: 1, marginTop: 16, marginBottom: 20 }, ...content),
      box({ height: 2, flexShrink: 0, backgroundColor: colors.border }),
      box(
        { alignItems: 'center', justifyContent: 'space-between', gap: 24, paddingTop: 16, flexShrink: 0 },
        text(siteName, { fontSize: 26, fontWeight: 700, lineHeight: 1.3, color: colors.text, flexShrink: 1 }, 1, 700),
        text(`Số liệu tính đến ${asOf}`, { fontSize: 26, lineHeight: 1.3, color: colors.muted, flexShrink: 0 }, 1, 400),
      ),
    ),
  );
}

/** A horizontal bar filled to the completion percentage, with the label beside it. */
export function completionBar(completion: OgCompletion, options: { caption?: string; fill?: string } = {}): OgNode {
  const percent = completion.percent === undefined ? 0 : Math.max(0, Math.min(100, completion.percent));
  const fill = options.fill ?? completionColor(completion.percent);
  return box(
    { flexDirection: 'column', gap: 10 },
    options.caption !== undefined && text(options.caption, { fontSize: 26, lineHeight: 1.3, color: colors.muted }, 1),
    box(
      { alignItems: 'center', gap: 28 },
      box(
        { flexGrow: 1, height: 30, borderRadius: 15, backgroundColor: colors.track },
        percent > 0 && box({ width: `${percent}%`, height: '100%', borderRadius: 15, backgroundColor: fill }),
      ),
      text(completion.label, { fontSize: completion.percent === undefined ? 30 : 44, fontWeight: 700, lineHeight: 1.2, color: colors.text, flexShrink: 0 }, 1, 420),
    ),
  );
}

/** A status as a coloured pill with its label; the text carries the meaning. */
export function statusPill(status: OgStatus): OgNode {
  return box(
    { flexShrink: 0, padding: '6px 20px', borderRadius: 24, backgroundColor: statusColors[status.status] },
    text(status.label, { fontSize: 28, fontWeight: 700, lineHeight: 1.3, color: '#ffffff' }, 1, 320),
  );
}

/** A row of figures: a large value above a short caption. */
export function figureRow(figures: readonly OgFigure[]): OgNode {
  const gap = 24;
  const width = Math.floor((OG_CONTENT_WIDTH - gap * (figures.length - 1)) / Math.max(1, figures.length));
  return box(
    { gap },
    ...figures.map((figure) =>
      box(
        { flexDirection: 'column', width, padding: '10px 18px', backgroundColor: colors.surface, borderRadius: 10, boxSizing: 'border-box' },
        text(figure.value, { fontSize: 38, fontWeight: 700, lineHeight: 1.2, color: colors.text }, 1, width - 36),
        text(figure.label, { fontSize: 22, lineHeight: 1.3, color: colors.muted }, 1, width - 36),
      ),
    ),
  );
}
