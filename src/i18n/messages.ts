/** Every string the widget shows, so a page can translate it (issue: locales). */
export const messages = {
  loading: 'Loading timeline…',
  loadFailed: (src: string, reason: string) => `The timeline data could not be loaded from “${src}”: ${reason}.`,
  eventsLeftOut: (count: number) =>
    count === 1 ? '1 event was left out because of a problem in the data:' : `${count} events were left out because of problems in the data:`,
  problemsFound: (count: number) =>
    count === 1 ? '1 problem was found in the data:' : `${count} problems were found in the data:`,
  moreProblems: (count: number) => `…and ${count} more (see the browser console).`,
  noEvents: 'This timeline has no events to show.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show all',
  zoomHint: 'Hold Ctrl (⌘ on Mac) and scroll to zoom; drag to move.',
  timelineLabel: (title: string, count: number) => `${title}: timeline of ${count} events`,
  legend: 'Kinds of event',
  close: 'Close',
  closePanel: 'Close the source panel',
  date: 'Date',
  place: 'Place',
  participants: 'Participants',
  parties: 'Parties',
  source: 'Source',
  refersTo: 'Refers to',
  referredToBy: 'Referred to by',
  rights: 'Rights',
  transcript: 'Transcript',
  transcriptLoading: 'Loading the transcript…',
  transcriptFailed: (reason: string) => `The transcript could not be loaded (${reason}).`,
  viewOriginal: 'View the original',
  unmatchedMentions: (count: number) =>
    count === 1
      ? '1 reference of this document could not be found in its transcript.'
      : `${count} references of this document could not be found in its transcript.`,
  kinds: {
    meeting: 'Meeting',
    cable: 'Cable',
    message: 'Message',
    treaty: 'Treaty',
    conference: 'Conference',
    other: 'Other',
  },
};
export type Messages = typeof messages;
