/** Registers an element once: defining twice (two bundles, or one loaded twice) is harmless. */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
