/** Where <archive-timeline> finds data written inside it: a JSON script, or a list to upgrade. */
export const DATA_INSIDE = {
  script: ':scope > script[type="application/json"]',
  list: ':scope > ol, :scope > ul',
};

/** Whether there is data inside to read: only then is the reader (a chunk of its own) loaded. */
export function hasDataInside(host: Element): boolean {
  return host.querySelector(`${DATA_INSIDE.script}, ${DATA_INSIDE.list}`) !== null;
}
