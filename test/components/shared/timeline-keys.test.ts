import { expect } from '@open-wc/testing';
import { keyAction, ZOOM_STEP } from '../../../src/components/shared/timeline-keys.js';

describe('keyAction (the keyboard model of both renderers)', () => {
  it('moves to the next and previous event, staying within the list', () => {
    expect(keyAction('ArrowRight', 2, 5)).to.deep.equal({ type: 'move', index: 3 });
    expect(keyAction('ArrowDown', 4, 5)).to.deep.equal({ type: 'move', index: 4 });
    expect(keyAction('ArrowLeft', 0, 5)).to.deep.equal({ type: 'move', index: 0 });
    expect(keyAction('ArrowUp', 3, 5)).to.deep.equal({ type: 'move', index: 2 });
  });

  it('goes to the first and last with Home and End', () => {
    expect(keyAction('Home', 3, 5)).to.deep.equal({ type: 'move', index: 0 });
    expect(keyAction('End', 0, 5)).to.deep.equal({ type: 'move', index: 4 });
  });

  it('selects with Enter and Space, zooms with + = -, fits with 0, and leaves other keys alone', () => {
    expect(keyAction('Enter', 1, 5)).to.deep.equal({ type: 'select', index: 1 });
    expect(keyAction(' ', 1, 5)).to.deep.equal({ type: 'select', index: 1 });
    expect(keyAction('+', 1, 5)).to.deep.equal({ type: 'zoom', factor: ZOOM_STEP });
    expect(keyAction('=', 1, 5)).to.deep.equal({ type: 'zoom', factor: ZOOM_STEP });
    expect(keyAction('-', 1, 5)).to.deep.equal({ type: 'zoom', factor: 1 / ZOOM_STEP });
    expect(keyAction('0', 1, 5)).to.deep.equal({ type: 'fit' });
    expect(keyAction('Tab', 1, 5)).to.equal(undefined);
    expect(keyAction('a', 1, 5)).to.equal(undefined);
  });
});
