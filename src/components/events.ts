import type { Problem } from '../model/types.js';

/** Fired when data has loaded and been validated. */
export class TimelineLoadEvent extends CustomEvent<{ count: number }> {
  static readonly eventName = 'timeline-load';
  constructor(count: number) {
    super(TimelineLoadEvent.eventName, { detail: { count }, bubbles: true, composed: true });
  }
}

/** Fired when a reader selects an event (click, keyboard, or a link in a transcript). */
export class TimelineSelectEvent extends CustomEvent<{ id: string | null }> {
  static readonly eventName = 'timeline-select';
  constructor(id: string | null) {
    super(TimelineSelectEvent.eventName, { detail: { id }, bubbles: true, composed: true });
  }
}

/** Fired with every problem found in the data or while loading it. */
export class TimelineErrorEvent extends CustomEvent<{ errors: Problem[] }> {
  static readonly eventName = 'timeline-error';
  constructor(errors: Problem[]) {
    super(TimelineErrorEvent.eventName, { detail: { errors }, bubbles: true, composed: true });
  }
}

/** Internal: a child asks the element to select an event. Not composed: it stays inside the element. */
export class SelectRequestEvent extends Event {
  static readonly eventName = 'select-request';
  constructor(readonly id: string | null) {
    super(SelectRequestEvent.eventName, { bubbles: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'timeline-load': TimelineLoadEvent;
    'timeline-select': TimelineSelectEvent;
    'timeline-error': TimelineErrorEvent;
    'select-request': SelectRequestEvent;
  }
}
