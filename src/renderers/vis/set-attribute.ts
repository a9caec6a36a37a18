/**
 * Sets an attribute (or, given null, removes it) only when that changes it: what is set after each
 * of vis's redraws then costs no style work.
 */
export function setAttribute(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}
