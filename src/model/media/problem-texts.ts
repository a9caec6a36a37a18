import { PROBLEM_TEXTS, saying as say, type Phrase } from '../problem-texts.js';

/**
 * The English texts of problems in an event's `media`, by code: in the chunk that checks media (loaded
 * with data that has media) and in the TimelineJS converter, not in the main bundle.
 */
export const MEDIA_PROBLEM_TEXTS = {
  aMediaItem: 'a media item',
  notMediaAddress:
    '{value} is not an https address, a path inside the dataset\'s folder, an address on this site or a picture in a data: address',
  notMediaType: 'must be one of {list}; the type was taken from the address',
  needsAlt: 'needs an "alt" text that says what the image shows, for readers who cannot see it; until then {stand} stands in',
  itsCaption: 'its caption',
  imageTitled: '"Image: {title}"',
  mediaLeftOut: 'the media item was left out',
};

export type MediaProblemCode = keyof typeof MEDIA_PROBLEM_TEXTS;

const ENGLISH = { ...PROBLEM_TEXTS, ...MEDIA_PROBLEM_TEXTS };

/** A media problem in words: its English message and its phrase. */
export const saying = (said: Phrase) => say(said, ENGLISH);
