import { count, describe, isObject, MAX_TEXT, own, reportUnknown, textProblem, type Json } from './json-fields.js';
import { parseEvent, type CheckedEvent } from './parse-event.js';
import type { Dataset, EventInput, Problem } from './types.js';

export { MAX_TEXT } from './json-fields.js';
export { ID_PATTERN, MAX_ID, MAX_TRANSCRIPT } from './parse-event.js';

const DATASET_FIELDS = ['$schema', 'title', 'description', 'events'];

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
    const report = (field: string, target: string) =>
      problems.push({
        id: event.id,
        field,
        message: `event "${event.id}": ${field} points to ${describe(target)}, which is not an event of this dataset; the link was left out`,
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

/** Reads the dataset's own fields; returns its events (unchecked) or none. */
function parseHeader(input: Json, problems: Problem[]): { title: string; description?: string; rawEvents: unknown[] } {
  const add = (field: string, message: string) => problems.push({ field, message });
  const rawTitle = own(input, 'title');
  const titleProblem = textProblem(rawTitle);
  if (titleProblem?.startsWith('is longer')) {
    add('title', `The dataset's "title" is longer than ${count(MAX_TEXT)} characters; it was left out.`);
  } else if (titleProblem !== undefined) {
    add('title', 'The dataset needs a "title" (a text).');
  }
  const rawDescription = own(input, 'description');
  let description: string | undefined;
  if (typeof rawDescription === 'string' && rawDescription.length <= MAX_TEXT) description = rawDescription;
  else if (rawDescription !== undefined) {
    add('description', `The dataset's "description" ${textProblem(rawDescription)}; it was left out.`);
  }
  const rawEvents = own(input, 'events');
  if (!Array.isArray(rawEvents)) {
    add('events', 'The dataset needs "events", a list of events.');
  }
  reportUnknown(input, DATASET_FIELDS, 'a dataset', (key, message) => add(key, `The dataset: ${key} ${message}.`));
  return {
    title: titleProblem === undefined ? (rawTitle as string) : 'Timeline',
    description,
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
  let title = 'Timeline';
  let description: string | undefined;
  let rawEvents: unknown[] = [];

  if (Array.isArray(input)) {
    rawEvents = input;
  } else if (isObject(input)) {
    ({ title, description, rawEvents } = parseHeader(input, problems));
  } else {
    problems.push({ message: `The data must be an object with "title" and "events", not ${describe(input)}.` });
  }

  const checked: CheckedEvent[] = [];
  const seen = new Set<string>();
  rawEvents.forEach((raw, index) => {
    const parsed = parseEvent(raw, index, problems);
    if (!parsed) return;
    const { event } = parsed;
    if (seen.has(event.id)) {
      problems.push({
        id: event.id,
        field: 'id',
        message: `event "${event.id}": id is used twice; the second event (#${index + 1}) was left out`,
      });
      return;
    }
    seen.add(event.id);
    checked.push(parsed);
  });
  checkTargets(checked, seen, problems);
  checked.sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
  const events = checked.map(({ event }) => event);
  return { dataset: { title, description, events }, problems, leftOut: rawEvents.length - events.length };
}
