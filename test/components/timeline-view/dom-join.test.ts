import { expect } from '@open-wc/testing';
import { htmlElement, joinByKey, setText, type NodeKind } from '../../../src/components/timeline-view/dom-join.js';

interface Item {
  id: string;
  wide?: boolean;
}

let created = 0;
const kind: NodeKind<Item> = {
  variant: (item) => (item.wide ? 'wide' : 'narrow'),
  create: (variant) => {
    created++;
    return htmlElement('span', { class: variant });
  },
  update: (node, item) => setText(node, item.id),
};
const items = (...ids: string[]): Item[] => ids.map((id) => ({ id, wide: id.startsWith('w') }));
const byId = (item: Item) => item.id;
const texts = (parent: Element) => [...parent.children].map((child) => child.textContent);

describe('joinByKey', () => {
  let parent: HTMLElement;
  beforeEach(() => {
    parent = document.createElement('div');
    created = 0;
  });

  it('draws the items in order, keeps the node of each item that stays, and removes the rest', () => {
    joinByKey(parent, items('a', 'b', 'c'), byId, kind);
    const [, b, c] = parent.children;
    joinByKey(parent, items('b', 'c'), byId, kind);
    expect(texts(parent)).to.deep.equal(['b', 'c']);
    expect(parent.children[0]).to.equal(b);
    expect(parent.children[1]).to.equal(c);
    expect(created).to.equal(3);
  });

  it('does not write again a node that shows the same item under the same version', () => {
    const updated: string[] = [];
    const counting: NodeKind<Item> = { ...kind, update: (node, item) => (updated.push(item.id), kind.update(node, item)) };
    const [a, b] = items('a', 'b');
    joinByKey(parent, [a, b], byId, counting, { version: 'en' });
    joinByKey(parent, [a, b], byId, counting, { version: 'en' });
    expect(updated).to.deep.equal(['a', 'b']);
    joinByKey(parent, [a, { id: 'b' }], byId, counting, { version: 'en' });
    expect(updated).to.deep.equal(['a', 'b', 'b']);
    joinByKey(parent, [a, b], byId, counting, { version: 'zh' });
    expect(updated).to.deep.equal(['a', 'b', 'b', 'a', 'b']);
    expect(texts(parent)).to.deep.equal(['a', 'b']);
  });

  it('reuses the nodes of items that left for items that came in, of the same variant only', () => {
    joinByKey(parent, items('a', 'b', 'w1'), byId, kind);
    joinByKey(parent, items('b', 'd', 'w2', 'e'), byId, kind);
    expect(texts(parent)).to.deep.equal(['b', 'd', 'w2', 'e']);
    // a's node became d's, w1's became w2's; only e needed a new node.
    expect(created).to.equal(4);
    expect([...parent.children].map((child) => child.className)).to.deep.equal(['narrow', 'narrow', 'wide', 'narrow']);
  });

  it('follows a new order, and leaves nodes where they are when the layer is not ordered', () => {
    joinByKey(parent, items('a', 'b', 'c'), byId, kind);
    joinByKey(parent, items('c', 'a', 'b'), byId, kind);
    expect(texts(parent)).to.deep.equal(['c', 'a', 'b']);
    joinByKey(parent, items('b', 'c', 'a'), byId, kind, { ordered: false });
    expect(texts(parent)).to.deep.equal(['c', 'a', 'b']);
  });

  it('never gives the node it is told to keep to another item', () => {
    joinByKey(parent, items('a', 'b'), byId, kind);
    const a = parent.children[0];
    joinByKey(parent, items('b', 'c'), byId, kind, { keep: a });
    expect(texts(parent)).to.deep.equal(['b', 'c']);
    expect(a.isConnected).to.equal(false);
    expect(a.textContent).to.equal('a');
    expect(created).to.equal(3);
  });
});
