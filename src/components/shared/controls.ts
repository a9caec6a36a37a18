import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/messages.js';

import type { EventKind } from '../../model/types.js';
import { ZOOM_STEP } from './timeline-keys.js';
import { kindShape } from './shapes.js';
import { radioKeys, toolbarKeys, toolbarStop } from './roving-focus.js';

export type ViewMode = 'timeline' | 'list';

/**
 * The Timeline | List switch: a radio group (one choice of two ways to show the same events, which
 * the search and the legend also apply to), one Tab stop on the checked view, arrows to change it.
 */
export function viewSwitch(t: Messages, view: ViewMode, onChange: (view: ViewMode) => void) {
  return html`<div class="switch" role="radiogroup" aria-label=${t.views} @keydown=${radioKeys}>
    ${(['timeline', 'list'] as const).map(
      (mode) => html`<button type="button" role="radio" aria-checked=${view === mode ? 'true' : 'false'} tabindex=${view === mode ? 0 : -1} data-view=${mode} @click=${() => onChange(mode)}>
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

/** The legend, a toolbar (one Tab stop, arrows inside) whose entries are toggles that show or hide a kind of event. */
export function legendFilter(
  t: Messages,
  kinds: readonly EventKind[],
  hidden: ReadonlySet<EventKind>,
  onToggle: (kind: EventKind) => void,
) {
  if (!kinds.length) return nothing;
  return html`<div class="legend" part="legend" role="toolbar" aria-label=${t.legend} @keydown=${toolbarKeys} @focusin=${toolbarStop} @focusout=${toolbarStop}>
    ${kinds.map(
      (kind, index) => html`<button type="button" class="kind-${kind}" aria-pressed=${hidden.has(kind) ? 'false' : 'true'} tabindex=${index ? -1 : 0} data-kind=${kind} @click=${() => onToggle(kind)}>
        <svg width="14" height="14" viewBox="-8 -8 16 16" aria-hidden="true">${kindShape(kind, 12)}</svg>
        ${t.kinds[kind]}
      </button>`,
    )}
  </div>`;
}

/** The polite live region: selection, loading and search results are announced here. */
export function liveRegion(text: string) {
  return html`<p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${text}</p>`;
}


/**
 * Zoom in, zoom out and show all, a toolbar (one Tab stop, arrows inside), with the hint on how to
 * zoom with the wheel: the same in every renderer.
 */
export function zoomButtons(t: Messages, zoomBy: (factor: number) => void, fitAll: () => void) {
  return html`<div class="zoom" part="controls" role="toolbar" aria-label=${t.zoom} @keydown=${toolbarKeys} @focusin=${toolbarStop} @focusout=${toolbarStop}>
    <button type="button" @click=${() => zoomBy(ZOOM_STEP)} aria-label=${t.zoomIn} title=${t.zoomIn}>+</button>
    <button type="button" @click=${() => zoomBy(1 / ZOOM_STEP)} aria-label=${t.zoomOut} title=${t.zoomOut} tabindex="-1">−</button>
    <button type="button" @click=${fitAll} class="fit" tabindex="-1">${t.fitAll}</button>
    <span class="caption mouse">${t.zoomHint}</span><span class="caption touch">${t.touchZoomHint}</span>
  </div>`;
}
