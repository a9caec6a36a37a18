import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/messages.js';

import type { EventKind } from '../../model/types.js';
import { ZOOM_STEP } from './timeline-keys.js';
import { kindShape } from './shapes.js';

export type ViewMode = 'timeline' | 'list';

/** The Timeline | List switch: two toggle buttons, one pressed. */
export function viewSwitch(t: Messages, view: ViewMode, onChange: (view: ViewMode) => void) {
  return html`<div class="switch" role="group" aria-label=${t.views}>
    ${(['timeline', 'list'] as const).map(
      (mode) => html`<button type="button" aria-pressed=${view === mode ? 'true' : 'false'} data-view=${mode} @click=${() => onChange(mode)}>
        ${mode === 'timeline' ? t.viewTimeline : t.viewList}
      </button>`,
    )}
  </div>`;
}

/** The search box; `count` is the number of events shown, announced elsewhere. */
export function searchBox(t: Messages, query: string, onInput: (query: string) => void) {
  return html`<label class="search">
    <span class="visually-hidden">${t.search}</span>
    <input
      type="search"
      part="search"
      .value=${query}
      placeholder=${t.search}
      autocomplete="off"
      @input=${(event: InputEvent) => onInput((event.target as HTMLInputElement).value)}
    />
  </label>`;
}

/** The legend, whose entries are toggles that show or hide a kind of event. */
export function legendFilter(
  t: Messages,
  kinds: readonly EventKind[],
  hidden: ReadonlySet<EventKind>,
  onToggle: (kind: EventKind) => void,
) {
  if (!kinds.length) return nothing;
  return html`<ul class="legend" part="legend" aria-label=${t.legend}>
    ${kinds.map(
      (kind) => html`<li>
        <button type="button" class="kind-${kind}" aria-pressed=${hidden.has(kind) ? 'false' : 'true'} data-kind=${kind} @click=${() => onToggle(kind)}>
          <svg width="14" height="14" viewBox="-8 -8 16 16" aria-hidden="true">${kindShape(kind, 12)}</svg>
          ${t.kinds[kind]}
        </button>
      </li>`,
    )}
  </ul>`;
}

/** The polite live region: selection, loading and search results are announced here. */
export function liveRegion(text: string) {
  return html`<p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${text}</p>`;
}


/** Zoom in, zoom out and show all, with the hint on how to zoom with the wheel: the same in every renderer. */
export function zoomButtons(t: Messages, zoomBy: (factor: number) => void, fitAll: () => void) {
  return html`<div class="zoom" part="controls" role="group" aria-label=${t.zoom}>
    <button type="button" @click=${() => zoomBy(ZOOM_STEP)} aria-label=${t.zoomIn} title=${t.zoomIn}>+</button>
    <button type="button" @click=${() => zoomBy(1 / ZOOM_STEP)} aria-label=${t.zoomOut} title=${t.zoomOut}>−</button>
    <button type="button" @click=${fitAll} class="fit">${t.fitAll}</button>
    <span class="caption mouse">${t.zoomHint}</span><span class="caption touch">${t.touchZoomHint}</span>
  </div>`;
}
