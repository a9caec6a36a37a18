import type { Messages } from '../i18n/messages.js';
import type { LaneMode } from '../layout/lanes.js';
import type { Instant, TimeAxis } from '../layout/time-scale.js';
import type { Dataset } from '../model/types.js';

export const RENDERERS = ['svg', 'vis'] as const;
export type RendererName = (typeof RENDERERS)[number];

/**
 * What <archive-timeline> gives a renderer and asks of it. A renderer draws `data` and fires
 * a SelectRequestEvent (bubbling) when the reader picks an event; everything else (data,
 * selection, panel, URL) belongs to <archive-timeline>.
 */
export interface TimelineRenderer extends HTMLElement {
  data: Dataset;
  selected: string | null;
  /** Ids linked with the selected event, drawn as connectors where the renderer can. */
  related: readonly string[];
  lanes: LaneMode;
  /** The whole extent ("Show all"). */
  domain: [Instant, Instant];
  /** The range to show first; null for the whole domain. */
  range: [Instant, Instant] | null;
  /** The dataset's scale and ticks, where the renderer draws its own axis; deep time's is a chunk. */
  axis?: TimeAxis;
  locale: string;
  strings: Messages;
  /** The language of the data's texts (titles, party names), for their `lang`; '' when unknown. */
  contentLang: string;
  /** Focuses an event's mark, bringing it into view. */
  focusEvent(id: string): void;
  /** The dates in view now. */
  visibleRange(): [Date, Date];
}
