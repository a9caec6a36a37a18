import type { Phrase } from './problem-texts.js';

/** The kinds of event a dataset may hold; each has its own colour and shape. */
export const EVENT_KINDS = ['meeting', 'cable', 'message', 'treaty', 'conference', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Part of the day, for records that give no clock time ("evening") or run past midnight ("night"). */
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

export const RELATION_TYPES = ['refers-to', 'reply-to', 'follows'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A transcript is a path relative to the dataset file, or the text itself. */
export type TranscriptRef = string | { text: string };

export interface Source {
  title: string;
  citation?: string;
  /** https only. */
  url?: string;
  rights?: string;
  transcript?: TranscriptRef;
  /** The document's language, when not the dataset's: its transcript's, and its title's. */
  lang?: string;
}

/** A phrase of the transcript that names another event. */
export interface Mention {
  quote: string;
  event: string;
}

export interface Relation {
  type: RelationType;
  event: string;
}

/** What a media item is: a picture, a IIIF image service or document, a recording, or a link card for anything else. */
export type MediaType = 'image' | 'iiif-image' | 'iiif-manifest' | 'audio' | 'video' | 'link';

/** A picture, scan, recording or link of an event (model/media/check.ts checks them; `type` is then always set). */
export interface MediaItem {
  /** https, a path relative to the dataset, an address on the page's own origin, or a data: raster image. */
  url: string;
  /** Needed only when the address does not say it. */
  type?: MediaType;
  /** What an image shows, for readers who cannot see it. */
  alt?: string;
  caption?: string;
  credit?: string;
  rights?: string;
  /** Where the original lives (https). */
  link?: string;
  /** A smaller image for lists and headers (same rules as `url`). */
  thumbnail?: string;
}

/** An event as a dataset writes it (the public JSON contract). */
export interface EventInput {
  id: string;
  title: string;
  summary?: string;
  date: string;
  end?: string;
  approximate?: boolean;
  partOfDay?: PartOfDay;
  kind: EventKind;
  place?: string;
  participants?: string[];
  parties?: string[];
  source?: Source;
  mentions?: Mention[];
  relations?: Relation[];
  media?: MediaItem[];
}

export interface DatasetInput {
  $schema?: string;
  title: string;
  description?: string;
  /** The language of the titles, summaries and transcripts (BCP 47: "en", "ru", "zh-Hant"); default: the page's. */
  lang?: string;
  events: EventInput[];
}

export type Precision = 'year' | 'month' | 'day' | 'minute';

/**
 * A calendar date as written, not an instant: `start` is the UTC midnight (or UTC wall time)
 * of the written date, so it never moves with the reader's time zone.
 */
export interface CalendarDate {
  /** The text as written in the dataset, e.g. "1945-06-30T18:30". */
  text: string;
  precision: Precision;
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** First instant covered, as a UTC timestamp of the wall-clock reading; an invalid Date in deep time (beyond ±271,821 years). */
  start: Date;
  /** First instant after the period the date covers (exclusive); an invalid Date in deep time. */
  endExclusive: Date;
  /** `start` and `endExclusive` in ms, for every year, deep time included (where a Date cannot hold them). */
  startTime: number;
  endTime: number;
}

/**
 * A checked event: every field valid, no unknown field. When the dataset's own object was valid as
 * it is, it is that object, kept rather than copied (with 100,000 events a copy is megabytes), so
 * treat events as read-only and give the element new data to change them. Its dates, parsed:
 * `startOf(event)` and `finishOf(event)` (model/event-dates.ts).
 */
export type TimelineEvent = Readonly<EventInput>;

export interface Dataset {
  title: string;
  description?: string;
  /** The data's language as a canonical tag; absent: the language of the page around the element. */
  lang?: string;
  /** Sorted by start, then by id. */
  events: TimelineEvent[];
}

/** One thing wrong with the input, for people: names the event and the field where it can. */
export interface Problem {
  id?: string;
  field?: string;
  /** In English, for the console and developers. */
  message: string;
  /** In a spreadsheet: the row as the spreadsheet shows it (the header is row 1), and the column's name as its header writes it. */
  row?: number;
  column?: string;
  /** The same in a form the alert says in the reader's language (problem-texts.ts); absent: `message` is shown. */
  phrase?: Phrase;
}
