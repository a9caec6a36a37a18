import { expect } from '@open-wc/testing';
import { verticalOffset } from '../../../src/renderers/vis/vertical-scroll.js';

const panel = { top: 100, bottom: 400 };

describe('verticalOffset', () => {
  it('is 0 for a box within the panel, edges included', () => {
    expect(verticalOffset({ top: 150, bottom: 170 }, panel)).to.equal(0);
    expect(verticalOffset({ top: 100, bottom: 400 }, panel)).to.equal(0);
  });

  it('scrolls down to a box below the panel, by its overflow and a margin', () => {
    expect(verticalOffset({ top: 450, bottom: 470 }, panel)).to.equal(76);
    expect(verticalOffset({ top: 390, bottom: 410 }, panel)).to.equal(16);
  });

  it('scrolls up to a box above the panel, to its top and a margin', () => {
    expect(verticalOffset({ top: 20, bottom: 40 }, panel)).to.equal(-86);
    expect(verticalOffset({ top: 90, bottom: 110 }, panel)).to.equal(-16);
  });

  it('brings a box taller than the panel to its top (a lane taller than the view)', () => {
    expect(verticalOffset({ top: 300, bottom: 900 }, panel)).to.equal(194);
    expect(verticalOffset({ top: -500, bottom: 200 }, panel)).to.equal(-606);
  });
});
