import { describe, isObject, languageField, MAX_TEXT, own, reportUnknown, textProblem, type Json } from './json-fields.js';
import { fieldPhrase, phrase, saying, type Phrase } from './problem-texts.js';
import { parseEvent, type CheckedEvent } from './parse-event.js';
import type { Dataset, EventInput, Problem } from './types.js';

export { MAX_TEXT } from './json-fields.js';
export { EVENT_FIELDS, ID_PATTERN, MAX_ID, MAX_TRANSCRIPT, SOURCE_FIELDS } from './parse-event.js';

export const DATASET_FIELDS = ['$schema', 'title', 'description', 'lang', 'events'];

export interface ValidationResult {
  dataset: Dataset;
  /** Every problem found, each naming the event and field where it can. */
  problems: Problem[];
  /** How many events of the input were left out. */
  leftOut: number;
}

/** Drops mentions and relations whose target is not among the valid events (events with links are copies). */
function checkTargets(checked: readonly CheckedEvent[], ids: ReadonlySet<string>, problems: Problem[]): void {
  for (const { event } of checked as readonly { event: EventInput }[]) {
    const subject = phrase('event', { id: event.id });
    const report = (field: string, target: string) =>
      problems.push({
        id: event.id,
        field,
        ...saying(fieldPhrase(subject, field, phrase('pointsNowhere', { value: describe(target) }), phrase('linkLeftOut'))),
      });
    if (event.mentions) {
      event.mentions.filter((link) => !ids.has(link.event)).forEach((link) => report('mentions', link.event));
      event.mentions = event.mentions.filter((link) => ids.has(link.event));
    }
    if (event.relations) {
      event.relations.filter((link) => !ids.has(link.event)).forEach((link) => report('relations', link.event));
      event.relations = event.relations.filter((link) => ids.has(link.event));
    }
  }
}

type Header = Pick<Dataset, 'title' | 'description' | 'lang'> & { rawEvents: unknown[] };

/** Reads the dataset's own fields; returns its events (unchecked) or none. */
function parseHeader(input: Json, problems: Problem[]): Header {
  const add = (field: string, said: Phrase) => problems.push({ field, ...saying(said) });
  const rawTitle = own(input, 'title');
  const titleProblem = textProblem(rawTitle);
  if (titleProblem?.code === 'tooLong') {
    add('title', phrase('titleTooLong', { limit: MAX_TEXT }));
  } else if (titleProblem !== undefined) {
    add('title', phrase('needsTitle'));
  }
  const rawDescription = own(input, 'description');
  let description: string | undefined;
  if (typeof rawDescription === 'string' && rawDescription.length <= MAX_TEXT) description = rawDescription;
  else if (rawDescription !== undefined) {
    add('description', phrase('descriptionProblem', { detail: textProblem(rawDescription) as Phrase }));
  }
  const { lang, problem } = languageField(input, 'lang');
  if (problem) add('lang', phrase('langProblem', { detail: problem }));
  const rawEvents = own(input, 'events');
  if (!Array.isArray(rawEvents)) {
    add('events', phrase('needsEvents'));
  }
  reportUnknown(input, DATASET_FIELDS, 'aDataset', (key, detail) => add(key, phrase('datasetField', { field: key, detail })));
  return {
    title: titleProblem === undefined ? (rawTitle as string) : 'Timeline',
    description,
    lang,
    rawEvents: Array.isArray(rawEvents) ? rawEvents : [],
  };
}

/**
 * Checks a dataset (or a bare array of events) and keeps every valid event.
 * Nothing throws and nothing recurses into the data: every problem is returned with the event id
 * and field it concerns, and only known fields are kept (the data's own event object only when it is
 * a plain object holding nothing else), so no key of the data reaches a prototype.
 */
export function validateDataset(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  let header: Header = { title: 'Timeline', rawEvents: [] };

  if (Array.isArray(input)) {
    header.rawEvents = input;
  } else if (isObject(input)) {
    header = parseHeader(input, problems);
  } else {
    problems.push(saying(phrase('notDataset', { value: describe(input) })));
  }

  const checked: CheckedEvent[] = [];
  const seen = new Set<string>();
  const { title, description, lang, rawEvents } = header;
  rawEvents.forEach((raw, index) => {
    const parsed = parseEvent(raw, index, problems);
    if (!parsed) return;
    const { event } = parsed;
    if (seen.has(event.id)) {
      const subject = phrase('event', { id: event.id });
      const outcome = phrase('secondLeftOut', { n: String(index + 1) });
      problems.push({ id: event.id, field: 'id', ...saying(fieldPhrase(subject, 'id', phrase('usedTwice'), outcome)) });
      return;
    }
    seen.add(event.id);
    checked.push(parsed);
  });
  checkTargets(checked, seen, problems);
  checked.sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
  const events = checked.map(({ event }) => event);
  const dataset: Dataset = { title, description, ...(lang ? { lang } : {}), events };
  return { dataset, problems, leftOut: rawEvents.length - events.length };
}
