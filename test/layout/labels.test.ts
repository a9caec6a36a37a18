import { expect } from '@open-wc/testing';
import { estimateTextWidth, RowPacker, truncateLabel } from '../../src/layout/labels.js';

interface Item {
  x0: number;
  x1: number;
  labelWidth: number;
}

/** Feeds items to a packer the way layout does: each takes the first free row, with its label, or the strip (row = rows). */
function pack(items: readonly Item[], rows: number): { row: number; showLabel: boolean }[] {
  const packer = new RowPacker(rows);
  return items.map((item) => {
    const row = packer.freeRow(item.x0);
    if (row < 0) return { row: rows, showLabel: false };
    packer.take(row, Math.max(item.x1, item.x0 + item.labelWidth));
    return { row, showLabel: true };
  });
}


describe('RowPacker', () => {
  it('puts items that do not collide in the first row with their labels', () => {
    const placements = pack([{ x0: 0, x1: 10, labelWidth: 50 }, { x0: 100, x1: 110, labelWidth: 50 }], 3);
    expect(placements).to.deep.equal([{ row: 0, showLabel: true }, { row: 0, showLabel: true }]);
  });

  it('stacks an item whose label would collide into the next row', () => {
    const placements = pack([{ x0: 0, x1: 10, labelWidth: 80 }, { x0: 40, x1: 50, labelWidth: 80 }], 3);
    expect(placements.map((p) => p.row)).to.deep.equal([0, 1]);
    expect(placements.every((p) => p.showLabel)).to.equal(true);
  });

  it('sends an item to the strip below the rows, without its label, when every row is taken', () => {
    const items = [0, 5, 10, 15, 20].map((x0) => ({ x0, x1: x0 + 4, labelWidth: 100 }));
    const placements = pack(items, 3);
    expect(placements).to.deep.equal([
      { row: 0, showLabel: true },
      { row: 1, showLabel: true },
      { row: 2, showLabel: true },
      { row: 3, showLabel: false },
      { row: 3, showLabel: false },
    ]);
  });

  it('never lets a label overlap another label or mark in its row', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ x0: i * 7, x1: i * 7 + 10, labelWidth: 30 + (i % 5) * 20 }));
    const placements = pack(items, 3);
    for (let row = 0; row < 3; row++) {
      const shown = items.filter((_, i) => placements[i].row === row && placements[i].showLabel);
      for (let i = 1; i < shown.length; i++) {
        expect(shown[i].x0).to.be.at.least(shown[i - 1].x0 + Math.max(shown[i - 1].labelWidth, shown[i - 1].x1 - shown[i - 1].x0));
      }
    }
  });
});

describe('labels', () => {
  it('truncates long labels with an ellipsis', () => {
    expect(truncateLabel('Harriman delivers WH 292 to Stalin', 12)).to.equal('Harriman de…');
    expect(truncateLabel('Short', 12)).to.equal('Short');
  });

  it('estimates wider text for CJK characters', () => {
    expect(estimateTextWidth('中苏条约', 10)).to.be.above(estimateTextWidth('abcd', 10));
  });
});
