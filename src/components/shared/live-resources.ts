/**
 * Counts of what the elements hold on the page outside their own DOM: window listeners,
 * resize observers, timers. Each goes back to zero when the elements are removed; tests
 * (and anyone chasing a leak) read it as `ArchiveTimeline.liveResources`.
 */
export const liveResources = {
  windowListeners: 0,
  resizeObservers: 0,
  timers: 0,
};
