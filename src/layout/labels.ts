/** Something to place in a lane: a mark from x0 to x1 and a label that wants `labelWidth` px after x0. */
export interface PlacementInput {
  x0: number;
  x1: number;
  labelWidth: number;
}

export interface Placement {
  /** Row within the lane (0 = top). */
  row: number;
  /** False when the label would collide in every row: the mark is drawn, the label culled. */
  showLabel: boolean;
}

/** Average glyph width as a share of the font size: layout estimates text, it never measures the DOM. */
const CHAR_WIDTH = 0.56;

/** Estimated width of a label in px. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const char of text) units += char.charCodeAt(0) > 0x2e80 ? 1.8 : 1;
  return units * fontSize * CHAR_WIDTH;
}

/** Shortens a label to at most `max` characters, with an ellipsis. */
export function truncateLabel(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/**
 * Packs items (sorted by x0) into at most `rows` label rows so that nothing overlaps a label:
 * each item takes the first row that is free at its position, with its label. An item that
 * finds no free row goes to the dense strip below the rows (row index `rows`), drawn
 * without a label: marks may touch there, but they never cover a label.
 */
export function packRows(items: readonly PlacementInput[], rows: number, gap = 6): Placement[] {
  const rowEnds = new Array<number>(Math.max(1, rows)).fill(-Infinity);
  return items.map((item) => {
    const row = rowEnds.findIndex((end) => end + gap <= item.x0);
    if (row < 0) return { row: rowEnds.length, showLabel: false };
    rowEnds[row] = Math.max(item.x1, item.x0 + item.labelWidth);
    return { row, showLabel: item.labelWidth > 0 };
  });
}
