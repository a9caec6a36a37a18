import { html, nothing } from 'lit';
import { thumbnailOf } from '../../model/media/check.js';
import type { TimelineEvent } from '../../model/types.js';
import { mediaUrl } from './media-url.js';

/**
 * An event's first picture, small, beside its title in the list and the panel's header: decorative
 * there (the title names the event, the figure says what the picture shows), loaded only when near
 * the screen (loading="lazy"), and hidden, not a broken-image icon, when it cannot be loaded.
 */
export function thumbnail(event: TimelineEvent, baseUrl: string, size: number) {
  const item = thumbnailOf(event);
  if (!item) return nothing;
  return html`<img part="thumbnail" class="thumbnail" src=${mediaUrl(item.thumbnail ?? item.url, baseUrl)} alt="" loading="lazy" width=${size} height=${size}
    @error=${(error: Event) => ((error.target as HTMLElement).hidden = true)}>`;
}
