import { noChange, type ElementPart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

/**
 * `<some-element ${setProperties({ a, b })}>`: sets properties on an element, as `.a=${a}` would,
 * where one set serves elements of different tags (the renderers) without a template per tag.
 */
class SetProperties extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('setProperties goes on an element');
  }

  // Its parameter types the directive's argument; update() does the work.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(_properties: object) {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [object]) {
    // Lit elements skip a property set to the value it already has.
    Object.assign(part.element, properties);
    return noChange;
  }
}

export const setProperties = directive(SetProperties);
