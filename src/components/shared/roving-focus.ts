/**
 * One Tab stop for a group of buttons, the arrow keys inside it, as the ARIA Authoring Practices
 * have them. Toolbars: Left/Right move focus, Home/End go to the first and the last button, and
 * the arrows wrap round, as in the Practices' own toolbar; Tab enters on the first button (which
 * holds the stop again once focus leaves) and leaves from the focused one. Radio groups: the four
 * arrows, wrapping, move the check with the focus, and the checked button holds the stop (its
 * template says so). Left and Right follow the group's direction, as the buttons are laid out.
 *
 * The templates give the first button (or the checked one) tabindex 0 and the others -1; while
 * focus is in a toolbar the stop follows it in the DOM, where a render leaves it (the bound values
 * do not change).
 */
function moveFocus(event: KeyboardEvent, radio: boolean): void {
  const group = event.currentTarget as HTMLElement;
  const buttons = [...group.querySelectorAll('button')];
  const count = buttons.length;
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  const ltr = getComputedStyle(group).direction === 'rtl' ? -1 : 1;
  const by = { Home: -at, End: count - 1 - at, ArrowRight: ltr, ArrowLeft: -ltr, ...(radio && { ArrowDown: 1, ArrowUp: -1 }) }[event.key];
  if (by === undefined || at < 0) return;
  event.preventDefault();
  const next = buttons[(at + by + count) % count];
  next.focus();
  if (radio) next.click();
}

/** keydown on a toolbar. */
export const toolbarKeys = (event: KeyboardEvent): void => moveFocus(event, false);

/** keydown on a radio group. */
export const radioKeys = (event: KeyboardEvent): void => moveFocus(event, true);

/**
 * focusin and focusout on a toolbar: the focused button holds the group's Tab stop, so that Tab and
 * Shift + Tab leave the group from it; once focus has left the group, the first button holds it again
 * (as the template has it, so that a render that removes buttons never leaves the group without one).
 */
export function toolbarStop(event: FocusEvent): void {
  const group = event.currentTarget as HTMLElement;
  const stop = event.type === 'focusin' ? event.target : !group.contains(event.relatedTarget as Node | null) && group.querySelector('button');
  if (stop) for (const button of group.querySelectorAll('button')) button.tabIndex = button === stop ? 0 : -1;
}
