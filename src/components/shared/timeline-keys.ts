/** How much one zoom step (button, key or menu) zooms, in every renderer. */
export const ZOOM_STEP = 1.6;

/** What a key does on the timeline, in every renderer. */
export type TimelineKeyAction =
  | { type: 'move'; index: number }
  | { type: 'select'; index: number }
  | { type: 'zoom'; factor: number }
  | { type: 'fit' };

/**
 * The timeline's keyboard model: arrows move between events in time order, Home/End go to the
 * first/last, Enter/Space select, + and - zoom, 0 fits all. `current` is the focused event's
 * position among `count` events (-1 for none); undefined for keys the timeline leaves alone.
 */
export function keyAction(key: string, current: number, count: number): TimelineKeyAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { type: 'move', index: Math.min(count - 1, current + 1) };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { type: 'move', index: Math.max(0, current - 1) };
    case 'Home':
      return { type: 'move', index: 0 };
    case 'End':
      return { type: 'move', index: count - 1 };
    case 'Enter':
    case ' ':
      return { type: 'select', index: current };
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { type: 'fit' };
    default:
      return undefined;
  }
}

/** What a renderer does for each action of the keyboard model. */
export interface KeyHandlers {
  zoomBy(factor: number): void;
  fit(): void;
  select(id: string): void;
  focus(id: string): void;
}

/**
 * Applies the keyboard model to a keydown on a renderer: finds the focused event (`currentId`)
 * among `events`, runs the action, and keeps the key from the page when it was one of ours.
 */
export function handleTimelineKey(event: KeyboardEvent, events: readonly { id: string }[], currentId: string | null, on: KeyHandlers): void {
  const action = keyAction(event.key, events.findIndex((e) => e.id === currentId), events.length);
  if (!action) return;
  event.preventDefault();
  if (action.type === 'zoom') on.zoomBy(action.factor);
  else if (action.type === 'fit') on.fit();
  else if (events[action.index]) (action.type === 'select' ? on.select : on.focus)(events[action.index].id);
}
