import { expect } from '@open-wc/testing';
import { BoundedCache } from '../../src/model/bounded-cache.js';

describe('BoundedCache', () => {
  it('makes a value once per key and keeps it', () => {
    const cache = new BoundedCache<number>(10);
    let made = 0;
    const make = () => ++made;
    expect(cache.remember('a', make)).to.equal(1);
    expect(cache.remember('a', make)).to.equal(1);
    expect(cache.remember('b', make)).to.equal(2);
    expect(cache.get('a')).to.equal(1);
  });

  it('forgets everything when it is full, so it never holds more than its limit', () => {
    const cache = new BoundedCache<string>(2);
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.set('c', 'C');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).to.deep.equal([undefined, undefined, 'C']);
    cache.clear();
    expect(cache.get('c')).to.equal(undefined);
  });
});
