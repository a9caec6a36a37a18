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
 * First-fit label rows, fed items in order of their left edge: an item takes the first row that
 * is free at its position, with its label. An item that finds no free row goes to the dense strip
 * below the rows, drawn without a label: marks may touch there, but they never cover a label.
 */
export class RowPacker {
  private readonly ends: Float64Array;

  constructor(
    readonly rows: number,
    private readonly gap = 6,
  ) {
    this.ends = new Float64Array(Math.max(1, rows)).fill(-Infinity);
  }

  /** The first row free at `x0`, or -1 when every row is taken there. */
  freeRow(x0: number): number {
    for (let row = 0; row < this.ends.length; row++) if (this.ends[row] + this.gap <= x0) return row;
    return -1;
  }

  /** Reserves `row` up to `end` (the right edge of the mark or of its label, whichever is further). */
  take(row: number, end: number): void {
    this.ends[row] = end;
  }
}
