// Colours of the charts. Categories use the Okabe–Ito palette (safe for every common colour
// vision deficiency) and differ by pattern and by label too; counts on the calendar use one hue in
// lightness steps, with the number printed in each cell. Colour is never the only cue.

/** Text and outlines: the site's ink (at least 7:1 on white). */
export const INK = '#1a1a1a';
/** Grid lines and empty cells' edges. */
export const LINE = '#8c959f';

/** Bars of a single series (Okabe–Ito blue, 5.0:1 on white). */
export const BAR = '#0072B2';

/** Timeline glyphs: activities are blue circles, releases orange squares. */
export const TIMELINE_COLOURS = { meeting: '#0072B2', release: '#E69F00' } as const;

/**
 * Calendar cells by level (0: none, then four steps of a blue scale), with the colour of the
 * number printed on each: ink on the light steps, white on the dark ones (each pair ≥ 4.5:1).
 */
export const HEAT_LEVELS = [
  { fill: '#ffffff', text: INK },
  { fill: '#c6dbef', text: INK },
  { fill: '#6baed6', text: INK },
  { fill: '#2171b5', text: '#ffffff' },
  { fill: '#08306b', text: '#ffffff' },
] as const;

/** The highest level of the calendar scale. */
export const TOP_LEVEL = HEAT_LEVELS.length - 1;

/**
 * The level of a count on the calendar scale: 0 for none; up to four activities a month each
 * count has its own level, beyond that the range up to `max` is cut in four equal steps.
 */
export function heatLevel(count: number, max: number): number {
  if (count <= 0) return 0;
  if (max <= TOP_LEVEL) return Math.min(count, TOP_LEVEL);
  return Math.min(TOP_LEVEL, Math.max(1, Math.ceil((count / max) * TOP_LEVEL)));
}

/** The legend of the calendar scale for a given maximum: each level with the counts it covers. */
export function heatLegend(max: number): { level: number; from: number; to: number }[] {
  const legend = [{ level: 0, from: 0, to: 0 }];
  for (let count = 1; count <= max; count++) {
    const level = heatLevel(count, max);
    const last = legend.at(-1);
    if (last && last.level === level) last.to = count;
    else legend.push({ level, from: count, to: count });
  }
  return legend;
}

/** Fills of the follow-up progress groups; "pattern" names the pattern drawn over the fill. */
export const PROGRESS_STYLES = {
  overdue: { fill: '#D55E00', pattern: 'hatch' },
  open: { fill: '#56B4E9', pattern: undefined },
  done: { fill: '#009E73', pattern: undefined },
  dropped: { fill: '#ffffff', pattern: 'dots' },
} as const;

/** The fill of a progress group: its colour, or its pattern (defined with ids `<prefix>-hatch`, `<prefix>-dots`). */
export function progressFill(progress: keyof typeof PROGRESS_STYLES, prefix: string): string {
  const style = PROGRESS_STYLES[progress];
  return style.pattern ? `url(#${prefix}-${style.pattern})` : style.fill;
}
