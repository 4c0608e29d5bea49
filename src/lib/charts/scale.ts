/**
 * The top of a count axis: the smallest of 1, 2, 5, 10, 20, 50… at or above `max`, so bars keep
 * their proportions and the axis reads in round numbers.
 * @example niceCeiling(7) // 10
 */
export function niceCeiling(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= max - 1e-9) ?? 10;
  return step * power;
}

/** Length of a bar for `value` on an axis from 0 to `axisMax` drawn `length` long. */
export function barLength(value: number, axisMax: number, length: number): number {
  if (axisMax <= 0 || value <= 0) return 0;
  return (Math.min(value, axisMax) / axisMax) * length;
}

const decimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

/** A number as Indonesian readers write it: "4,5", "1.250". */
export function formatNumber(value: number): string {
  return decimal.format(value);
}

/** Size of chart text, in drawing units. */
export const FONT_SIZE = 13;

/**
 * Room to keep for a line of digits and lowercase words at `fontSize`, whatever the reader's font:
 * 0.62 em a character, just above DejaVu Sans Mono (0.6 em), the widest common font.
 * @example textRoom('2 kegiatan', 13) // 80.6
 */
export function textRoom(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62;
}

/** Rounds a coordinate to hundredths, to keep the markup short. */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * How much larger than its drawing a chart is shown where there is room. Charts are drawn about
 * as wide as a phone (300 units), so they shrink little at 320 px and grow to a comfortable size
 * on a desktop; text scales with them.
 */
export const DISPLAY_SCALE = 1.3;
