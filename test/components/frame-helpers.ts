/** Opens a page in an iframe on this origin and waits for it to load. */
export async function frame(src: string, width = 900, height = 700): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = `${width}px`;
  iframe.style.height = `${height}px`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = src;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

export { until } from '../fixtures/until.js';

/** The number of event marks the default renderer draws in a frame's <archive-timeline>. */
export const marksIn = (doc: Document) =>
  doc.querySelector('archive-timeline')?.shadowRoot?.querySelector('archive-timeline-view')?.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0;
